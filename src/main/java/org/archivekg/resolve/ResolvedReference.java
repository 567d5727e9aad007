package org.archivekg.resolve;

import java.util.List;

import org.archivekg.extract.DateValue;
import org.archivekg.extract.Evidence;
import org.archivekg.extract.Lexicon;
import org.archivekg.extract.Reference;

/**
 * A reference to another document, resolved to people: written by {@code from} to {@code to} (either may be
 * null when the sentence does not say), on {@code date} (year filled in from the referring document when the
 * sentence omits it), with the other readings of that date kept. {@code inDocument} is the key of the Record
 * whose text holds the sentence: the carrier's, or an embedded document's.
 */
public record ResolvedReference(Reference.Type type, String inDocument, PersonRef from, PersonRef to, DateValue date,
                                List<Reading> otherReadings, Lexicon.Entry kind, String number, boolean inResponse,
                                List<Evidence> evidence) {

    /** A date reading of the same reference in a parallel text, or the original of a corrected one. */
    public record Reading(DateValue date, String original, Evidence evidence) {
    }
}
