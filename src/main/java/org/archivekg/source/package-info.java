/**
 * Recognising a source's format and reading it into the neutral model ({@link org.archivekg.source.SourceDocument}:
 * sections with text and positions). Entry point: {@link org.archivekg.source.SourceLoader}. Depends only on
 * {@code problem}.
 */
package org.archivekg.source;
