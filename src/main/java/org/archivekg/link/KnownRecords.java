package org.archivekg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.archivekg.extract.DateValue;
import org.archivekg.extract.Reference;
import org.archivekg.resolve.ResolvedReference;

/**
 * What a corpus knows of its Records — correspondents, date, number — to match references ("your telegram of
 * 1.10.50") against. Records are indexed by sender and by recipient, so matching a reference looks at the Records
 * of its correspondents only, not at the whole corpus; candidates keep the order in which the Records were first
 * seen, which decides between equal matches. Built by one thread, then read by many.
 */
final class KnownRecords {

    /** One Record: its key, correspondents, date and number; {@code order} is when it was first seen. */
    static final class Known {
        final String key;
        final int order;
        final Set<String> senders = new HashSet<>();
        final Set<String> recipients = new HashSet<>();
        DateValue date;
        String number;

        Known(String key, int order) {
            this.key = key;
            this.order = order;
        }
    }

    private final Map<String, Known> known = new LinkedHashMap<>();
    private final Map<String, List<Known>> bySender = new HashMap<>();
    private final Map<String, List<Known>> byRecipient = new HashMap<>();

    void add(LinkSummary d) {
        Known k = record(d.recordKey());
        d.senders().forEach(s -> sender(k, s));
        d.recipients().forEach(r -> recipient(k, r));
        if (k.date == null && d.date() != null) k.date = d.date();
        if (k.number == null && d.documentNumber() != null) k.number = d.documentNumber();
        for (LinkSummary.Carried e : d.embedded()) {
            Known ke = record(e.key());
            if (e.sender() != null) sender(ke, e.sender().key());
            e.recipients().forEach(r -> recipient(ke, r.key()));
            if (ke.date == null) ke.date = e.date();
        }
    }

    private Known record(String key) {
        return known.computeIfAbsent(key, x -> new Known(x, known.size()));
    }

    private void sender(Known k, String person) {
        if (k.senders.add(person)) bySender.computeIfAbsent(person, x -> new ArrayList<>()).add(k);
    }

    private void recipient(Known k, String person) {
        if (k.recipients.add(person)) byRecipient.computeIfAbsent(person, x -> new ArrayList<>()).add(k);
    }

    Known get(String key) {
        return known.get(key);
    }

    /** The date of a Record, if the corpus knows it; else {@code fallback}. */
    DateValue dateOr(String key, DateValue fallback) {
        Known k = known.get(key);
        if (k != null && k.date != null) return k.date;
        return fallback;
    }

    /**
     * The known Record a reference names: written by its {@code from} to its {@code to}; on its date, or with its
     * number, when given; else the latest before the referring document ("I received your reply"), or — for "X
     * replied" — the first after what the author had sent X.
     */
    Optional<String> match(ResolvedReference r, DateValue referringDate, Map<String, DateValue> sentDates) {
        if (r.from() == null && r.to() == null) return Optional.empty();
        List<Known> base = r.from() != null ? bySender.getOrDefault(r.from().key(), List.of())
                : byRecipient.getOrDefault(r.to().key(), List.of());
        List<Known> candidates = base.stream()
                .filter(k -> !k.key.equals(r.inDocument()))
                .filter(k -> r.from() == null || k.senders.contains(r.from().key()))
                .filter(k -> r.to() == null || k.recipients.contains(r.to().key()))
                .sorted(Comparator.comparingInt(k -> k.order))
                .toList();
        if (r.number() != null) {
            List<Known> byNumber = candidates.stream().filter(k -> r.number().equals(k.number)).toList();
            if (!byNumber.isEmpty()) return Optional.of(byNumber.get(0).key);
            if (r.date() == null) return Optional.empty();
        }
        if (r.date() != null) {
            return candidates.stream().filter(k -> k.date != null && k.date.equals(r.date())).map(k -> k.key).findFirst();
        }
        List<Known> dated = candidates.stream().filter(k -> k.date != null)
                .filter(k -> referringDate == null || k.date.iso().compareTo(referringDate.iso()) <= 0).toList();
        if (r.type() == Reference.Type.REPLY_TO_AUTHOR && r.from() != null) {
            DateValue sent = sentDates.get(r.inDocument() + "|" + r.from().key());
            if (sent != null) {
                return dated.stream().filter(k -> k.date.iso().compareTo(sent.iso()) >= 0)
                        .min(Comparator.comparing((Known k) -> k.date.iso())).map(k -> k.key);
            }
        }
        if (r.type() == Reference.Type.ADDRESSEES_DOCUMENT || r.type() == Reference.Type.REPLY_TO_AUTHOR) {
            return dated.stream().max(Comparator.comparing((Known k) -> k.date.iso())).map(k -> k.key);
        }
        return Optional.empty();
    }
}
