package org.archivekg.link;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.archivekg.extract.DateValue;
import org.archivekg.extract.Reference;
import org.archivekg.resolve.ResolvedReference;

/**
 * What a corpus knows of its Records — correspondents, date, number — to match references ("your telegram of
 * 1.10.50") against. Records are indexed by sender and by recipient, so matching a reference looks at the Records
 * of its correspondents only, not at the whole corpus; candidates keep the order in which the Records were first
 * seen, which decides between equal matches. Built by one thread, then read by many. Serializable, so that a
 * distributed run can build it on one machine from every document's {@link #entries} and share it.
 */
public final class KnownRecords implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What one document tells of one Record (the one it publishes, or one it carries): small, to gather on one machine. */
    public record Entry(String key, Set<String> senders, Set<String> recipients, DateValue date, String number)
            implements Serializable {
        public Entry {
            senders = new TreeSet<>(senders);
            recipients = new TreeSet<>(recipients);
        }
    }

    /** One Record: its key, correspondents, date and number; {@code order} is when it was first seen. */
    static final class Known implements Serializable {
        private static final long serialVersionUID = 1L;
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

    /** Adds what a document tells; documents are added in corpus order (the first date and number read of a Record win). */
    public void add(LinkSummary d) {
        entries(d).forEach(this::add);
    }

    /** Adds what one document tells of one Record; a document's entries are added in the order {@link #entries} gives them. */
    public void add(Entry e) {
        Known k = record(e.key());
        e.senders().forEach(s -> sender(k, s));
        e.recipients().forEach(r -> recipient(k, r));
        if (k.date == null && e.date() != null) k.date = e.date();
        if (k.number == null && e.number() != null) k.number = e.number();
    }

    /** What one document tells: of the Record it publishes, then of each document it carries. */
    public static List<Entry> entries(LinkSummary d) {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry(d.recordKey(), new TreeSet<>(d.senders()), new TreeSet<>(d.recipients()), d.date(), d.documentNumber()));
        for (LinkSummary.Carried e : d.embedded()) {
            Set<String> senders = new TreeSet<>();
            if (e.sender() != null) senders.add(e.sender().key());
            Set<String> recipients = new TreeSet<>();
            e.recipients().forEach(r -> recipients.add(r.key()));
            out.add(new Entry(e.key(), senders, recipients, e.date(), null));
        }
        return out;
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
