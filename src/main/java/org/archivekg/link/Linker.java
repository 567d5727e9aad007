package org.archivekg.link;

import java.io.Serializable;
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

    /** A corpus to link while its documents stream through: {@link Corpus#add} each, {@link Corpus#finish}, then {@link Corpus#links}. */
    public Corpus corpus(boolean findQuotations) {
        return new Corpus(findQuotations, null);
    }

    /**
     * A corpus whose known Records are kept on disk, in {@code dir} (a {@link RecordIndex}), not in memory: for corpora
     * too large to hold. The same links as {@link #corpus(boolean)}; {@link Corpus#close} it, then delete {@code dir}.
     */
    public Corpus corpus(boolean findQuotations, java.nio.file.Path dir) {
        return new Corpus(findQuotations, java.util.Objects.requireNonNull(dir, "dir"));
    }

    /**
     * The corpus-wide state linking needs: the known Records and the texts for the quotation finder. Documents are
     * added in corpus order by one thread; after {@link #finish()}, {@link #links} may be called from many threads.
     */
    public static final class Corpus implements AutoCloseable {
        private final KnownRecords inMemory;
        private final RecordIndex.Builder onDisk;
        private RecordLookup known;
        private final QuotationFinder finder;
        private final Map<String, Piece> pieces = new HashMap<>();
        private Map<String, List<QuotationLink>> quotations;

        private Corpus(boolean findQuotations, java.nio.file.Path dir) {
            this.finder = findQuotations ? new QuotationFinder() : null;
            this.inMemory = dir == null ? new KnownRecords() : null;
            this.onDisk = dir == null ? null : RecordIndex.builder(dir);
        }

        /** Adds a document and returns what {@link #links} will need of it, so the document itself can be dropped. */
        public LinkSummary add(ResolvedDocument d) {
            if (quotations != null) throw new IllegalStateException("the corpus is finished");
            LinkSummary s = LinkSummary.of(d);
            if (inMemory != null) inMemory.add(s);
            else KnownRecords.entries(s).forEach(onDisk::add);
            if (finder != null) {
                List<Section> sections = quotableSections(d);
                for (int n = 0; n < sections.size(); n++) {
                    QuotationFinder.Text text = quotationText(d, n, sections.get(n));
                    pieces.put(text.id(), new Piece(s, sections.get(n).span()));
                    finder.add(text);
                }
            }
            return s;
        }

        /** Finds the quotations across everything added; call once, after the last {@link #add}. */
        public void finish() {
            known = inMemory != null ? inMemory : onDisk.build();
            quotations = finder == null ? Map.of() : quotations(finder, pieces);
            pieces.clear();
        }

        /**
         * What linking across the corpus found whose evidence lies in this document: quotations and references (the
         * documents it carries are linked from the document alone: {@link Linker#embedded}).
         */
        public DocumentLinks links(LinkSummary d) {
            if (quotations == null) throw new IllegalStateException("finish() the corpus first");
            return Linker.links(d, known, quotations.getOrDefault(d.fileName(), List.of()));
        }

        /** Closes the index of a corpus kept on disk (nothing to do for one in memory). */
        @Override
        public void close() {
            try {
                if (known instanceof RecordIndex index) index.close();
                else if (onDisk != null) onDisk.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot close the index of known Records", e);
            }
        }
    }

    /**
     * The links across the corpus whose evidence lies in one document, given the corpus's known Records and
     * the quotations the document makes (oriented by {@link #orient}, in the order {@link QuotationFinder#findAll}
     * finds them): what {@link Corpus#links} gives. A distributed run calls it where the document is, with the known
     * Records built from every document's summary and the quotations its own candidate search found.
     */
    public static DocumentLinks links(LinkSummary d, RecordLookup known, List<QuotationLink> quotations) {
        DocumentLinks links = DocumentLinks.empty();
        for (QuotationLink q : quotations) {
            links.quotations().add(q);
            Evidence e = new Evidence(q.quotingSpan(), QUOTATION);
            links.relations().add(new RecordLink(q.quoting(), Relation.QUOTES, q.quoted(), List.of(e), QUOTATION));
            carry(d, links, q.quoted(), List.of(e), QUOTATION);
        }
        references(d, links, known);
        return links;
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

    private static void references(LinkSummary d, DocumentLinks links, RecordLookup known) {
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
    private static void numbersOfAnsweredDocuments(LinkSummary d, DocumentLinks links, RecordLookup known) {
        for (LinkSummary.Carried e : d.embedded()) {
            if (e.answersNumber() == null) continue;
            links.relations().stream()
                    .filter(l -> l.from().equals(e.key()) && l.relation() == Relation.REPLIES_TO)
                    .map(RecordLink::to).findFirst()
                    .filter(t -> known.number(t) == null)
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
            QuotationSide sa = quotationSide(a.doc(), a.span(), m.aStart(), m.aEnd());
            QuotationSide sb = quotationSide(b.doc(), b.span(), m.bStart(), m.bEnd());
            orient(sa, sb, m.words(), m.similarity(), m.a().language()).ifPresent(link -> {
                String file = link.quoting().equals(sa.record()) ? a.doc().fileName() : b.doc().fileName();
                byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(link);
            });
        }
        return byFile;
    }

    /** The sections of a document that the quotation finder compares, in order: texts and notes in a known language. */
    public static List<Section> quotableSections(ResolvedDocument d) {
        return d.source().sections().stream()
                .filter(s -> (s.kind() == SectionKind.TEXT || s.kind() == SectionKind.NOTE) && s.language() != null)
                .toList();
    }

    /** The n-th quotable section of a document as the finder's text: never compared with the same file's texts. */
    public static QuotationFinder.Text quotationText(ResolvedDocument d, int n, Section s) {
        return new QuotationFinder.Text(d.fileName() + "#" + n, d.fileName(), s.language().tag(), s.span().text());
    }

    /**
     * One side of a quotation match: the Record its passage belongs to and that Record's date, the passage, and the
     * length of the text it was found in.
     */
    public record QuotationSide(String record, DateValue date, TextSpan span, int textLength) implements Serializable {
    }

    /** The side of a match that lies in {@code [start, end)} of a text (a quotable section's span) of a document. */
    public static QuotationSide quotationSide(LinkSummary d, TextSpan text, int start, int end) {
        TextSpan span = text.sub(start, end);
        String record = d.recordOf(span);
        return new QuotationSide(record, d.dateOf(record), span, text.text().length());
    }

    /**
     * A match between side a (the text added first) and side b as a quotation of one Record by another: the later
     * Record quotes the earlier; on a tie, the text the passage is a smaller part of. Empty when both passages
     * belong to one Record (one Record published twice, or one embedded document carried twice). The one place
     * that orients quotations, for {@link Corpus} and for a distributed run.
     */
    public static Optional<QuotationLink> orient(QuotationSide a, QuotationSide b, int words, double similarity, String language) {
        if (a.record().equals(b.record())) return Optional.empty();
        boolean aQuotes = quotes(a.date(), b.date(), a.span().text().length(), a.textLength(), b.span().text().length(), b.textLength());
        return Optional.of(aQuotes
                ? new QuotationLink(a.record(), b.record(), a.span(), b.span(), words, similarity, language)
                : new QuotationLink(b.record(), a.record(), b.span(), a.span(), words, similarity, language));
    }

    /** Whether side a quotes side b: the later Record quotes the earlier; on a tie, the text the passage is a smaller part of. */
    private static boolean quotes(DateValue da, DateValue db, int lenA, int totalA, int lenB, int totalB) {
        if (da != null && db != null && !da.iso().equals(db.iso())) return da.iso().compareTo(db.iso()) > 0;
        return (double) lenA / Math.max(1, totalA) < (double) lenB / Math.max(1, totalB);
    }

}
