package org.archivekg.source;

import org.archivekg.problem.ProblemHandler;

/** Reads one source format into the neutral model. One implementation per {@link SourceFormat}. */
public interface SourceReader {

    SourceFormat format();

    /**
     * Reads a text already recognised as this reader's format.
     *
     * @throws SourceException when the text is not a whole document (truncated, a required part missing)
     */
    SourceDocument read(String path, SourceText text, ProblemHandler problems) throws SourceException;
}
