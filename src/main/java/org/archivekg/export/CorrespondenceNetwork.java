package org.archivekg.export;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivekg.rdf.Vocab;

/**
 * The correspondence network of a dataset: who wrote which record to whom, through whom, and which record quotes,
 * answers or refers to which. The model that {@link GraphExport} writes as GEXF, GraphML, Cytoscape.js JSON and CSV.
 *
 * <h2>Nodes</h2>
 * <ul>
 *   <li>{@code person} — an {@code akg:Person} that sent, received, got a copy of or carried a record; label
 *       {@code skos:prefLabel} (English first); attribute {@code pseudonyms}: the names the person is known to have
 *       signed with (every {@code akg:NameForm} that is {@code akg:pseudonymOf} the person, directly or through
 *       {@code akg:formOf} an {@code akg:Pseudonym}, and the authority's {@code akg:pseudonym}s), in the order they
 *       were first used (date of the earliest record signed so), then alphabetically;</li>
 *   <li>{@code office} — an {@code akg:Office} a record was transmitted via ("Soviet ambassador in Beijing");</li>
 *   <li>{@code agent} — anything else in those positions (not typed Person or Office);</li>
 *   <li>{@code record} — every {@code akg:Record}, whether published or known only from inside another document
 *       ({@code embedded}); label: its English title (the first, sorted, when publications disagree), else
 *       "sender to recipient, date"; attributes {@code title}, {@code date}, {@code kind}, {@code signedAs}.</li>
 * </ul>
 * Node ids are short, stable and valid XML NMTOKENs (GraphML needs that): {@code type:local-name-of-the-IRI}, e.g.
 * {@code person:joseph-stalin}, {@code record:aprf-45-1-334-l99}, {@code office:soviet-ambassador-in-beijing}
 * (a suffix {@code -2}, {@code -3} only if two IRIs share a local name). The full IRI is the attribute {@code iri}.
 *
 * <h2>Edges (all directed)</h2>
 * <ul>
 *   <li>bipartite, one per fact: {@code sent} person → record ({@code akg:hasSender}), {@code received} record →
 *       person ({@code akg:hasRecipient}), {@code copy} record → person ({@code akg:copySentTo}), {@code via} record →
 *       person or office ({@code akg:transmittedVia}), {@code quotes}, {@code replies-to}, {@code refers-to}
 *       record → record; weight 1; time: the date of the record (of the quoting/replying record for record → record);</li>
 *   <li>aggregated: {@code wrote-to} person → person, one per (sender, recipient) pair over all records with that
 *       sender and recipient (copies and carriers are not counted); weight = the number of such records; times: one
 *       per record.</li>
 * </ul>
 * Several values of one attribute are sorted and joined with {@code " | "} (as in the catalogue); lists of names
 * ({@code pseudonyms}, {@code signedAs}) with {@code "; "}.
 *
 * <h2>Time</h2>
 * A record's date ({@code akg:date}: {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}) is the interval
 * of days it may have been written on: one day, or the whole month or year. {@link Edge#occurrences()} keep that
 * interval per record; how each format shows time is documented on {@link GraphExport}.
 *
 * <p>Everything is read with SPARQL ({@code GRAPH ?g} patterns), so the same code reads the server's TDB2 store and the
 * N-Quads that {@code extract} writes. Ordering is deterministic: the same data gives the same network.
 */
public final class CorrespondenceNetwork {

    /** What a node stands for. */
    public enum NodeType {
        PERSON("person"), OFFICE("office"), AGENT("agent"), RECORD("record");

        private final String label;

        NodeType(String label) {
            this.label = label;
        }

        /** The lower-case name used in every format ({@code type} attribute, id prefix). */
        public String label() {
            return label;
        }
    }

    /** The relation an edge stands for. */
    public enum EdgeKind {
        SENT("sent", "sent"),
        RECEIVED("received", "received"),
        COPY("copy", "copy sent to"),
        VIA("via", "via"),
        QUOTES("quotes", "quotes"),
        REPLIES_TO("replies-to", "replies to"),
        REFERS_TO("refers-to", "refers to"),
        WROTE_TO("wrote-to", "wrote to");

        private final String label;
        private final String text;

        EdgeKind(String label, String text) {
            this.label = label;
            this.text = text;
        }

        /** The token used in every format ({@code kind}, {@code relation}, edge id prefix). */
        public String label() {
            return label;
        }

        /** A phrase for edge labels ("replies to"). */
        public String text() {
            return text;
        }

        /** True for the edges between a person and a record, or two records (one fact each). */
        public boolean bipartite() {
            return this != WROTE_TO;
        }
    }

    /** A closed interval of days; {@code start == end} for a record dated to the day. */
    public record Interval(LocalDate start, LocalDate end) implements Comparable<Interval> {

        public Interval {
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
            if (end.isBefore(start)) throw new IllegalArgumentException(start + " > " + end);
        }

        /** The days an {@code xsd:date}, {@code xsd:gYearMonth}, {@code xsd:gYear} (or dateTime) value covers. */
        public static Optional<Interval> of(String lexical) {
            String s = lexical.strip();
            try {
                if (s.matches("-?\\d{4,}-\\d{2}-\\d{2}.*")) {
                    LocalDate d = LocalDate.parse(s.substring(0, s.indexOf('-', 1) + 6));
                    return Optional.of(new Interval(d, d));
                }
                if (s.matches("\\d{4}-\\d{2}(Z|[+-]\\d{2}:\\d{2})?")) {
                    YearMonth m = YearMonth.parse(s.substring(0, 7));
                    return Optional.of(new Interval(m.atDay(1), m.atEndOfMonth()));
                }
                if (s.matches("\\d{4}(Z|[+-]\\d{2}:\\d{2})?")) {
                    int y = Integer.parseInt(s.substring(0, 4));
                    return Optional.of(new Interval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }

        public boolean singleDay() {
            return start.equals(end);
        }

        @Override
        public int compareTo(Interval o) {
            int c = start.compareTo(o.start);
            return c != 0 ? c : end.compareTo(o.end);
        }

        @Override
        public String toString() {
            return singleDay() ? start.toString() : start + "/" + end;
        }
    }

    /**
     * A node. Values that do not apply to its type are empty (records have no pseudonyms, people no title).
     *
     * @param id         short stable id, an XML NMTOKEN ({@code person:joseph-stalin})
     * @param iri        the resource
     * @param label      display label (whitespace collapsed)
     * @param titles     records: the titles (English ones if any), sorted
     * @param dates      records: the {@code akg:date} values as written ({@code 1950-10-01}, {@code 1950-10}), sorted
     * @param kinds      records: the labels of {@code akg:kind}, sorted
     * @param signedAs   records: the names signed with, sorted
     * @param embedded   records: known only from inside another document
     * @param pseudonyms people: the names they signed with (see the class comment for the order)
     * @param unresolved people: not found in the authority
     * @param start      the first day the node takes part in the network (records: their date), if known
     */
    public record Node(String id, String iri, NodeType type, String label, List<String> titles, List<String> dates,
                       List<String> kinds, List<String> signedAs, boolean embedded, List<String> pseudonyms,
                       boolean unresolved, Optional<LocalDate> start) {
    }

    /** One record behind an edge, and the days it was written on (empty when the record has no date). */
    public record Occurrence(String record, Optional<Interval> when) {
    }

    /**
     * An edge; {@link #weight()} is the number of records behind it (1 for the bipartite kinds).
     *
     * @param occurrences the records behind the edge, by date (undated last), then IRI
     */
    public record Edge(String id, EdgeKind kind, String source, String target, List<Occurrence> occurrences) {

        public int weight() {
            return occurrences.size();
        }

        /** The dated intervals, sorted. */
        public List<Interval> intervals() {
            return occurrences.stream().map(Occurrence::when).flatMap(Optional::stream).sorted().toList();
        }

        /** First day of the earliest record. */
        public Optional<LocalDate> start() {
            return intervals().stream().map(Interval::start).min(Comparator.naturalOrder());
        }

        /** Last day of the latest record. */
        public Optional<LocalDate> end() {
            return intervals().stream().map(Interval::end).max(Comparator.naturalOrder());
        }

        /** The records' dates as days or intervals ({@code 1950-10-01}, {@code 1950-10-01/1950-10-31}), in order. */
        public List<String> dates() {
            return intervals().stream().map(Interval::toString).toList();
        }

        public List<String> records() {
            return occurrences.stream().map(Occurrence::record).toList();
        }

        public String label() {
            return kind == EdgeKind.WROTE_TO ? kind.text() + " (" + weight() + ")" : kind.text();
        }
    }

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Map<String, Node> byId;

    private CorrespondenceNetwork(List<Node> nodes, List<Edge> edges) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        Map<String, Node> m = new LinkedHashMap<>();
        for (Node n : nodes) m.put(n.id(), n);
        this.byId = m;
    }

    /** People, offices and other agents (by label), then records (by date, then IRI). */
    public List<Node> nodes() {
        return nodes;
    }

    /** By kind (in {@link EdgeKind} order), then source and target id. */
    public List<Edge> edges() {
        return edges;
    }

    public Optional<Node> node(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The first and last day of any dated record in the network. */
    public Optional<Interval> span() {
        List<Interval> all = edges.stream().flatMap(e -> e.intervals().stream()).toList();
        Optional<LocalDate> s = all.stream().map(Interval::start).min(Comparator.naturalOrder());
        Optional<LocalDate> e = all.stream().map(Interval::end).max(Comparator.naturalOrder());
        for (Node n : nodes) {
            if (n.start().isPresent() && (s.isEmpty() || n.start().get().isBefore(s.get()))) s = n.start();
        }
        if (s.isEmpty()) return Optional.empty();
        LocalDate end = e.orElse(s.get());
        return Optional.of(new Interval(s.get(), end.isBefore(s.get()) ? s.get() : end));
    }

    // ---------------------------------------------------------------------------------------------------------
    // reading

    private static final String PREFIXES = """
            PREFIX akg:     <https://w3id.org/archive-kg/ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            """;

    /** Every fact about a Record that the network uses, from any file's graph. */
    static final String RECORD_FACTS = PREFIXES + """
            SELECT DISTINCT ?record ?p ?o WHERE {
              { SELECT DISTINCT ?record WHERE { GRAPH ?t { ?record a akg:Record } } }
              VALUES ?p { dcterms:title akg:date akg:kind akg:signedAs akg:embedded akg:hasSender akg:hasRecipient
                          akg:copySentTo akg:transmittedVia akg:quotes akg:repliesTo akg:refersTo }
              GRAPH ?g { ?record ?p ?o }
            }
            """;

    /** Labels, types and flags of the agents, kinds and name forms that records point to (labels live in the reference graph). */
    static final String DESCRIPTIONS = PREFIXES + """
            SELECT DISTINCT ?x ?p ?o WHERE {
              { SELECT DISTINCT ?x WHERE {
                  { SELECT DISTINCT ?record WHERE { GRAPH ?t { ?record a akg:Record } } }
                  VALUES ?link { akg:hasSender akg:hasRecipient akg:copySentTo akg:transmittedVia akg:kind akg:signedAs }
                  GRAPH ?g { ?record ?link ?x } } }
              VALUES ?p { skos:prefLabel rdfs:label rdf:type akg:unresolved }
              GRAPH ?g2 { ?x ?p ?o }
            }
            """;

    /** Every name known to be a pseudonym of a person, with its label. */
    static final String PSEUDONYMS = PREFIXES + """
            SELECT DISTINCT ?person ?form ?name WHERE {
              { GRAPH ?g { ?form akg:pseudonymOf ?person } }
              UNION
              { GRAPH ?g { ?form akg:formOf ?ps } GRAPH ?g1 { ?ps akg:pseudonymOf ?person } }
              UNION
              { GRAPH ?g { ?person akg:pseudonym ?form } }
              GRAPH ?g2 { ?form rdfs:label ?name }
            }
            """;

    /** Reads the network from a dataset (in a read transaction, or inside the caller's). */
    public static CorrespondenceNetwork read(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> new Reader(dataset).build());
    }

    private static final class Reader {
        private final Dataset dataset;

        // record IRI → property local name → values
        private final Map<String, Map<String, Set<RDFNode>>> records = new TreeMap<>();
        // resource IRI → property → values
        private final Map<String, Map<String, Set<RDFNode>>> descriptions = new HashMap<>();

        Reader(Dataset dataset) {
            this.dataset = dataset;
        }

        private void select(String query, java.util.function.Consumer<QuerySolution> row) {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) row.accept(rs.next());
            }
        }

        CorrespondenceNetwork build() {
            select(RECORD_FACTS, s -> {
                RDFNode r = s.get("record");
                if (!r.isURIResource()) return;
                records.computeIfAbsent(r.asResource().getURI(), k -> new HashMap<>())
                        .computeIfAbsent(s.getResource("p").getURI(), k -> new HashSet<>()).add(s.get("o"));
            });
            select(DESCRIPTIONS, s -> {
                RDFNode x = s.get("x");
                if (!x.isURIResource()) return;
                descriptions.computeIfAbsent(x.asResource().getURI(), k -> new HashMap<>())
                        .computeIfAbsent(s.getResource("p").getURI(), k -> new HashSet<>()).add(s.get("o"));
            });

            // record dates, for time and for the order of pseudonyms
            Map<String, Optional<Interval>> recordWhen = new HashMap<>();
            for (String r : records.keySet()) {
                recordWhen.put(r, literals(records.get(r), Vocab.date.getURI()).stream()
                        .map(Literal::getLexicalForm).map(Interval::of).flatMap(Optional::stream)
                        .min(Comparator.naturalOrder()));
            }

            // the edges, keyed by kind, source IRI, target IRI
            Map<EdgeKey, Set<String>> edgeRecords = new HashMap<>();
            Set<String> agents = new HashSet<>();
            for (Map.Entry<String, Map<String, Set<RDFNode>>> e : records.entrySet()) {
                String rec = e.getKey();
                Map<String, Set<RDFNode>> facts = e.getValue();
                List<String> senders = iris(facts, Vocab.hasSender.getURI());
                List<String> recipients = iris(facts, Vocab.hasRecipient.getURI());
                for (String p : senders) add(edgeRecords, EdgeKind.SENT, p, rec, rec);
                for (String p : recipients) add(edgeRecords, EdgeKind.RECEIVED, rec, p, rec);
                for (String p : iris(facts, Vocab.copySentTo.getURI())) add(edgeRecords, EdgeKind.COPY, rec, p, rec);
                for (String p : iris(facts, Vocab.transmittedVia.getURI())) add(edgeRecords, EdgeKind.VIA, rec, p, rec);
                for (String p : senders) for (String q : recipients) add(edgeRecords, EdgeKind.WROTE_TO, p, q, rec);
                agents.addAll(senders);
                agents.addAll(recipients);
                agents.addAll(iris(facts, Vocab.copySentTo.getURI()));
                agents.addAll(iris(facts, Vocab.transmittedVia.getURI()));
                for (var k : List.of(Map.entry(Vocab.quotes, EdgeKind.QUOTES), Map.entry(Vocab.repliesTo, EdgeKind.REPLIES_TO),
                        Map.entry(Vocab.refersTo, EdgeKind.REFERS_TO))) {
                    for (String other : iris(facts, k.getKey().getURI())) {
                        if (records.containsKey(other)) add(edgeRecords, k.getValue(), rec, other, rec);
                    }
                }
            }
            agents.removeAll(records.keySet());

            // first day each agent takes part
            Map<String, LocalDate> agentStart = new HashMap<>();
            for (Map.Entry<EdgeKey, Set<String>> e : edgeRecords.entrySet()) {
                for (String rec : e.getValue()) {
                    Optional<Interval> when = recordWhen.get(rec);
                    if (when.isEmpty()) continue;
                    for (String end : List.of(e.getKey().source(), e.getKey().target())) {
                        if (agents.contains(end)) agentStart.merge(end, when.get().start(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            }

            Map<String, List<String>> pseudonyms = pseudonyms(recordWhen);

            // nodes: agents by type and label, records by date and IRI
            List<Node> agentNodes = new ArrayList<>();
            for (String a : agents) {
                Map<String, Set<RDFNode>> d = descriptions.getOrDefault(a, Map.of());
                Set<String> types = iris(d, RDF.type.getURI()).stream().collect(Collectors.toSet());
                NodeType type = types.contains(Vocab.Person.getURI()) ? NodeType.PERSON
                        : types.contains(Vocab.Office.getURI()) ? NodeType.OFFICE : NodeType.AGENT;
                boolean unresolved = literals(d, Vocab.unresolved.getURI()).stream().anyMatch(l -> "true".equals(l.getLexicalForm()));
                agentNodes.add(new Node(null, a, type, label(a), List.of(), List.of(), List.of(), List.of(), false,
                        type == NodeType.PERSON ? pseudonyms.getOrDefault(a, List.of()) : List.of(), unresolved,
                        Optional.ofNullable(agentStart.get(a))));
            }
            agentNodes.sort(Comparator.comparing((Node n) -> n.type().ordinal())
                    .thenComparing(n -> n.label().toLowerCase(Locale.ROOT)).thenComparing(Node::iri));

            List<Node> recordNodes = new ArrayList<>();
            for (Map.Entry<String, Map<String, Set<RDFNode>>> e : records.entrySet()) {
                String rec = e.getKey();
                Map<String, Set<RDFNode>> f = e.getValue();
                List<String> titles = titles(f);
                List<String> dates = sorted(literals(f, Vocab.date.getURI()).stream().map(Literal::getLexicalForm));
                List<String> kinds = sorted(iris(f, Vocab.kind.getURI()).stream().map(this::label));
                List<String> signed = sorted(iris(f, Vocab.signedAs.getURI()).stream().map(this::label));
                boolean embedded = literals(f, Vocab.embedded.getURI()).stream().anyMatch(l -> "true".equals(l.getLexicalForm()));
                String label = titles.isEmpty() ? syntheticLabel(f, kinds, dates) : titles.get(0);
                recordNodes.add(new Node(null, rec, NodeType.RECORD, normalize(label), titles, dates, kinds, signed, embedded,
                        List.of(), false, recordWhen.get(rec).map(Interval::start)));
            }
            recordNodes.sort(Comparator.comparing((Node n) -> n.start().orElse(LocalDate.MAX)).thenComparing(Node::iri));

            // ids, assigned in the node order so that they are stable
            List<Node> all = new ArrayList<>(agentNodes);
            all.addAll(recordNodes);
            Map<String, String> ids = new HashMap<>();
            Set<String> taken = new HashSet<>();
            List<Node> withIds = new ArrayList<>();
            for (Node n : all) {
                String base = n.type().label() + ":" + nmtoken(localName(n.iri()));
                String id = base;
                for (int i = 2; !taken.add(id); i++) id = base + "-" + i;
                ids.put(n.iri(), id);
                withIds.add(new Node(id, n.iri(), n.type(), n.label(), n.titles(), n.dates(), n.kinds(), n.signedAs(),
                        n.embedded(), n.pseudonyms(), n.unresolved(), n.start()));
            }

            Comparator<Occurrence> byDate = Comparator
                    .comparing((Occurrence o) -> o.when().map(Interval::start).orElse(LocalDate.MAX))
                    .thenComparing(Occurrence::record);
            List<Edge> edges = new ArrayList<>();
            for (Map.Entry<EdgeKey, Set<String>> e : edgeRecords.entrySet()) {
                List<Occurrence> occ = e.getValue().stream().map(r -> new Occurrence(r, recordWhen.get(r))).sorted(byDate).toList();
                edges.add(new Edge(null, e.getKey().kind(), ids.get(e.getKey().source()), ids.get(e.getKey().target()), occ));
            }
            edges.sort(Comparator.comparing((Edge x) -> x.kind().ordinal()).thenComparing(Edge::source).thenComparing(Edge::target));
            Map<EdgeKind, Integer> counters = new HashMap<>();
            List<Edge> numbered = new ArrayList<>();
            for (Edge x : edges) {
                int n = counters.merge(x.kind(), 1, Integer::sum);
                numbered.add(new Edge(x.kind().label() + "-" + n, x.kind(), x.source(), x.target(), x.occurrences()));
            }
            return new CorrespondenceNetwork(withIds, numbered);
        }

        private static void add(Map<EdgeKey, Set<String>> edges, EdgeKind kind, String source, String target, String record) {
            edges.computeIfAbsent(new EdgeKey(kind, source, target), k -> new TreeSet<>()).add(record);
        }

        /** Pseudonyms per person, ordered by first use, then name. */
        private Map<String, List<String>> pseudonyms(Map<String, Optional<Interval>> recordWhen) {
            // the first day each name form was signed with
            Map<String, LocalDate> formFirstUse = new HashMap<>();
            for (Map.Entry<String, Map<String, Set<RDFNode>>> e : records.entrySet()) {
                Optional<Interval> when = recordWhen.get(e.getKey());
                if (when.isEmpty()) continue;
                for (String form : iris(e.getValue(), Vocab.signedAs.getURI())) {
                    formFirstUse.merge(form, when.get().start(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            // person → name → first use
            Map<String, Map<String, LocalDate>> names = new HashMap<>();
            select(PSEUDONYMS, s -> {
                if (!s.get("person").isURIResource() || !s.get("form").isURIResource() || !s.get("name").isLiteral()) return;
                String person = s.getResource("person").getURI();
                String name = normalize(s.getLiteral("name").getLexicalForm());
                if (name.isEmpty()) return;
                LocalDate first = formFirstUse.getOrDefault(s.getResource("form").getURI(), LocalDate.MAX);
                names.computeIfAbsent(person, k -> new HashMap<>()).merge(name, first, (a, b) -> a.isBefore(b) ? a : b);
            });
            Map<String, List<String>> result = new HashMap<>();
            names.forEach((person, m) -> result.put(person, m.entrySet().stream()
                    .sorted(Map.Entry.<String, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList()));
            return result;
        }

        /** English titles if there are any, else all; sorted, whitespace collapsed. */
        private static List<String> titles(Map<String, Set<RDFNode>> facts) {
            List<Literal> all = literals(facts, "http://purl.org/dc/terms/title");
            List<Literal> en = all.stream().filter(l -> l.getLanguage().toLowerCase(Locale.ROOT).startsWith("en")).toList();
            return sorted((en.isEmpty() ? all : en).stream().map(l -> normalize(l.getLexicalForm())).filter(s -> !s.isEmpty()));
        }

        /** "Letter, Mao Zedong to Joseph Stalin, 1950-10-07" for a record without a title (the kind when known). */
        private String syntheticLabel(Map<String, Set<RDFNode>> facts, List<String> kinds, List<String> dates) {
            String from = String.join(", ", sorted(iris(facts, Vocab.hasSender.getURI()).stream().map(this::label)));
            String to = String.join(", ", sorted(iris(facts, Vocab.hasRecipient.getURI()).stream().map(this::label)));
            StringBuilder b = new StringBuilder();
            if (!kinds.isEmpty()) {
                String k = String.join(" / ", kinds);
                b.append(Character.toUpperCase(k.charAt(0))).append(k.substring(1)).append(", ");
            }
            b.append(from.isEmpty() ? "unknown sender" : from).append(" to ").append(to.isEmpty() ? "unknown recipient" : to);
            if (!dates.isEmpty()) b.append(", ").append(dates.get(0));
            return b.toString();
        }

        /** skos:prefLabel, then rdfs:label (English first, then untagged, then any), else the IRI's local name. */
        String label(String iri) {
            Map<String, Set<RDFNode>> d = descriptions.getOrDefault(iri, Map.of());
            for (String p : List.of(SKOS.prefLabel.getURI(), RDFS.label.getURI())) {
                List<Literal> ls = literals(d, p);
                if (ls.isEmpty()) continue;
                Function<Literal, Integer> rank = l -> l.getLanguage().toLowerCase(Locale.ROOT).startsWith("en") ? 0
                        : l.getLanguage().isEmpty() ? 1 : 2;
                return ls.stream().sorted(Comparator.comparing(rank).thenComparing(Literal::getLexicalForm))
                        .map(l -> normalize(l.getLexicalForm())).filter(s -> !s.isEmpty()).findFirst().orElse(localName(iri));
            }
            return localName(iri);
        }

        private static List<String> iris(Map<String, Set<RDFNode>> facts, String property) {
            return facts.getOrDefault(property, Set.of()).stream().filter(RDFNode::isURIResource)
                    .map(n -> n.asResource().getURI()).sorted().toList();
        }

        private static List<Literal> literals(Map<String, Set<RDFNode>> facts, String property) {
            return facts.getOrDefault(property, Set.of()).stream().filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                    .sorted(Comparator.comparing(Literal::getLexicalForm).thenComparing(Literal::getLanguage)).toList();
        }

        private static List<String> sorted(java.util.stream.Stream<String> values) {
            return values.distinct().sorted().toList();
        }
    }

    private record EdgeKey(EdgeKind kind, String source, String target) {
    }

    /** Collapses runs of whitespace (labels are xsd:token in GEXF). */
    static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The part of an IRI after its last '/' or '#'. */
    static String localName(String iri) {
        String s = iri.endsWith("/") || iri.endsWith("#") ? iri.substring(0, iri.length() - 1) : iri;
        int i = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        String local = i >= 0 ? s.substring(i + 1) : s;
        return local.isEmpty() ? "node" : local;
    }

    /**
     * ASCII letters, digits and {@code . - _} stay; anything else becomes '_', so that the id is an XML NMTOKEN
     * (GraphML) and a plain Cytoscape.js selector token on every tool.
     */
    static String nmtoken(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.chars().forEach(c -> b.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '-' || c == '_' ? (char) c : '_'));
        return b.length() == 0 ? "_" : b.toString();
    }
}
