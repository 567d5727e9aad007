package org.archivekg.source;

import java.util.List;

/** One section of a source document: its kind, its language (null where it has none) and its text span. */
public record Section(SectionKind kind, Language language, TextSpan span) {

    /**
     * The section's passages, in order: its paragraphs (blocks between blank lines), and within a block each line
     * that ends a sentence, for pages that print one paragraph per line without blank lines between them. The
     * units that a search hit points to and that the versions of a record are aligned by.
     */
    public List<TextSpan> passages() {
        return Paragraphs.passages(span);
    }
}
