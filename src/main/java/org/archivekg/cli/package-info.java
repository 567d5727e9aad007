/** The picocli commands ({@code extract}, {@code load}, {@code serve}). Entry point: {@link org.archivekg.cli.ArchiveKg}. */
package org.archivekg.cli;
