package org.archivekg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.archivekg.extract.DateValue;
import org.archivekg.extract.EmbeddedDocumentRule;
import org.archivekg.extract.Evidence;
import org.archivekg.extract.Reference;
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

    public Map<String, String> ruleDescriptions() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(QUOTATION, "a passage shared by two Records' texts, found by word-shingle text reuse");
        d.put(IN_RESPONSE, "'in response to this': the referred document answers what the text quoted just before");
        d.put(UNSEEN, "a document known only because another one refers to it");
        return d;
    }

    /** Links the documents of one run; the result is keyed by file name. */
    public Map<String, DocumentLinks> link(List<ResolvedDocument> docs) {
        Corpus corpus = corpus(true);
        List<LinkSummary> summaries = docs.stream().map(corpus::add).toList();
        corpus.finish();
        Map<String, DocumentLinks> out = new LinkedHashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            DocumentLinks links = embedded(docs.get(i));
            DocumentLinks rest = corpus.links(summaries.get(i));
            links.relations().addAll(rest.relations());
            links.records().addAll(rest.records());
            links.carriages().addAll(rest.carriages());
            links.numbers().addAll(rest.numbers());
            links.quotations().addAll(rest.quotations());
            out.put(docs.get(i).fileName(), links);
        }
        return out;
    }

    /** A corpus to link while its documents stream through: {@link Corpus#add} each, {@link Corpus#finish}, then {@link Corpus#links}. */
    public Corpus corpus(boolean findQuotations) {
        return new Corpus(findQuotations);
    }

    /**
     * The corpus-wide state linking needs: the known Records and the texts for the quotation finder. Documents are
     * added in corpus order by one thread; after {@link #finish()}, {@link #links} may be called from many threads.
     */
    public static final class Corpus {
        private final KnownRecords known = new KnownRecords();
        private final QuotationFinder finder;
        private final Map<String, Piece> pieces = new HashMap<>();
        private Map<String, List<QuotationLink>> quotations;

        private Corpus(boolean findQuotations) {
            this.finder = findQuotations ? new QuotationFinder() : null;
        }

        /** Adds a document and returns what {@link #links} will need of it, so the document itself can be dropped. */
        public LinkSummary add(ResolvedDocument d) {
            if (quotations != null) throw new IllegalStateException("the corpus is finished");
            LinkSummary s = LinkSummary.of(d);
            known.add(s);
            if (finder != null) {
                int n = 0;
                for (Section sec : d.source().sections()) {
                    if ((sec.kind() != SectionKind.TEXT && sec.kind() != SectionKind.NOTE) || sec.language() == null) continue;
                    String id = d.fileName() + "#" + (n++);
                    pieces.put(id, new Piece(s, sec.span()));
                    finder.add(new QuotationFinder.Text(id, d.fileName(), sec.language().tag(), sec.span().text()));
                }
            }
            return s;
        }

        /** Finds the quotations across everything added; call once, after the last {@link #add}. */
        public void finish() {
            quotations = finder == null ? Map.of() : quotations(finder, pieces);
            pieces.clear();
        }

        /**
         * What linking across the corpus found whose evidence lies in this document: quotations and references (the
         * documents it carries are linked from the document alone: {@link Linker#embedded}).
         */
        public DocumentLinks links(LinkSummary d) {
            if (quotations == null) throw new IllegalStateException("finish() the corpus first");
            DocumentLinks links = DocumentLinks.empty();
            for (QuotationLink q : quotations.getOrDefault(d.fileName(), List.of())) {
                links.quotations().add(q);
                Evidence e = new Evidence(q.quotingSpan(), QUOTATION);
                links.relations().add(new RecordLink(q.quoting(), Relation.QUOTES, q.quoted(), List.of(e), QUOTATION));
                carry(d, links, q.quoted(), List.of(e), QUOTATION);
            }
            references(d, links, known);
            return links;
        }
    }

    // ---------------------------------------------------------------- embedded documents

    /**
     * The documents a document carries, as Records of their own that it quotes: found in the document alone, so they
     * can be written with its own facts, before the corpus is linked.
     */
    public static DocumentLinks embedded(ResolvedDocument d) {
        DocumentLinks links = DocumentLinks.empty();
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
        return links;
    }

    // ---------------------------------------------------------------- references

    private static void references(LinkSummary d, DocumentLinks links, KnownRecords known) {
        Map<String, DateValue> sentDates = new HashMap<>(); // in-document key + recipient → date of what the author sent
        for (ResolvedReference r : d.references()) {
            if (r.type() == Reference.Type.SENT_BY_AUTHOR && r.date() != null && r.to() != null) {
                sentDates.merge(r.inDocument() + "|" + r.to().key(), r.date(), (a, b) -> a.iso().compareTo(b.iso()) <= 0 ? a : b);
            }
        }
        for (ResolvedReference r : d.references()) {
            DateValue before = known.dateOr(r.inDocument(), d.date());
            Optional<String> target = known.match(r, before, sentDates);
            String rule = r.evidence().get(0).rule();
            if (target.isEmpty() && r.date() != null && r.from() != null && r.to() != null) {
                target = Optional.of(unseenRecord(r, links));
            }
            if (target.isEmpty() || target.get().equals(r.inDocument())) continue;
            Relation relation = r.type() == Reference.Type.ADDRESSEES_DOCUMENT ? Relation.REPLIES_TO : Relation.REFERS_TO;
            links.relations().add(new RecordLink(r.inDocument(), relation, target.get(), r.evidence(), rule));
            carry(d, links, target.get(), r.evidence(), rule);
            if (r.inResponse()) inResponse(d, links, r, target.get());
        }
        numbersOfAnsweredDocuments(d, links, known);
    }

    /** A Record known only from this reference: its correspondents, date and kind, and the readings that disagree. */
    private static String unseenRecord(ResolvedReference r, DocumentLinks links) {
        String key = Resolver.documentKey(r.date(), r.from(), List.of(r.to()), null);
        DerivedRecord record = new DerivedRecord(key, r.from(), List.of(r.to()), r.date(), r.otherReadings(), r.kind(), r.evidence(), UNSEEN);
        links.records().add(record);
        return key;
    }

    /** "In response to this …": the document answers what the referring text quoted just before the sentence. */
    private static void inResponse(LinkSummary d, DocumentLinks links, ResolvedReference r, String target) {
        int at = r.evidence().stream().mapToInt(e -> e.span().start()).min().orElse(0);
        links.quotations().stream()
                .filter(q -> q.quotingSpan().end() <= at)
                .max(Comparator.comparingInt(q -> q.quotingSpan().end()))
                .ifPresent(q -> links.relations().add(new RecordLink(target, Relation.REPLIES_TO, q.quoted(),
                        r.evidence().stream().map(e -> new Evidence(e.span(), IN_RESPONSE)).toList(), IN_RESPONSE)));
    }

    /** "The answer of X to your No. 4581": the Record the embedded reply answers gets the number. */
    private static void numbersOfAnsweredDocuments(LinkSummary d, DocumentLinks links, KnownRecords known) {
        for (LinkSummary.Carried e : d.embedded()) {
            if (e.answersNumber() == null) continue;
            links.relations().stream()
                    .filter(l -> l.from().equals(e.key()) && l.relation() == Relation.REPLIES_TO)
                    .map(RecordLink::to).findFirst()
                    .filter(t -> known.get(t) == null || known.get(t).number == null)
                    .ifPresent(t -> links.numbers().add(new NumberFact(t, e.answersNumber(), new Evidence(e.firstIntro(), EmbeddedDocumentRule.EMBEDDED))));
        }
    }

    private static void carry(LinkSummary d, DocumentLinks links, String record, List<Evidence> evidence, String rule) {
        if (!record.equals(d.recordKey())) links.carriages().add(new Carriage(record, evidence, rule));
    }

    // ---------------------------------------------------------------- quotations

    /** One text given to the finder: which document and span it is, to map matches back. */
    private record Piece(LinkSummary doc, TextSpan span) {
    }

    private static Map<String, List<QuotationLink>> quotations(QuotationFinder finder, Map<String, Piece> pieces) {
        Map<String, List<QuotationLink>> byFile = new LinkedHashMap<>();
        for (QuotationFinder.Match m : finder.findAll()) {
            Piece a = pieces.get(m.a().id());
            Piece b = pieces.get(m.b().id());
            TextSpan sa = a.span().sub(m.aStart(), m.aEnd());
            TextSpan sb = b.span().sub(m.bStart(), m.bEnd());
            String ra = a.doc().recordOf(sa);
            String rb = b.doc().recordOf(sb);
            if (ra.equals(rb)) continue; // one Record published twice, or one embedded document carried twice
            boolean aQuotes = quotes(a.doc().dateOf(ra), b.doc().dateOf(rb), m.aEnd() - m.aStart(), a.span().text().length(),
                    m.bEnd() - m.bStart(), b.span().text().length());
            QuotationLink link = aQuotes
                    ? new QuotationLink(ra, rb, sa, sb, m.words(), m.similarity(), m.a().language())
                    : new QuotationLink(rb, ra, sb, sa, m.words(), m.similarity(), m.a().language());
            String file = aQuotes ? a.doc().fileName() : b.doc().fileName();
            byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(link);
        }
        return byFile;
    }

    /** Whether side a quotes side b: the later Record quotes the earlier; on a tie, the text the passage is a smaller part of. */
    private static boolean quotes(DateValue da, DateValue db, int lenA, int totalA, int lenB, int totalB) {
        if (da != null && db != null && !da.iso().equals(db.iso())) return da.iso().compareTo(db.iso()) > 0;
        return (double) lenA / Math.max(1, totalA) < (double) lenB / Math.max(1, totalB);
    }

}
