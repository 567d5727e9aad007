package org.archivekg.source;

/** The source formats we read. Each is recognised by its content, never by the file's name. */
public enum SourceFormat {
    /** A digital-archive record in markdown: a title, a Citation block, then Summary, Contents and the texts. */
    DIGITAL_ARCHIVE_RECORD("digital-archive record"),
    /** A page of a printed document collection: titles, {@code Source:}, the English text, {@code ---}, apparatus, the Russian text. */
    COLLECTION_PAGE("collection page"),
    /** The index page of a collection: a back link and an index line ({@code 1950-10-08 ru:…;en:…}), then as a collection page. */
    INDEX_PAGE("index page");

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
