package org.archivekg.compare;

import java.util.List;

/**
 * One text of a Record in one language: a publication of it, a copy embedded in another document, or a quotation
 * of it in another document (the passages clipped to the quoted span).
 *
 * @param id          short id for the page ("v1", "v2", …), stable for a given store
 * @param file        the source file
 * @param publication the Publication's IRI
 * @param how         {@code published}, {@code embedded} or {@code quoted}
 */
public record Version(String id, String file, String publication, String how, String language, List<Passage> passages) {

    /** A passage of the version: its IRI, its text (clipped to the version's span) and where that lies in the file. */
    public record Passage(String iri, String text, int start, int end, int line) {
    }
}
