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
import java.util.stream.Stream;

import org.archivekg.extract.DateValue;

/**
 * What a corpus knows of its Records — correspondents, date, number — to match references ("your telegram of
 * 1.10.50") against. Records are indexed by sender and by recipient, so matching a reference looks at the Records
 * of its correspondents only, not at the whole corpus; candidates keep the order in which the Records were first
 * seen, which decides between equal matches. Built by one thread, then read by many. Serializable, so that a
 * distributed run can build it on one machine from every document's {@link #entries} and share it.
 */
public final class KnownRecords implements RecordLookup, Serializable {

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

    /** The date of a Record, if the corpus knows it; else {@code fallback}. */
    @Override
    public DateValue dateOr(String key, DateValue fallback) {
        Known k = known.get(key);
        if (k != null && k.date != null) return k.date;
        return fallback;
    }

    @Override
    public String number(String key) {
        Known k = known.get(key);
        return k == null ? null : k.number;
    }

    /** The Records a reference may name, in first-seen order: looked up by sender (else recipient), then filtered. */
    private Stream<Known> candidates(Candidates c) {
        List<Known> base = c.sender() != null ? bySender.getOrDefault(c.sender(), List.of())
                : byRecipient.getOrDefault(c.recipient(), List.of());
        return base.stream()
                .filter(k -> !k.key.equals(c.excluded()))
                .filter(k -> c.sender() == null || k.senders.contains(c.sender()))
                .filter(k -> c.recipient() == null || k.recipients.contains(c.recipient()))
                .sorted(Comparator.comparingInt(k -> k.order));
    }

    @Override
    public Optional<String> firstWithNumber(Candidates c, String number) {
        return candidates(c).filter(k -> number.equals(k.number)).map(k -> k.key).findFirst();
    }

    @Override
    public Optional<String> firstOnDate(Candidates c, DateValue date) {
        return candidates(c).filter(k -> k.date != null && k.date.equals(date)).map(k -> k.key).findFirst();
    }

    @Override
    public Optional<String> earliestBetween(Candidates c, String fromIso, String toIso) {
        return dated(c, toIso).filter(k -> k.date.iso().compareTo(fromIso) >= 0)
                .min(Comparator.comparing((Known k) -> k.date.iso())).map(k -> k.key);
    }

    @Override
    public Optional<String> latestUpTo(Candidates c, String toIso) {
        return dated(c, toIso).max(Comparator.comparing((Known k) -> k.date.iso())).map(k -> k.key);
    }

    /** Candidates with a date, up to {@code toIso} (null: any); min and max keep the first of equal ones. */
    private Stream<Known> dated(Candidates c, String toIso) {
        return candidates(c).filter(k -> k.date != null).filter(k -> toIso == null || k.date.iso().compareTo(toIso) <= 0);
    }
}
