package org.archivekg.link;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.archivekg.extract.DateValue;
import org.archivekg.resolve.ResolvedDocument;
import org.archivekg.resolve.ResolvedEmbedded;

/**
 * What a corpus knows of its Records — correspondents, date, number — to match references against: the Records
 * its files publish and the documents embedded in them. Built from the documents in corpus order (the first date
 * and number read of a Record win, and candidates are tried in that order). Small and serializable, so that a
 * distributed run can gather each document's {@link #entries} on one machine and share the index.
 */
public final class RecordIndex implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What one document tells of one Record (the one it publishes, or one it carries). */
    public record Entry(String key, Set<String> senders, Set<String> recipients, DateValue date, String number)
            implements Serializable {
        public Entry {
            senders = new TreeSet<>(senders);
            recipients = new TreeSet<>(recipients);
        }
    }

    /** A Record as the whole corpus knows it. */
    static final class Known implements Serializable {
        private static final long serialVersionUID = 1L;
        final String key;
        final Set<String> senders = new java.util.HashSet<>();
        final Set<String> recipients = new java.util.HashSet<>();
        DateValue date;
        String number;

        Known(String key) {
            this.key = key;
        }
    }

    private final Map<String, Known> known = new LinkedHashMap<>();

    private RecordIndex() {
    }

    /** The index of documents in corpus order. */
    public static RecordIndex of(List<ResolvedDocument> docs) {
        List<Entry> all = new ArrayList<>();
        for (ResolvedDocument d : docs) all.addAll(entries(d));
        return ofEntries(all);
    }

    /** The index of the entries of every document, concatenated in corpus order. */
    public static RecordIndex ofEntries(Collection<Entry> entries) {
        RecordIndex index = new RecordIndex();
        for (Entry e : entries) {
            Known k = index.known.computeIfAbsent(e.key(), Known::new);
            k.senders.addAll(e.senders());
            k.recipients.addAll(e.recipients());
            if (k.date == null && e.date() != null) k.date = e.date();
            if (k.number == null && e.number() != null) k.number = e.number();
        }
        return index;
    }

    /** What one document tells: of the Record it publishes, then of each embedded document. */
    public static List<Entry> entries(ResolvedDocument d) {
        List<Entry> out = new ArrayList<>();
        Set<String> senders = new TreeSet<>();
        Set<String> recipients = new TreeSet<>();
        d.senders().forEach(f -> { if (f.value().person() != null) senders.add(f.value().person().key()); });
        d.recipients().forEach(f -> { if (f.value().person() != null) recipients.add(f.value().person().key()); });
        out.add(new Entry(d.recordKey(), senders, recipients, d.date() == null ? null : d.date().value(),
                d.documentNumber() == null ? null : d.documentNumber().value()));
        for (ResolvedEmbedded e : d.embedded()) {
            Set<String> es = new TreeSet<>();
            Set<String> er = new TreeSet<>();
            if (e.sender() != null) es.add(e.sender().key());
            e.recipients().forEach(r -> er.add(r.key()));
            out.add(new Entry(e.key(), es, er, e.date(), null));
        }
        return out;
    }

    Known get(String key) {
        return known.get(key);
    }

    /** Every Record, in corpus order. */
    Collection<Known> all() {
        return known.values();
    }

    public int size() {
        return known.size();
    }
}
