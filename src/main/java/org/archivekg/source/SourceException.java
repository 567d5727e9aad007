package org.archivekg.source;

/** A source file that cannot be read as a document, with the 1-based line where that became clear (0: the whole file). */
public final class SourceException extends Exception {

    private final int line;

    public SourceException(String message, int line) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
