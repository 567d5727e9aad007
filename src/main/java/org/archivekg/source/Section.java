package org.archivekg.source;

/** One section of a source document: its kind, its language (null where it has none) and its text span. */
public record Section(SectionKind kind, Language language, TextSpan span) {
}
