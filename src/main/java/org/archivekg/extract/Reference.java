package org.archivekg.extract;

import java.util.List;

/**
 * A mention of another document in a sentence. What is known of it: who the sentence says wrote it (relative
 * to this document's author and addressee, see {@link Type}), the names in the sentence, its date (the year may
 * be missing: "On 1 October"), the original reading when the text corrects it ("7 September [sic- October]"),
 * (and its month), its kind and number, and whether this sentence says it was written in response to what precedes.
 */
public record Reference(Type type, List<String> names, Integer year, int month, int day, String correctedFrom, int originalMonth,
                        Lexicon.Entry kind, String number, boolean inResponse) {

    public enum Type {
        /** "your telegram of 1.10.50", "I received your reply": by this document's addressee, to its author; this one answers it. */
        ADDRESSEES_DOCUMENT,
        /** "On 1 October I sent Mao …": by this document's author, to a named person. */
        SENT_BY_AUTHOR,
        /** "I received from Mao on October 7 a letter": by a named person, to this document's author. */
        RECEIVED_BY_AUTHOR,
        /** "Mao Zedong replied with a refusal": a named person's reply to the author's earlier document. */
        REPLY_TO_AUTHOR
    }

    public boolean hasDate() {
        return month > 0;
    }
}
