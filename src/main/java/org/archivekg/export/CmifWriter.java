package org.archivekg.export;

import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivekg.export.CorrespondenceNetwork.Interval;
import org.archivekg.rdf.Vocab;

/**
 * The correspondence as CMIF v1.1, the Correspondence Metadata Interchange Format (TEI {@code correspDesc}) that
 * correspSearch harvests and aggregates across archives and editions.
 *
 * <h2>What is written</h2>
 * <pre>{@code
 * TEI/teiHeader/fileDesc
 *   titleStmt        title "Archive KG: letters and telegrams"; editor = the publisher given
 *   publicationStmt  publisher; idno type="url" (where this file is served); date when (see below);
 *                    availability/licence target="https://creativecommons.org/licenses/by/4.0/" (CC BY 4.0)
 *   sourceDesc       one bibl per akg:Publication that publishes or carries a Record, by IRI:
 *                      type="online" when it has a usable akg:documentUrl (then a ref to it), else "print";
 *                      text: its title (English first), then akg:edition; xml:id: a UUID (see below)
 * TEI/teiHeader/profileDesc
 *   correspDesc      one per akg:Record, by date (undated last), then IRI; @ref = the Record's IRI;
 *                    @source = "#" + the xml:id of one bibl (see below)
 *     correspAction type="sent"      persName per akg:hasSender; placeName per akg:sentFrom; date (akg:date)
 *     correspAction type="received"  persName per akg:hasRecipient
 * TEI/text/body/p (empty, as CMIF has it)
 * }</pre>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Every Record</b> appears, including those known only from inside other documents (embedded, carried).
 *       CMIF wants both a {@code sent} and a {@code received} action in each {@code correspDesc} (Schematron rules
 *       E0001, E0002) and at least one child in each action (the grammar); an action with nothing known gets
 *       {@code <persName>Unknown</persName>}, the usual CMIF spelling of an unknown correspondent.</li>
 *   <li><b>Names</b>: {@code persName} (for an agent typed as an office or organisation: {@code orgName}) with the
 *       {@code skos:prefLabel} (else {@code rdfs:label}; English, then untagged, first) from any graph. {@code @ref} is
 *       the person's Wikidata entity ({@code http://www.wikidata.org/entity/Q855}, from {@code owl:sameAs}) when it
 *       has one, as correspSearch matches people by authority IRIs; otherwise our own IRI for the person, so the
 *       name still links somewhere. Places likewise: Wikidata or GeoNames from {@code owl:sameAs}, else the place's
 *       IRI, label {@code rdfs:label}.</li>
 *   <li><b>Recipients given as alternatives</b> ({@code akg:alternativeRecipients} true, "to Mao Zedong or Zhou
 *       Enlai"): each is written with {@code cert="low"} (the only certainty CMIF 1.1 allows), since it is not
 *       certain that each of them received it. Copies ({@code akg:copySentTo}) and intermediaries
 *       ({@code akg:transmittedVia}) are not written: CMIF 1.1 has only {@code sent} and {@code received}.</li>
 *   <li><b>Dates</b>: the accepted {@code akg:date} (conflicting readings, {@code akg:conflictingDate}, are left
 *       out). Only values valid as {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear} are used. One value:
 *       {@code when}. Several (graphs that disagree): {@code notBefore} the first day and {@code notAfter} the last
 *       day they cover, with {@code cert="low"}. No value: no {@code date} element (CMIF: skip unknown dates).</li>
 *   <li><b>One source per Record.</b> The Schematron rule E0003 compares the whole of {@code @source} after the
 *       {@code #} with one {@code bibl/@xml:id}, so {@code @source} holds exactly one pointer. It is chosen among the
 *       publications that publish the Record, else those that carry it (preferring, among these, one whose file's
 *       graph describes the Record: the document that gives its text or its date, not one that only mentions it);
 *       then online before print, then by IRI. The other publications are still in {@code sourceDesc}. A Record with no publication at all points to a bibl for
 *       the knowledge graph itself, which is also written when there is no publication (the grammar needs one
 *       bibl).</li>
 *   <li><b>bibl/@xml:id</b>: a name-based UUID (version 5, SHA-1, URL namespace) of the publication's IRI, as CMIF
 *       recommends (Schematron W0001) a UUID that does not change when the file is regenerated; when that UUID
 *       starts with a digit, the digit is replaced by a letter ({@code 0}→{@code a}, … {@code 5}→{@code f},
 *       {@code 6}→{@code a}, …) because an {@code xml:id} must start with a letter.</li>
 *   <li><b>publicationStmt/date</b>: CMIF requires the date the file was published. {@link #write(Dataset, String,
 *       String, OutputStream)} uses today (UTC), since the file is generated when it is served;
 *       {@link #write(Dataset, String, String, LocalDate, OutputStream)} takes the date, for reproducible output.
 *       Everything else depends on the data only: the same dataset and date give the same bytes.</li>
 * </ul>
 *
 * <p>Read with SPARQL ({@code GRAPH ?g} patterns: every triple is in some file's graph or the reference graph), so
 * the server's TDB2 store and the N-Quads that {@code extract} writes give the same file. A transactional dataset
 * is read in a read transaction (or in the caller's); the XML is written after the data has been read.
 * Valid against {@code cmi-customization.rng} and the rules of {@code cmif.sch} (see {@code CmifWriterTest}).
 */
public final class CmifWriter {

    /** The TEI namespace. */
    public static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    /** The media type to serve the file with (RFC 6129). */
    public static final String MEDIA_TYPE = "application/tei+xml";
    /** A file name for downloads. */
    public static final String FILE_NAME = "archive-kg-cmif.xml";
    /** The licence of the file: CC BY 4.0. */
    public static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    /** The title of the file. */
    public static final String TITLE = "Archive KG: letters and telegrams";
    /** The name written for an unknown sender or recipient. */
    public static final String UNKNOWN = "Unknown";

    private static final String LICENCE_TEXT = "This file is licensed under the terms of the Creative Commons Licence CC BY 4.0";
    private static final String CMIF_RNG = "https://raw.githubusercontent.com/TEI-Correspondence-SIG/CMIF/master/schema/cmi-customization.rng";
    private static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    private static final Pattern WIKIDATA = Pattern.compile("https?://(?:www\\.)?wikidata\\.org/(?:entity|wiki)/(Q[1-9][0-9]*)");
    private static final Pattern GEONAMES = Pattern.compile("https?://(?:sws|www)\\.geonames\\.org/[0-9]+/?");
    /** RFC 4122's namespace for URLs, for the version 5 UUIDs of bibl/@xml:id. */
    private static final UUID NAMESPACE_URL = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    private CmifWriter() {
    }

    /**
     * Writes the dataset's correspondence as CMIF, dated today (UTC).
     *
     * @param dataset   the graph (every fact in some named graph)
     * @param publisher who publishes the file (also written as its editor), e.g. "Archive KG"
     * @param fileUrl   the URL the file is published at ({@code publicationStmt/idno type="url"}); absolute, no spaces
     * @param out       receives UTF-8 XML; flushed, not closed
     * @throws IllegalArgumentException when the publisher is blank or the URL is not an absolute URI
     */
    public static void write(Dataset dataset, String publisher, String fileUrl, OutputStream out) {
        write(dataset, publisher, fileUrl, LocalDate.now(ZoneOffset.UTC), out);
    }

    /** As {@link #write(Dataset, String, String, OutputStream)}, with the file's publication date given. */
    public static void write(Dataset dataset, String publisher, String fileUrl, LocalDate published, OutputStream out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(out, "out");
        String pub = clean(publisher == null ? "" : publisher);
        if (pub.isEmpty()) throw new IllegalArgumentException("a CMIF file needs a publisher");
        String url = fileUrl == null ? "" : fileUrl.strip();
        if (!usableUri(url)) throw new IllegalArgumentException("not an absolute URL for the CMIF file: '" + fileUrl + "'");

        Snapshot data = dataset.supportsTransactions()
                ? Txn.calculateRead(dataset, () -> new Reader(dataset).read())
                : new Reader(dataset).read();
        try {
            new Writer(data, pub, url, published, out).write();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("CMIF could not be written: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // the data, read once

    /** An agent or place: label and authority IRI. */
    private record Named(String iri, String label, String ref, boolean organisation) {
    }

    /** A bibl. */
    private record Source(String iri, String id, boolean online, String text, String url) {
    }

    /** A correspDesc. */
    private record Letter(String iri, List<Named> senders, List<Named> places, List<Named> recipients,
                          boolean alternativeRecipients, List<String> dates, String source, Optional<Interval> sortKey) {
    }

    private record Snapshot(List<Source> sources, List<Letter> letters) {
    }

    private static final String PREFIXES = """
            PREFIX akg:     <https://w3id.org/archive-kg/ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX owl:     <http://www.w3.org/2002/07/owl#>
            PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            """;

    private static final String RECORDS = "{ SELECT DISTINCT ?record WHERE { GRAPH ?t { ?record a akg:Record } } }";

    /** The facts about each Record that CMIF carries. */
    static final String RECORD_FACTS = PREFIXES + """
            SELECT DISTINCT ?record ?p ?o WHERE {
              %s
              OPTIONAL {
                VALUES ?p { akg:date akg:hasSender akg:hasRecipient akg:sentFrom akg:alternativeRecipients }
                GRAPH ?g { ?record ?p ?o }
              }
            }
            """.formatted(RECORDS);

    /** Which publication publishes or carries which Record, and whether its file's graph describes the Record. */
    static final String RECORD_SOURCES = PREFIXES + """
            SELECT DISTINCT ?record ?p ?pub ?described WHERE {
              %s
              VALUES ?p { akg:publishes akg:carries }
              GRAPH ?g { ?pub ?p ?record }
              BIND (EXISTS { GRAPH ?g { ?record a akg:Record } } AS ?described)
            }
            """.formatted(RECORDS);

    /** What a bibl says about a publication. */
    static final String PUBLICATIONS = PREFIXES + """
            SELECT DISTINCT ?pub ?p ?o WHERE {
              { SELECT DISTINCT ?pub WHERE {
                  %s
                  VALUES ?link { akg:publishes akg:carries }
                  GRAPH ?g { ?pub ?link ?record } } }
              VALUES ?p { dcterms:title akg:edition akg:documentUrl akg:sourceFile }
              GRAPH ?g2 { ?pub ?p ?o }
            }
            """.formatted(RECORDS);

    /** Labels, types and authority links of the people and places that Records point to. */
    static final String DESCRIPTIONS = PREFIXES + """
            SELECT DISTINCT ?x ?p ?o WHERE {
              { SELECT DISTINCT ?x WHERE {
                  %s
                  VALUES ?link { akg:hasSender akg:hasRecipient akg:sentFrom }
                  GRAPH ?g { ?record ?link ?x } } }
              VALUES ?p { skos:prefLabel rdfs:label owl:sameAs rdf:type }
              GRAPH ?g2 { ?x ?p ?o }
            }
            """.formatted(RECORDS);

    private static final class Reader {
        private final Dataset dataset;

        Reader(Dataset dataset) {
            this.dataset = dataset;
        }

        private void select(String query, Consumer<QuerySolution> row) {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) row.accept(rs.next());
            }
        }

        private static void put(Map<String, Map<String, Set<RDFNode>>> map, String s, RDFNode p, RDFNode o) {
            Map<String, Set<RDFNode>> props = map.computeIfAbsent(s, k -> new HashMap<>());
            if (p != null && p.isURIResource() && o != null) {
                props.computeIfAbsent(p.asResource().getURI(), k -> new LinkedHashSet<>()).add(o);
            }
        }

        Snapshot read() {
            Map<String, Map<String, Set<RDFNode>>> records = new TreeMap<>();
            select(RECORD_FACTS, s -> {
                RDFNode r = s.get("record");
                if (r.isURIResource()) put(records, r.asResource().getURI(), s.get("p"), s.get("o"));
            });
            // record → publication → its rank as the source (publishes before carries, then describing it)
            Map<String, Map<String, Integer>> links = new HashMap<>();
            select(RECORD_SOURCES, s -> {
                RDFNode r = s.get("record");
                RDFNode pub = s.get("pub");
                if (!r.isURIResource() || !pub.isURIResource()) return;
                boolean publishes = Vocab.publishes.getURI().equals(s.getResource("p").getURI());
                boolean described = s.contains("described") && s.getLiteral("described").getBoolean();
                int rank = (publishes ? 0 : 2) + (described ? 0 : 1);
                links.computeIfAbsent(r.asResource().getURI(), k -> new HashMap<>())
                        .merge(pub.asResource().getURI(), rank, Math::min);
            });
            Map<String, Map<String, Set<RDFNode>>> pubs = new TreeMap<>();
            select(PUBLICATIONS, s -> {
                RDFNode pub = s.get("pub");
                if (pub.isURIResource()) put(pubs, pub.asResource().getURI(), s.get("p"), s.get("o"));
            });
            Map<String, Map<String, Set<RDFNode>>> descriptions = new HashMap<>();
            select(DESCRIPTIONS, s -> {
                RDFNode x = s.get("x");
                if (x.isURIResource()) put(descriptions, x.asResource().getURI(), s.get("p"), s.get("o"));
            });

            // the bibls
            Map<String, Source> sources = new TreeMap<>();
            for (Map.Entry<String, Map<String, Set<RDFNode>>> e : pubs.entrySet()) {
                sources.put(e.getKey(), source(e.getKey(), e.getValue()));
            }
            // records must reach a publication that is described; any other IRI (a stray link) is not a source
            List<Letter> letters = new ArrayList<>();
            boolean needOwn = sources.isEmpty();
            Source own = ownSource();
            for (Map.Entry<String, Map<String, Set<RDFNode>>> e : records.entrySet()) {
                String rec = e.getKey();
                Map<String, Set<RDFNode>> facts = e.getValue();
                Optional<Source> chosen = choose(links.getOrDefault(rec, Map.of()), sources);
                if (chosen.isEmpty()) needOwn = true;
                List<String> dates = dates(facts.getOrDefault(Vocab.date.getURI(), Set.of()));
                Optional<Interval> sortKey = dates.stream().map(Interval::of).flatMap(Optional::stream).min(Comparator.naturalOrder());
                boolean alternatives = facts.getOrDefault(Vocab.alternativeRecipients.getURI(), Set.of()).stream()
                        .anyMatch(n -> n.isLiteral() && "true".equals(n.asLiteral().getLexicalForm().strip()));
                letters.add(new Letter(rec,
                        named(iris(facts, Vocab.hasSender.getURI()), descriptions, false),
                        named(iris(facts, Vocab.sentFrom.getURI()), descriptions, true),
                        named(iris(facts, Vocab.hasRecipient.getURI()), descriptions, false),
                        alternatives, dates, chosen.orElse(own).id(), sortKey));
            }
            letters.sort(Comparator.comparing((Letter x) -> x.sortKey().isEmpty())
                    .thenComparing(x -> x.sortKey().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Letter::iri));
            List<Source> bibls = new ArrayList<>(sources.values());
            if (needOwn) bibls.add(own);
            return new Snapshot(bibls, letters);
        }

        /** The best ranked publication that has a bibl; online before print, then by IRI. */
        private static Optional<Source> choose(Map<String, Integer> ranks, Map<String, Source> sources) {
            return ranks.keySet().stream().filter(sources::containsKey)
                    .min(Comparator.comparing((String p) -> ranks.get(p))
                            .thenComparing(p -> !sources.get(p).online()).thenComparing(p -> p))
                    .map(sources::get);
        }

        private static Source source(String iri, Map<String, Set<RDFNode>> d) {
            List<String> title = preferred(d.getOrDefault("http://purl.org/dc/terms/title", Set.of()));
            List<String> edition = literalStrings(d.getOrDefault(Vocab.edition.getURI(), Set.of()));
            List<String> file = literalStrings(d.getOrDefault(Vocab.sourceFile.getURI(), Set.of()));
            String url = literalStrings(d.getOrDefault(Vocab.documentUrl.getURI(), Set.of())).stream()
                    .map(String::strip).filter(CmifWriter::usableUri).findFirst().orElse(null);
            List<String> parts = new ArrayList<>();
            if (!title.isEmpty()) parts.add(title.get(0));
            parts.addAll(edition);
            if (parts.isEmpty() && !file.isEmpty()) parts.add(file.get(0));
            if (parts.isEmpty()) parts.add(iri);
            StringBuilder text = new StringBuilder();
            for (String p : parts) {
                if (text.length() > 0) text.append(endsWithStop(text) ? " " : ". ");
                text.append(p);
            }
            return new Source(iri, xmlId(iri), url != null, text.toString(), url);
        }

        private static boolean endsWithStop(CharSequence s) {
            char c = s.charAt(s.length() - 1);
            return c == '.' || c == '!' || c == '?';
        }

        private static Source ownSource() {
            String iri = "https://w3id.org/archive-kg/ns";
            return new Source(iri, xmlId(iri), true,
                    "Archive KG, a knowledge graph of archival correspondence (records without a publication of their own)", null);
        }

        private static List<Named> named(List<String> iris, Map<String, Map<String, Set<RDFNode>>> descriptions, boolean place) {
            List<Named> out = new ArrayList<>();
            for (String iri : iris) {
                Map<String, Set<RDFNode>> d = descriptions.getOrDefault(iri, Map.of());
                List<String> labels = preferred(d.getOrDefault(SKOS.prefLabel.getURI(), Set.of()));
                if (labels.isEmpty()) labels = preferred(d.getOrDefault(RDFS.label.getURI(), Set.of()));
                String label = labels.isEmpty() ? localName(iri) : labels.get(0);
                Set<String> same = new TreeSet<>(iris(d, OWL.sameAs.getURI()));
                String ref = null;
                for (String s : same) {
                    Matcher m = WIKIDATA.matcher(s);
                    if (m.matches()) {
                        ref = WIKIDATA_ENTITY + m.group(1);
                        break;
                    }
                }
                if (ref == null && place) ref = same.stream().filter(s -> GEONAMES.matcher(s).matches()).findFirst().orElse(null);
                if (ref == null) ref = iri;
                Set<String> types = new TreeSet<>(iris(d, RDF.type.getURI()));
                boolean organisation = !place && !types.contains(Vocab.Person.getURI())
                        && (types.contains(Vocab.Office.getURI()) || types.contains(Vocab.Archive.getURI())
                            || types.contains(Vocab.Publisher.getURI()) || types.contains("http://schema.org/Organization")
                            || types.contains("https://schema.org/Organization"));
                out.add(new Named(iri, label, usableUri(ref) ? ref : null, organisation));
            }
            out.sort(Comparator.comparing(Named::label).thenComparing(Named::iri));
            return out;
        }

        /** Values valid as xsd:date, xsd:gYearMonth or xsd:gYear (typed so, or untyped and valid as one), sorted. */
        private static List<String> dates(Set<RDFNode> values) {
            Set<String> out = new TreeSet<>();
            for (RDFNode n : values) {
                if (!n.isLiteral()) continue;
                Literal l = n.asLiteral();
                String lex = l.getLexicalForm().strip();
                String dt = l.getDatatypeURI();
                boolean ok;
                if (XSDDatatype.XSDdate.getURI().equals(dt)) ok = XSDDatatype.XSDdate.isValid(lex);
                else if (XSDDatatype.XSDgYearMonth.getURI().equals(dt)) ok = XSDDatatype.XSDgYearMonth.isValid(lex);
                else if (XSDDatatype.XSDgYear.getURI().equals(dt)) ok = XSDDatatype.XSDgYear.isValid(lex);
                else if (XSDDatatype.XSDstring.getURI().equals(dt) || l.getLanguage().isEmpty() && dt == null) {
                    ok = XSDDatatype.XSDdate.isValid(lex) || XSDDatatype.XSDgYearMonth.isValid(lex) || XSDDatatype.XSDgYear.isValid(lex);
                } else ok = false;
                if (ok && Interval.of(lex).isPresent()) out.add(lex);
            }
            return List.copyOf(out);
        }
    }

    private static List<String> iris(Map<String, Set<RDFNode>> facts, String property) {
        return facts.getOrDefault(property, Set.of()).stream().filter(RDFNode::isURIResource)
                .map(n -> n.asResource().getURI()).distinct().sorted().toList();
    }

    private static List<String> literalStrings(Set<RDFNode> values) {
        return values.stream().filter(RDFNode::isLiteral).map(n -> clean(n.asLiteral().getLexicalForm()))
                .filter(s -> !s.isEmpty()).distinct().sorted().toList();
    }

    /** Literal values, English first, then untagged, then other languages; sorted within each. */
    private static List<String> preferred(Set<RDFNode> values) {
        return values.stream().filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .filter(l -> !clean(l.getLexicalForm()).isEmpty())
                .sorted(Comparator.comparingInt((Literal l) -> rank(l.getLanguage()))
                        .thenComparing(Literal::getLanguage).thenComparing(l -> clean(l.getLexicalForm())))
                .map(l -> clean(l.getLexicalForm())).distinct().toList();
    }

    private static int rank(String lang) {
        String l = lang.toLowerCase(Locale.ROOT);
        if (l.equals("en") || l.startsWith("en-")) return 0;
        return l.isEmpty() ? 1 : 2;
    }

    private static String localName(String iri) {
        String s = iri;
        while (s.endsWith("/") || s.endsWith("#")) s = s.substring(0, s.length() - 1);
        int i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        String name = i >= 0 ? s.substring(i + 1) : s;
        return name.isEmpty() ? iri : name;
    }

    /** An absolute URI without whitespace (the grammar's anyURI with pattern \S+). */
    private static boolean usableUri(String s) {
        if (s == null || s.isEmpty() || !s.chars().noneMatch(Character::isWhitespace)) return false;
        try {
            return new URI(s).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whitespace collapsed; characters XML 1.0 cannot carry removed. */
    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (allowed) b.appendCodePoint(c);
        }
        return b.toString().replaceAll("\\s+", " ").strip();
    }

    /** A version 5 UUID of the IRI, its first character made a letter (see the class comment). */
    static String xmlId(String iri) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(NAMESPACE_URL));
            byte[] h = sha1.digest(iri.getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) msb = (msb << 8) | (h[i] & 0xff);
            for (int i = 8; i < 16; i++) lsb = (lsb << 8) | (h[i] & 0xff);
            String uuid = new UUID(msb, lsb).toString();
            char first = uuid.charAt(0);
            return Character.isDigit(first) ? (char) ('a' + (first - '0') % 6) + uuid.substring(1) : uuid;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-1", e);
        }
    }

    private static byte[] toBytes(UUID u) {
        byte[] b = new byte[16];
        long msb = u.getMostSignificantBits();
        long lsb = u.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (msb >>> (8 * (7 - i)));
            b[8 + i] = (byte) (lsb >>> (8 * (7 - i)));
        }
        return b;
    }

    // ---------------------------------------------------------------------------------------------------------
    // writing

    private static final class Writer {
        private final Snapshot data;
        private final String publisher;
        private final String fileUrl;
        private final LocalDate published;
        private final OutputStream out;
        private XMLStreamWriter x;

        Writer(Snapshot data, String publisher, String fileUrl, LocalDate published, OutputStream out) {
            this.data = data;
            this.publisher = publisher;
            this.fileUrl = fileUrl;
            this.published = published;
            this.out = out;
        }

        void write() throws XMLStreamException {
            x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeProcessingInstruction("xml-model",
                    "href=\"" + CMIF_RNG + "\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"");
            x.writeCharacters("\n");
            x.setDefaultNamespace(TEI_NS);
            x.writeStartElement(TEI_NS, "TEI");
            x.writeDefaultNamespace(TEI_NS);
            open(1, "teiHeader");
            open(2, "fileDesc");

            open(3, "titleStmt");
            text(4, "title", TITLE);
            text(4, "editor", publisher);
            close(3);

            open(3, "publicationStmt");
            text(4, "publisher", publisher);
            indent(4);
            x.writeStartElement(TEI_NS, "idno");
            x.writeAttribute("type", "url");
            x.writeCharacters(fileUrl);
            x.writeEndElement();
            empty(4, "date", "when", published.toString());
            open(4, "availability");
            indent(5);
            x.writeStartElement(TEI_NS, "licence");
            x.writeAttribute("target", LICENCE);
            x.writeCharacters(LICENCE_TEXT);
            x.writeEndElement();
            close(4);
            close(3);

            open(3, "sourceDesc");
            for (Source s : data.sources()) bibl(s);
            close(3);
            close(2);

            open(2, "profileDesc");
            for (Letter l : data.letters()) correspDesc(l);
            close(2);
            close(1);

            open(1, "text");
            open(2, "body");
            indent(3);
            x.writeEmptyElement(TEI_NS, "p");
            close(2);
            close(1);
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        }

        private void bibl(Source s) throws XMLStreamException {
            indent(4);
            x.writeStartElement(TEI_NS, "bibl");
            x.writeAttribute("type", s.online() ? "online" : "print");
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "id", s.id());
            x.writeCharacters(s.text());
            if (s.url() != null) {
                x.writeCharacters(", ");
                x.writeStartElement(TEI_NS, "ref");
                x.writeAttribute("target", s.url());
                x.writeCharacters(s.url());
                x.writeEndElement();
            }
            x.writeEndElement();
        }

        private void correspDesc(Letter l) throws XMLStreamException {
            indent(3);
            x.writeStartElement(TEI_NS, "correspDesc");
            x.writeAttribute("ref", l.iri());
            x.writeAttribute("source", "#" + l.source());

            open(4, "correspAction", "type", "sent");
            for (Named p : l.senders()) name(5, p.organisation() ? "orgName" : "persName", p, false);
            for (Named p : l.places()) name(5, "placeName", p, false);
            date(5, l.dates());
            if (l.senders().isEmpty() && l.places().isEmpty() && l.dates().isEmpty()) text(5, "persName", UNKNOWN);
            close(4);

            open(4, "correspAction", "type", "received");
            for (Named p : l.recipients()) name(5, p.organisation() ? "orgName" : "persName", p, l.alternativeRecipients());
            if (l.recipients().isEmpty()) text(5, "persName", UNKNOWN);
            close(4);

            close(3);
        }

        private void name(int depth, String element, Named n, boolean uncertain) throws XMLStreamException {
            indent(depth);
            x.writeStartElement(TEI_NS, element);
            if (n.ref() != null) x.writeAttribute("ref", n.ref());
            if (uncertain) x.writeAttribute("cert", "low");
            x.writeCharacters(n.label());
            x.writeEndElement();
        }

        private void date(int depth, List<String> dates) throws XMLStreamException {
            if (dates.isEmpty()) return;
            indent(depth);
            x.writeEmptyElement(TEI_NS, "date");
            if (dates.size() == 1) {
                x.writeAttribute("when", dates.get(0));
                return;
            }
            List<Interval> spans = dates.stream().map(Interval::of).flatMap(Optional::stream).toList();
            LocalDate from = spans.stream().map(Interval::start).min(Comparator.naturalOrder()).orElseThrow();
            LocalDate to = spans.stream().map(Interval::end).max(Comparator.naturalOrder()).orElseThrow();
            x.writeAttribute("notBefore", from.toString());
            x.writeAttribute("notAfter", to.toString());
            x.writeAttribute("cert", "low");
        }

        private void indent(int depth) throws XMLStreamException {
            x.writeCharacters("\n" + "  ".repeat(depth));
        }

        private void open(int depth, String name, String... attributes) throws XMLStreamException {
            indent(depth);
            x.writeStartElement(TEI_NS, name);
            for (int i = 0; i + 1 < attributes.length; i += 2) x.writeAttribute(attributes[i], attributes[i + 1]);
        }

        private void close(int depth) throws XMLStreamException {
            indent(depth);
            x.writeEndElement();
        }

        private void text(int depth, String name, String text) throws XMLStreamException {
            indent(depth);
            x.writeStartElement(TEI_NS, name);
            x.writeCharacters(text);
            x.writeEndElement();
        }

        private void empty(int depth, String name, String attribute, String value) throws XMLStreamException {
            indent(depth);
            x.writeEmptyElement(TEI_NS, name);
            x.writeAttribute(attribute, value);
        }
    }
}
