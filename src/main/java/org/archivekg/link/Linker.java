package org.archivekg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.archivekg.extract.DateValue;
import org.archivekg.extract.EmbeddedDocumentRule;
import org.archivekg.extract.Evidence;
import org.archivekg.extract.Reference;
import org.archivekg.resolve.PersonRef;
import org.archivekg.resolve.ResolvedDocument;
import org.archivekg.resolve.ResolvedEmbedded;
import org.archivekg.resolve.ResolvedReference;
import org.archivekg.resolve.Resolver;
import org.archivekg.source.Section;
import org.archivekg.source.SectionKind;
import org.archivekg.source.TextSpan;

/**
 * The link stage's entry point: relations between the Records of a corpus.
 * <ul>
 *   <li>embedded documents become Records of their own, quoted by their carriers;</li>
 *   <li>references ("your telegram of 1.10.50", "On 1 October I sent Mao …") are matched to known Records by
 *       correspondents, date and number, or become Records known only from them;</li>
 *   <li>quotations are found by text reuse ({@link QuotationFinder}) and kept only between different Records:
 *       two publications of one Record, or two carriers of one embedded document, do not quote each other.</li>
 * </ul>
 * Every result carries the evidence of the file it was read in, and goes to that file's graph.
 */
public final class Linker {

    public static final String QUOTATION = "quotation.text-reuse";
    public static final String IN_RESPONSE = "reference.in-response";
    public static final String UNSEEN = "reference.unseen-document";

    /** What the corpus knows of a Record, to match references against. */
    private static final class Known {
        final String key;
        final Set<String> senders = new HashSet<>();
        final Set<String> recipients = new HashSet<>();
        DateValue date;
        String number;

        Known(String key) {
            this.key = key;
        }
    }

    public Map<String, String> ruleDescriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(QUOTATION, "a passage shared by two Records' texts, found by word-shingle text reuse");
        d.put(IN_RESPONSE, "'in response to this': the referred document answers what the text quoted just before");
        d.put(UNSEEN, "a document known only because another one refers to it");
        return d;
    }

    /** Links the documents of one run; the result is keyed by file name. */
    public Map<String, DocumentLinks> link(List<ResolvedDocument> docs) {
        Map<String, DocumentLinks> out = new LinkedHashMap<>();
        for (ResolvedDocument d : docs) out.put(d.fileName(), DocumentLinks.empty());
        Map<String, Known> known = index(docs);
        Map<String, DerivedRecord> unseen = new HashMap<>();

        for (ResolvedDocument d : docs) embedded(d, out.get(d.fileName()));
        Map<String, List<QuotationLink>> quotations = quotations(docs);
        for (ResolvedDocument d : docs) {
            DocumentLinks links = out.get(d.fileName());
            for (QuotationLink q : quotations.getOrDefault(d.fileName(), List.of())) {
                links.quotations().add(q);
                Evidence e = new Evidence(q.quotingSpan(), QUOTATION);
                links.relations().add(new RecordLink(q.quoting(), Relation.QUOTES, q.quoted(), List.of(e), QUOTATION));
                carry(d, links, q.quoted(), List.of(e), QUOTATION);
            }
            references(d, links, known, unseen);
        }
        return out;
    }

    // ---------------------------------------------------------------- the corpus's records

    private static Map<String, Known> index(List<ResolvedDocument> docs) {
        Map<String, Known> known = new LinkedHashMap<>();
        for (ResolvedDocument d : docs) {
            Known k = known.computeIfAbsent(d.recordKey(), Known::new);
            d.senders().forEach(f -> { if (f.value().person() != null) k.senders.add(f.value().person().key()); });
            d.recipients().forEach(f -> { if (f.value().person() != null) k.recipients.add(f.value().person().key()); });
            if (k.date == null && d.date() != null) k.date = d.date().value();
            if (k.number == null && d.documentNumber() != null) k.number = d.documentNumber().value();
            for (ResolvedEmbedded e : d.embedded()) {
                Known ke = known.computeIfAbsent(e.key(), Known::new);
                if (e.sender() != null) ke.senders.add(e.sender().key());
                e.recipients().forEach(r -> ke.recipients.add(r.key()));
                if (ke.date == null) ke.date = e.date();
            }
        }
        return known;
    }

    // ---------------------------------------------------------------- embedded documents

    private static void embedded(ResolvedDocument d, DocumentLinks links) {
        for (ResolvedEmbedded e : d.embedded()) {
            List<Evidence> blocks = e.blocks().stream().map(b -> new Evidence(b, EmbeddedDocumentRule.EMBEDDED)).toList();
            List<Evidence> evidence = new ArrayList<>();
            e.intros().forEach(i -> evidence.add(new Evidence(i, EmbeddedDocumentRule.EMBEDDED)));
            evidence.addAll(blocks);
            links.records().add(new DerivedRecord(e.key(), e.sender(), e.recipients(), e.date(), List.of(), null, evidence,
                    EmbeddedDocumentRule.EMBEDDED));
            links.relations().add(new RecordLink(d.recordKey(), Relation.QUOTES, e.key(), blocks, EmbeddedDocumentRule.EMBEDDED));
            links.carriages().add(new Carriage(e.key(), blocks, EmbeddedDocumentRule.EMBEDDED));
        }
    }

    // ---------------------------------------------------------------- references

    private void references(ResolvedDocument d, DocumentLinks links, Map<String, Known> known, Map<String, DerivedRecord> unseen) {
        Map<String, DateValue> sentDates = new HashMap<>(); // in-document key + recipient → date of what the author sent
        for (ResolvedReference r : d.references()) {
            if (r.type() == Reference.Type.SENT_BY_AUTHOR && r.date() != null && r.to() != null) {
                sentDates.merge(r.inDocument() + "|" + r.to().key(), r.date(), (a, b) -> a.iso().compareTo(b.iso()) <= 0 ? a : b);
            }
        }
        for (ResolvedReference r : d.references()) {
            DateValue before = dateOf(d, r.inDocument(), known);
            Optional<String> target = match(r, known, before, sentDates);
            String rule = r.evidence().get(0).rule();
            if (target.isEmpty() && r.date() != null && r.from() != null && r.to() != null) {
                target = Optional.of(unseenRecord(r, links, unseen));
            }
            if (target.isEmpty() || target.get().equals(r.inDocument())) continue;
            Relation relation = r.type() == Reference.Type.ADDRESSEES_DOCUMENT ? Relation.REPLIES_TO : Relation.REFERS_TO;
            links.relations().add(new RecordLink(r.inDocument(), relation, target.get(), r.evidence(), rule));
            carry(d, links, target.get(), r.evidence(), rule);
            if (r.inResponse()) inResponse(d, links, r, target.get());
        }
        numbersOfAnsweredDocuments(d, links, known, sentDates);
    }

    private static DateValue dateOf(ResolvedDocument d, String key, Map<String, Known> known) {
        Known k = known.get(key);
        if (k != null && k.date != null) return k.date;
        return d.date() == null ? null : d.date().value();
    }

    /**
     * The known Record a reference names: written by its {@code from} to its {@code to}; on its date, or with its
     * number, when given; else the latest before the referring document ("I received your reply"), or — for "X
     * replied" — the first after what the author had sent X.
     */
    private static Optional<String> match(ResolvedReference r, Map<String, Known> known, DateValue referringDate,
                                          Map<String, DateValue> sentDates) {
        List<Known> candidates = known.values().stream()
                .filter(k -> !k.key.equals(r.inDocument()))
                .filter(k -> r.from() == null || k.senders.contains(r.from().key()))
                .filter(k -> r.to() == null || k.recipients.contains(r.to().key()))
                .filter(k -> r.from() != null || r.to() != null)
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

    /** A Record known only from this reference: its correspondents, date and kind, and the readings that disagree. */
    private static String unseenRecord(ResolvedReference r, DocumentLinks links, Map<String, DerivedRecord> unseen) {
        String key = Resolver.documentKey(r.date(), r.from(), List.of(r.to()), null);
        DerivedRecord record = new DerivedRecord(key, r.from(), List.of(r.to()), r.date(), r.otherReadings(), r.kind(), r.evidence(), UNSEEN);
        unseen.putIfAbsent(key, record);
        links.records().add(record);
        return key;
    }

    /** "In response to this …": the document answers what the referring text quoted just before the sentence. */
    private static void inResponse(ResolvedDocument d, DocumentLinks links, ResolvedReference r, String target) {
        int at = r.evidence().stream().mapToInt(e -> e.span().start()).min().orElse(0);
        links.quotations().stream()
                .filter(q -> q.quotingSpan().end() <= at)
                .max(Comparator.comparingInt(q -> q.quotingSpan().end()))
                .ifPresent(q -> links.relations().add(new RecordLink(target, Relation.REPLIES_TO, q.quoted(),
                        r.evidence().stream().map(e -> new Evidence(e.span(), IN_RESPONSE)).toList(), IN_RESPONSE)));
    }

    /** "The answer of X to your No. 4581": the Record the embedded reply answers gets the number. */
    private static void numbersOfAnsweredDocuments(ResolvedDocument d, DocumentLinks links, Map<String, Known> known,
                                                   Map<String, DateValue> sentDates) {
        for (ResolvedEmbedded e : d.embedded()) {
            if (e.answersNumber() == null) continue;
            links.relations().stream()
                    .filter(l -> l.from().equals(e.key()) && l.relation() == Relation.REPLIES_TO)
                    .map(RecordLink::to).findFirst()
                    .filter(t -> known.get(t) == null || known.get(t).number == null)
                    .ifPresent(t -> links.numbers().add(new NumberFact(t, e.answersNumber(), new Evidence(e.intros().get(0), EmbeddedDocumentRule.EMBEDDED))));
        }
    }

    private static void carry(ResolvedDocument d, DocumentLinks links, String record, List<Evidence> evidence, String rule) {
        if (!record.equals(d.recordKey())) links.carriages().add(new Carriage(record, evidence, rule));
    }

    // ---------------------------------------------------------------- quotations

    /** One text given to the finder: which document and section it is, to map matches back. */
    private record Piece(ResolvedDocument doc, Section section) {
    }

    private static Map<String, List<QuotationLink>> quotations(List<ResolvedDocument> docs) {
        QuotationFinder finder = new QuotationFinder();
        Map<String, Piece> pieces = new HashMap<>();
        for (ResolvedDocument d : docs) {
            int n = 0;
            for (Section s : d.source().sections()) {
                if ((s.kind() != SectionKind.TEXT && s.kind() != SectionKind.NOTE) || s.language() == null) continue;
                String id = d.fileName() + "#" + (n++);
                pieces.put(id, new Piece(d, s));
                finder.add(new QuotationFinder.Text(id, d.fileName(), s.language().tag(), s.span().text()));
            }
        }
        Map<String, List<QuotationLink>> byFile = new LinkedHashMap<>();
        for (QuotationFinder.Match m : finder.findAll()) {
            Piece a = pieces.get(m.a().id());
            Piece b = pieces.get(m.b().id());
            TextSpan sa = a.section().span().sub(m.aStart(), m.aEnd());
            TextSpan sb = b.section().span().sub(m.bStart(), m.bEnd());
            String ra = recordOf(a.doc(), sa);
            String rb = recordOf(b.doc(), sb);
            if (ra.equals(rb)) continue; // one Record published twice, or one embedded document carried twice
            boolean aQuotes = quotes(dateOf(a.doc(), ra), dateOf(b.doc(), rb), m.aEnd() - m.aStart(), a.section().span().text().length(),
                    m.bEnd() - m.bStart(), b.section().span().text().length());
            QuotationLink link = aQuotes
                    ? new QuotationLink(ra, rb, sa, sb, m.words(), m.similarity(), m.a().language())
                    : new QuotationLink(rb, ra, sb, sa, m.words(), m.similarity(), m.a().language());
            String file = aQuotes ? a.doc().fileName() : b.doc().fileName();
            byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(link);
        }
        return byFile;
    }

    /** The Record a passage belongs to: an embedded document when it lies in one, else the one the file publishes. */
    private static String recordOf(ResolvedDocument d, TextSpan span) {
        return d.embedded().stream().filter(e -> e.contains(span)).map(ResolvedEmbedded::key).findFirst().orElse(d.recordKey());
    }

    private static DateValue dateOf(ResolvedDocument d, String key) {
        if (key.equals(d.recordKey())) return d.date() == null ? null : d.date().value();
        return d.embedded().stream().filter(e -> e.key().equals(key)).map(ResolvedEmbedded::date).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Whether side a quotes side b: the later Record quotes the earlier; on a tie, the text the passage is a smaller part of. */
    private static boolean quotes(DateValue da, DateValue db, int lenA, int totalA, int lenB, int totalB) {
        if (da != null && db != null && !da.iso().equals(db.iso())) return da.iso().compareTo(db.iso()) > 0;
        return (double) lenA / Math.max(1, totalA) < (double) lenB / Math.max(1, totalB);
    }

}
