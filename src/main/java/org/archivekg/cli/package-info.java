/**
 * The picocli commands ({@code extract}, {@code load}, {@code serve}, {@code export}, {@code validate}, {@code remove},
 * {@code bench}). Entry point: {@link org.archivekg.cli.ArchiveKg}.
 */
package org.archivekg.cli;
