package org.archivekg.source;

/** What a section of a source document holds. */
public enum SectionKind {
    /** A date printed as a heading above the title. */
    DATELINE,
    TITLE,
    /** The citation block of a digital-archive record. */
    CITATION,
    SUMMARY,
    CREDITS,
    /** The "Original Language" field. */
    ORIGINAL_LANGUAGE,
    /** The list of the record's contents (scan, translation). */
    CONTENTS,
    /** The {@code Source:} line of a collection page (the collection's name). */
    SOURCE,
    /** The index line of an index page: date and the origin of each language's text. */
    INDEX_LINE,
    /** The text of the document itself, in one language. */
    TEXT,
    /** The edition and archive lines that follow a collection page's text. */
    APPARATUS,
    /** An editor's note, which may carry further documents. */
    NOTE
}
