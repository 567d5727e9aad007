package org.archivekg.link;

import java.util.Map;
import java.util.Optional;

import org.archivekg.extract.DateValue;
import org.archivekg.extract.Reference;
import org.archivekg.resolve.ResolvedReference;

/**
 * What linking looks up in the Records a corpus knows: a Record's date and number, and the Records a reference may
 * name. {@link #match} — which Record a reference names — is decided here, once, from four small questions about a
 * reference's candidates that each store answers its own way: {@link KnownRecords} in memory, {@link RecordIndex} on
 * disk for corpora too large to hold. Candidates are taken in the order the Records were first seen, which decides
 * between equal matches; a Record's date and number are the first ones read.
 */
public interface RecordLookup {

    /**
     * The Records a reference may name: sent by {@code sender} and received by {@code recipient} (either may be null
     * for "anyone", not both), other than {@code excluded} (the Record that holds the reference).
     */
    record Candidates(String sender, String recipient, String excluded) {
    }

    /** The date of a Record, if the corpus knows it; else {@code fallback}. */
    DateValue dateOr(String key, DateValue fallback);

    /** The number of a Record, or null when the corpus knows none (or not the Record). */
    String number(String key);

    /** The first candidate (in first-seen order) with this number. */
    Optional<String> firstWithNumber(Candidates c, String number);

    /** The first candidate (in first-seen order) dated exactly {@code date}. */
    Optional<String> firstOnDate(Candidates c, DateValue date);

    /**
     * The candidate with the earliest ISO date in {@code [fromIso, toIso]} ({@code toIso} null: no upper bound),
     * comparing ISO strings; on a tie the first seen.
     */
    Optional<String> earliestBetween(Candidates c, String fromIso, String toIso);

    /** The candidate with the latest ISO date up to {@code toIso} (null: no bound); on a tie the first seen. */
    Optional<String> latestUpTo(Candidates c, String toIso);

    /**
     * The known Record a reference names: written by its {@code from} to its {@code to}; on its date, or with its
     * number, when given; else the latest before the referring document ("I received your reply"), or — for "X
     * replied" — the first after what the author had sent X.
     */
    default Optional<String> match(ResolvedReference r, DateValue referringDate, Map<String, DateValue> sentDates) {
        if (r.from() == null && r.to() == null) return Optional.empty();
        Candidates c = new Candidates(r.from() == null ? null : r.from().key(), r.to() == null ? null : r.to().key(), r.inDocument());
        if (r.number() != null) {
            Optional<String> byNumber = firstWithNumber(c, r.number());
            if (byNumber.isPresent()) return byNumber;
            if (r.date() == null) return Optional.empty();
        }
        if (r.date() != null) return firstOnDate(c, r.date());
        String before = referringDate == null ? null : referringDate.iso();
        if (r.type() == Reference.Type.REPLY_TO_AUTHOR && r.from() != null) {
            DateValue sent = sentDates.get(r.inDocument() + "|" + r.from().key());
            if (sent != null) return earliestBetween(c, sent.iso(), before);
        }
        if (r.type() == Reference.Type.ADDRESSEES_DOCUMENT || r.type() == Reference.Type.REPLY_TO_AUTHOR) {
            return latestUpTo(c, before);
        }
        return Optional.empty();
    }
}
