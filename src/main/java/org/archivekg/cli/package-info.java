/**
 * The picocli commands ({@code extract}, {@code load}, {@code serve}, {@code export}, {@code remove}, {@code validate},
 * {@code bench}). Entry point: {@link org.archivekg.cli.ArchiveKg}.
 */
package org.archivekg.cli;
