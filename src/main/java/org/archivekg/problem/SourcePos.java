package org.archivekg.problem;

/**
 * A place in a source file: the file's path and, where known, a 1-based line and column.
 * A line of 0 means "the whole file".
 */
public record SourcePos(String file, int line, int column) {

    public static SourcePos ofFile(String file) {
        return new SourcePos(file, 0, 0);
    }

    public static SourcePos ofLine(String file, int line) {
        return new SourcePos(file, line, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) return file;
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
