package org.archivekg.export;

import static org.archivekg.export.GraphExportFixtures.AMBASSADOR;
import static org.archivekg.export.GraphExportFixtures.GEXF_RNG;
import static org.archivekg.export.GraphExportFixtures.GEXF_XSD;
import static org.archivekg.export.GraphExportFixtures.GRAPHML_XSD;
import static org.archivekg.export.GraphExportFixtures.KIM;
import static org.archivekg.export.GraphExportFixtures.LETTER_5_OCT;
import static org.archivekg.export.GraphExportFixtures.LETTER_8_OCT;
import static org.archivekg.export.GraphExportFixtures.MAO;
import static org.archivekg.export.GraphExportFixtures.MAO_2_OCT;
import static org.archivekg.export.GraphExportFixtures.MAO_7_OCT;
import static org.archivekg.export.GraphExportFixtures.ROSHCHIN;
import static org.archivekg.export.GraphExportFixtures.ROSHCHIN_3_OCT;
import static org.archivekg.export.GraphExportFixtures.SHTYKOV;
import static org.archivekg.export.GraphExportFixtures.STALIN;
import static org.archivekg.export.GraphExportFixtures.TELEGRAM_1_OCT;
import static org.archivekg.export.GraphExportFixtures.ZHOU;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.archivekg.export.CorrespondenceNetwork.Edge;
import org.archivekg.export.CorrespondenceNetwork.EdgeKind;
import org.archivekg.export.CorrespondenceNetwork.Interval;
import org.archivekg.export.CorrespondenceNetwork.Node;
import org.archivekg.export.CorrespondenceNetwork.NodeType;
import org.archivekg.export.GraphExport.CsvPart;
import org.archivekg.export.GraphExport.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The correspondence network of the five seeds and its four formats: the expected people, records and edges; GEXF
 * valid against the GEXF 1.3 RELAX NG grammar (Jing) and XSD, with dynamic dates; GraphML valid against the GraphML
 * XSD; Cytoscape.js JSON and CSV parsed back. Schemas are read from {@code ../shared/schemas}.
 */
class GraphExportTest {

    private static final String GEXF_NS = "http://gexf.net/1.3";
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

    private static Dataset dataset;
    private static CorrespondenceNetwork net;
    private static Map<String, String> idOf;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void read() {
        dataset = GraphExportFixtures.seeds();
        net = CorrespondenceNetwork.read(dataset);
        idOf = new HashMap<>();
        for (Node n : net.nodes()) idOf.put(n.iri(), n.id());
    }

    private static Node node(String iri) {
        String id = idOf.get(iri);
        assertTrue(id != null, () -> "no node for " + iri + "; nodes: " + idOf.keySet());
        return net.node(id).orElseThrow();
    }

    private static Optional<Edge> edge(EdgeKind kind, String sourceIri, String targetIri) {
        String s = idOf.get(sourceIri);
        String t = idOf.get(targetIri);
        return net.edges().stream().filter(e -> e.kind() == kind && e.source().equals(s) && e.target().equals(t)).findFirst();
    }

    private static Edge requireEdge(EdgeKind kind, String sourceIri, String targetIri) {
        return edge(kind, sourceIri, targetIri).orElseThrow(() -> new AssertionError("no " + kind.label() + " edge "
                + sourceIri + " → " + targetIri + "; edges: " + net.edges().stream().map(e -> e.kind().label() + " " + e.source()
                + " → " + e.target()).collect(Collectors.joining("\n  ", "\n  ", ""))));
    }

    // ---- the network

    @Test
    void peopleOfTheSeedsAreNodes() {
        Set<String> people = net.nodes().stream().filter(n -> n.type() == NodeType.PERSON).map(Node::label)
                .collect(Collectors.toCollection(TreeSet::new));
        for (String who : List.of("Joseph Stalin", "Mao Zedong", "Kim Il Sung", "Zhou Enlai", "Nikolai Roshchin")) {
            assertTrue(people.contains(who), () -> who + " is not a person node: " + people);
        }
        assertEquals("person:joseph-stalin", node(STALIN).id());
        assertEquals(NodeType.OFFICE, node(AMBASSADOR).type());
        assertEquals("Soviet ambassador in Beijing", node(AMBASSADOR).label());
        assertEquals(NodeType.PERSON, node(SHTYKOV).type());
    }

    @Test
    void stalinCarriesHisPseudonymsInOrderOfFirstUse() {
        assertEquals(List.of("Filippov", "Feng Xi", "Fyn Si"), node(STALIN).pseudonyms());
        assertEquals(List.of(), node(MAO).pseudonyms());
        assertEquals(List.of(), node(ROSHCHIN).pseudonyms(), "Roshchin signed with his own name, not a pseudonym");
    }

    @Test
    void oneRecordNodePerRecordFourPublishedTwoEmbedded() {
        List<Node> records = net.nodes().stream().filter(n -> n.type() == NodeType.RECORD).toList();
        assertEquals(Set.of(TELEGRAM_1_OCT, MAO_2_OCT, ROSHCHIN_3_OCT, LETTER_5_OCT, MAO_7_OCT, LETTER_8_OCT),
                records.stream().map(Node::iri).collect(Collectors.toSet()));
        assertEquals(Set.of(MAO_2_OCT, MAO_7_OCT), records.stream().filter(Node::embedded).map(Node::iri).collect(Collectors.toSet()));
        // records by date
        assertEquals(List.of(TELEGRAM_1_OCT, MAO_2_OCT, ROSHCHIN_3_OCT, LETTER_5_OCT, MAO_7_OCT, LETTER_8_OCT),
                records.stream().map(Node::iri).toList());

        Node telegram = node(TELEGRAM_1_OCT);
        assertEquals("Telegram to the USSR Ambassador in the PRC", telegram.label());
        assertEquals(List.of("1950-10-01"), telegram.dates());
        assertEquals(List.of("telegram"), telegram.kinds());
        assertEquals(List.of("Filippov"), telegram.signedAs());
        assertEquals(Optional.of(LocalDate.of(1950, 10, 1)), telegram.start());
        // two publications of one record: both titles, both kinds, both signatures
        Node letter = node(LETTER_8_OCT);
        assertEquals(List.of("letter", "telegram"), letter.kinds());
        assertEquals(List.of("Feng Xi", "Fyn Si"), letter.signedAs());
        assertEquals(2, letter.titles().size(), letter.titles()::toString);
        // an embedded record without a title gets a descriptive label
        assertEquals("Mao Zedong to Joseph Stalin, 1950-10-02", node(MAO_2_OCT).label());
    }

    @Test
    void bipartiteEdgesOfTheFirstOctoberTelegram() {
        Edge sent = requireEdge(EdgeKind.SENT, STALIN, TELEGRAM_1_OCT);
        assertEquals(1, sent.weight());
        assertEquals(List.of(new Interval(LocalDate.of(1950, 10, 1), LocalDate.of(1950, 10, 1))), sent.intervals());
        requireEdge(EdgeKind.RECEIVED, TELEGRAM_1_OCT, MAO);
        requireEdge(EdgeKind.RECEIVED, TELEGRAM_1_OCT, ZHOU);
        requireEdge(EdgeKind.VIA, TELEGRAM_1_OCT, AMBASSADOR);
        assertFalse(edge(EdgeKind.SENT, MAO, TELEGRAM_1_OCT).isPresent());
    }

    @Test
    void viaEdgesToShtykovAndTheAmbassador() {
        requireEdge(EdgeKind.VIA, LETTER_8_OCT, SHTYKOV);
        requireEdge(EdgeKind.VIA, LETTER_5_OCT, AMBASSADOR);
        requireEdge(EdgeKind.RECEIVED, LETTER_8_OCT, KIM);
        requireEdge(EdgeKind.SENT, ROSHCHIN, ROSHCHIN_3_OCT);
        requireEdge(EdgeKind.RECEIVED, ROSHCHIN_3_OCT, STALIN);
    }

    @Test
    void quotesAndRepliesBetweenRecords() {
        // the 8 October letter (seed 001) quotes the 5 October letter (seed 000)
        Edge quotes = requireEdge(EdgeKind.QUOTES, LETTER_8_OCT, LETTER_5_OCT);
        assertEquals(Optional.of(LocalDate.of(1950, 10, 8)), quotes.start(), "a record-to-record edge is dated by its source");
        requireEdge(EdgeKind.QUOTES, TELEGRAM_1_OCT, MAO_2_OCT);
        requireEdge(EdgeKind.REPLIES_TO, MAO_2_OCT, TELEGRAM_1_OCT);
        requireEdge(EdgeKind.REPLIES_TO, LETTER_5_OCT, MAO_2_OCT);
        requireEdge(EdgeKind.REPLIES_TO, MAO_7_OCT, LETTER_5_OCT);
        requireEdge(EdgeKind.REFERS_TO, LETTER_8_OCT, MAO_7_OCT);
    }

    @Test
    void wroteToEdgesAggregateLettersWithWeights() {
        Edge stalinToMao = requireEdge(EdgeKind.WROTE_TO, STALIN, MAO);
        assertEquals(2, stalinToMao.weight());
        assertEquals(List.of(TELEGRAM_1_OCT, LETTER_5_OCT), stalinToMao.records());
        assertEquals(List.of("1950-10-01", "1950-10-05"), stalinToMao.dates());
        assertEquals(2, requireEdge(EdgeKind.WROTE_TO, MAO, STALIN).weight());
        assertEquals(1, requireEdge(EdgeKind.WROTE_TO, STALIN, ZHOU).weight());
        assertEquals(1, requireEdge(EdgeKind.WROTE_TO, STALIN, KIM).weight());
        assertEquals(1, requireEdge(EdgeKind.WROTE_TO, ROSHCHIN, STALIN).weight());
        // copies and carriers are not letters written to someone
        assertFalse(edge(EdgeKind.WROTE_TO, ROSHCHIN, person("vyacheslav-molotov")).isPresent());
        assertFalse(edge(EdgeKind.WROTE_TO, STALIN, SHTYKOV).isPresent());
    }

    private static String person(String key) {
        return GraphExportFixtures.BASE + "person/" + key;
    }

    @Test
    void everyEdgeEndsAtANodeAndIdsAreUnique() {
        Set<String> nodeIds = net.nodes().stream().map(Node::id).collect(Collectors.toSet());
        assertEquals(net.nodes().size(), nodeIds.size());
        assertEquals(net.edges().size(), net.edges().stream().map(Edge::id).distinct().count());
        for (Edge e : net.edges()) {
            assertTrue(nodeIds.contains(e.source()) && nodeIds.contains(e.target()), e::toString);
            assertTrue(e.start().isPresent(), () -> "every seed record is dated: " + e);
        }
        for (String id : nodeIds) assertTrue(id.matches("[a-z]+:[A-Za-z0-9._-]+"), id);
    }

    // ---- GEXF

    @Test
    void gexfIsValidAgainstTheRelaxNgGrammar() {
        List<String> errors = GraphExportFixtures.validateRng(GEXF_RNG, GraphExportFixtures.bytes(net, Format.GEXF));
        assertEquals(List.of(), errors, "GEXF against " + GEXF_RNG);
    }

    @Test
    void gexfIsValidAgainstTheXsd() {
        List<String> errors = GraphExportFixtures.validateXsd(GEXF_XSD, GraphExportFixtures.bytes(net, Format.GEXF));
        assertEquals(List.of(), errors, "GEXF against " + GEXF_XSD);
    }

    @Test
    void gexfIsDynamicWithDatesOnEdges() {
        Document doc = GraphExportFixtures.parse(GraphExportFixtures.bytes(net, Format.GEXF));
        Element graph = (Element) doc.getElementsByTagNameNS(GEXF_NS, "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("date", graph.getAttribute("timeformat"));
        assertEquals("1950-10-01", graph.getAttribute("start"));
        assertEquals("1950-10-08", graph.getAttribute("end"));

        Map<String, Element> edges = byId(doc.getElementsByTagNameNS(GEXF_NS, "edge"));
        assertEquals(net.edges().size(), edges.size());
        for (Element e : edges.values()) {
            assertFalse(e.getAttribute("start").isEmpty(), () -> "edge without a date: " + e.getAttribute("id"));
            assertTrue(e.getAttribute("start").matches("\\d{4}-\\d{2}-\\d{2}"), e.getAttribute("start"));
            boolean wroteTo = e.getAttribute("kind").equals("wrote-to");
            assertEquals(wroteTo, e.getAttribute("end").isEmpty(), () -> "only wrote-to edges are open-ended: " + e.getAttribute("id"));
        }
        Element sent = gexfEdge(edges, "sent", STALIN, TELEGRAM_1_OCT);
        assertEquals("1950-10-01", sent.getAttribute("start"));
        assertEquals("1950-10-01", sent.getAttribute("end"));
        assertEquals("1.0", sent.getAttribute("weight"));

        Element quotes = gexfEdge(edges, "quotes", LETTER_8_OCT, LETTER_5_OCT);
        assertEquals("1950-10-08", quotes.getAttribute("start"));

        // the aggregated edge: static weight = all letters, dynamic weight = letters so far
        Element wrote = gexfEdge(edges, "wrote-to", STALIN, MAO);
        assertEquals("2.0", wrote.getAttribute("weight"));
        assertEquals("1950-10-01", wrote.getAttribute("start"));
        List<String> steps = new ArrayList<>();
        NodeList values = wrote.getElementsByTagNameNS(GEXF_NS, "attvalue");
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            if (v.getAttribute("for").equals("weight")) {
                steps.add(v.getAttribute("value") + "@" + v.getAttribute("start") + ".." + v.getAttribute("end"));
            }
        }
        assertEquals(List.of("1.0@1950-10-01..1950-10-04", "2.0@1950-10-05.."), steps);

        // nodes appear from their first record on
        Map<String, Element> nodes = byId(doc.getElementsByTagNameNS(GEXF_NS, "node"));
        assertEquals("1950-10-01", nodes.get(idOf.get(STALIN)).getAttribute("start"));
        assertEquals("1950-10-08", nodes.get(idOf.get(KIM)).getAttribute("start"));
        assertEquals("1950-10-05", nodes.get(idOf.get(LETTER_5_OCT)).getAttribute("start"));
        assertEquals("Joseph Stalin", nodes.get(idOf.get(STALIN)).getAttribute("label"));
        assertEquals("Filippov; Feng Xi; Fyn Si", attvalue(nodes.get(idOf.get(STALIN)), "pseudonyms"));
        assertEquals("telegram", attvalue(nodes.get(idOf.get(TELEGRAM_1_OCT)), "kind"));
    }

    private static Element gexfEdge(Map<String, Element> edges, String kind, String source, String target) {
        return edges.values().stream()
                .filter(e -> e.getAttribute("kind").equals(kind) && e.getAttribute("source").equals(idOf.get(source))
                        && e.getAttribute("target").equals(idOf.get(target)))
                .findFirst().orElseThrow(() -> new AssertionError("no GEXF " + kind + " edge " + source + " → " + target));
    }

    private static String attvalue(Element owner, String forId) {
        NodeList values = owner.getElementsByTagNameNS(GEXF_NS, "attvalue");
        for (int i = 0; i < values.getLength(); i++) {
            Element v = (Element) values.item(i);
            if (v.getAttribute("for").equals(forId)) return v.getAttribute("value");
        }
        return null;
    }

    private static Map<String, Element> byId(NodeList list) {
        Map<String, Element> m = new HashMap<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            m.put(e.getAttribute("id"), e);
        }
        return m;
    }

    // ---- GraphML

    @Test
    void graphMlIsValidAgainstTheXsd() {
        List<String> errors = GraphExportFixtures.validateXsd(GRAPHML_XSD, GraphExportFixtures.bytes(net, Format.GRAPHML));
        assertEquals(List.of(), errors, "GraphML against " + GRAPHML_XSD);
    }

    @Test
    void graphMlHasTheNodesEdgesAndAttributes() {
        Document doc = GraphExportFixtures.parse(GraphExportFixtures.bytes(net, Format.GRAPHML));
        Map<String, String> keyByName = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS(GRAPHML_NS, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            keyByName.put(k.getAttribute("for") + "." + k.getAttribute("attr.name"), k.getAttribute("id"));
        }
        for (String k : List.of("node.label", "node.type", "node.pseudonyms", "node.iri", "edge.label", "edge.weight", "edge.relation",
                "all.start", "edge.end")) {
            assertTrue(keyByName.containsKey(k), () -> "no GraphML key " + k + ": " + keyByName.keySet());
        }
        Map<String, Element> nodes = byId(doc.getElementsByTagNameNS(GRAPHML_NS, "node"));
        Map<String, Element> edges = byId(doc.getElementsByTagNameNS(GRAPHML_NS, "edge"));
        assertEquals(net.nodes().size(), nodes.size());
        assertEquals(net.edges().size(), edges.size());
        Element stalin = nodes.get(idOf.get(STALIN));
        assertEquals("Joseph Stalin", data(stalin, keyByName.get("node.label")));
        assertEquals("Filippov; Feng Xi; Fyn Si", data(stalin, keyByName.get("node.pseudonyms")));
        Edge wrote = requireEdge(EdgeKind.WROTE_TO, STALIN, MAO);
        Element e = edges.get(wrote.id());
        assertEquals(idOf.get(STALIN), e.getAttribute("source"));
        assertEquals(idOf.get(MAO), e.getAttribute("target"));
        assertEquals("2.0", data(e, keyByName.get("edge.weight")));
        assertEquals("wrote-to", data(e, keyByName.get("edge.relation")));
        assertEquals("1950-10-01", data(e, keyByName.get("all.start")));
        assertEquals("1950-10-05", data(e, keyByName.get("edge.end")));
    }

    @Test
    void graphMlDoesNotDependOnTheTransformerFactoryOnTheClassPath() throws IOException {
        // a class path that names another TransformerFactory (as Saxon's jar does) must not change or break GraphML
        Path services = tmp.resolve("tf/META-INF/services");
        java.nio.file.Files.createDirectories(services);
        java.nio.file.Files.writeString(services.resolve("javax.xml.transform.TransformerFactory"), "org.example.NoSuchTransformerFactory\n");
        byte[] expected = GraphExportFixtures.bytes(net, Format.GRAPHML);
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {tmp.resolve("tf").toUri().toURL()}, saved)) {
            thread.setContextClassLoader(loader);
            assertArrayEquals(expected, GraphExportFixtures.bytes(net, Format.GRAPHML));
            assertTrue(thread.getContextClassLoader() == loader, "the caller's context class loader is restored");
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    private static String data(Element owner, String key) {
        NodeList ds = owner.getElementsByTagNameNS(GRAPHML_NS, "data");
        for (int i = 0; i < ds.getLength(); i++) {
            Element d = (Element) ds.item(i);
            if (d.getAttribute("key").equals(key)) return d.getTextContent();
        }
        return null;
    }

    // ---- Cytoscape.js JSON

    @Test
    void cytoscapeJsonHasTheExpectedElements() {
        JsonObject root = JSON.parse(new String(GraphExportFixtures.bytes(net, Format.CYJS), StandardCharsets.UTF_8));
        JsonObject elements = root.get("elements").getAsObject();
        JsonArray nodes = elements.get("nodes").getAsArray();
        JsonArray edges = elements.get("edges").getAsArray();
        assertEquals(net.nodes().size(), nodes.size());
        assertEquals(net.edges().size(), edges.size());

        Map<String, JsonObject> nodeData = new HashMap<>();
        for (JsonValue n : nodes) {
            JsonObject d = n.getAsObject().get("data").getAsObject();
            nodeData.put(d.get("id").getAsString().value(), d);
        }
        Set<String> labels = nodeData.values().stream().filter(d -> d.get("type").getAsString().value().equals("person"))
                .map(d -> d.get("label").getAsString().value()).collect(Collectors.toSet());
        assertTrue(labels.containsAll(Set.of("Joseph Stalin", "Mao Zedong", "Kim Il Sung", "Zhou Enlai", "Nikolai Roshchin")),
                labels::toString);
        assertEquals(6, nodeData.values().stream().filter(d -> d.get("type").getAsString().value().equals("record")).count());
        JsonObject stalin = nodeData.get(idOf.get(STALIN));
        assertEquals(List.of("Filippov", "Feng Xi", "Fyn Si"),
                stalin.get("pseudonyms").getAsArray().stream().map(v -> v.getAsString().value()).toList());
        assertEquals(STALIN, stalin.get("iri").getAsString().value());

        Set<String> triples = new TreeSet<>();
        for (JsonValue e : edges) {
            JsonObject d = e.getAsObject().get("data").getAsObject();
            String source = d.get("source").getAsString().value();
            String target = d.get("target").getAsString().value();
            assertTrue(nodeData.containsKey(source) && nodeData.containsKey(target), d::toString);
            triples.add(source + " " + d.get("kind").getAsString().value() + " " + target);
            if (d.get("kind").getAsString().value().equals("wrote-to") && source.equals(idOf.get(STALIN)) && target.equals(idOf.get(MAO))) {
                assertEquals(2, d.get("weight").getAsNumber().value().intValue());
                assertEquals("1950-10-01", d.get("start").getAsString().value());
            }
            assertEquals(d.get("kind").getAsString().value(), e.getAsObject().get("classes").getAsString().value());
        }
        for (String t : List.of(
                idOf.get(STALIN) + " sent " + idOf.get(TELEGRAM_1_OCT),
                idOf.get(TELEGRAM_1_OCT) + " received " + idOf.get(MAO),
                idOf.get(TELEGRAM_1_OCT) + " received " + idOf.get(ZHOU),
                idOf.get(TELEGRAM_1_OCT) + " via " + idOf.get(AMBASSADOR),
                idOf.get(LETTER_8_OCT) + " via " + idOf.get(SHTYKOV),
                idOf.get(LETTER_8_OCT) + " quotes " + idOf.get(LETTER_5_OCT),
                idOf.get(MAO_2_OCT) + " replies-to " + idOf.get(TELEGRAM_1_OCT),
                idOf.get(LETTER_5_OCT) + " replies-to " + idOf.get(MAO_2_OCT),
                idOf.get(MAO_7_OCT) + " replies-to " + idOf.get(LETTER_5_OCT),
                idOf.get(STALIN) + " wrote-to " + idOf.get(MAO))) {
            assertTrue(triples.contains(t), () -> "missing edge " + t + " in\n" + String.join("\n", triples));
        }
    }

    // ---- CSV

    @Test
    void csvNodeAndEdgeLists() throws IOException {
        List<CSVRecord> nodes = csv(CsvPart.NODES);
        List<CSVRecord> edges = csv(CsvPart.EDGES);
        assertEquals(net.nodes().size(), nodes.size());
        assertEquals(net.edges().size(), edges.size());
        CSVRecord stalin = nodes.stream().filter(r -> r.get("Id").equals(idOf.get(STALIN))).findFirst().orElseThrow();
        assertEquals("Joseph Stalin", stalin.get("Label"));
        assertEquals("Filippov; Feng Xi; Fyn Si", stalin.get("pseudonyms"));
        assertEquals("person", stalin.get("type"));
        CSVRecord wrote = edges.stream().filter(r -> r.get("kind").equals("wrote-to") && r.get("Source").equals(idOf.get(STALIN))
                && r.get("Target").equals(idOf.get(MAO))).findFirst().orElseThrow();
        assertEquals("2", wrote.get("Weight"));
        assertEquals("Directed", wrote.get("Type"));
        assertEquals("1950-10-01 | 1950-10-05", wrote.get("dates"));
        // write(…, CSV, …) is the edge list
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphExport.write(dataset, Format.CSV, out);
        assertEquals(String.join(",", CsvWriter.EDGE_COLUMNS), out.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
    }

    @Test
    void csvFilesInADirectory() throws IOException {
        Path dir = tmp.resolve("csv");
        GraphExport.writeCsvFiles(net, dir);
        assertEquals(String.join(",", CsvWriter.NODE_COLUMNS), java.nio.file.Files.readAllLines(dir.resolve("nodes.csv")).get(0));
        assertEquals(String.join(",", CsvWriter.EDGE_COLUMNS), java.nio.file.Files.readAllLines(dir.resolve("edges.csv")).get(0));
    }

    private static List<CSVRecord> csv(CsvPart part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphExport.writeCsv(net, part, out);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8))).getRecords();
    }

    // ---- the same from every source, every time

    @Test
    void sameBytesEveryRun() {
        CorrespondenceNetwork again = CorrespondenceNetwork.read(dataset);
        for (Format f : Format.values()) {
            assertArrayEquals(GraphExportFixtures.bytes(net, f), GraphExportFixtures.bytes(again, f), f.name());
        }
    }

    @Test
    void sameNetworkFromNQuadsAndFromATdb2Store() {
        // N-Quads, as `extract` writes them
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        Txn.executeRead(dataset, () -> RDFDataMgr.write(nq, dataset, Lang.NQUADS));
        DatasetGraph fromNq = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fromNq, new java.io.ByteArrayInputStream(nq.toByteArray()), Lang.NQUADS);
        byte[] expected = GraphExportFixtures.bytes(net, Format.GEXF);
        assertArrayEquals(expected, GraphExportFixtures.bytes(CorrespondenceNetwork.read(DatasetFactory.wrap(fromNq)), Format.GEXF));

        // a TDB2 store, as the server has
        Path dir = tmp.resolve("tdb2");
        Dataset tdb = TDB2Factory.connectDataset(dir.toString());
        try {
            Txn.executeWrite(tdb, () -> RDFDataMgr.read(tdb, new java.io.ByteArrayInputStream(nq.toByteArray()), Lang.NQUADS));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            GraphExport.write(tdb, Format.GEXF, out);
            assertArrayEquals(expected, out.toByteArray());
            // inside the caller's read transaction too
            Txn.executeRead(tdb, () -> assertArrayEquals(expected, GraphExportFixtures.bytes(CorrespondenceNetwork.read(tdb), Format.GEXF)));
        } finally {
            TDBInternal.expel(tdb.asDatasetGraph());
        }
    }

    @Test
    void theValidatorsRejectWhatTheSchemasForbid() {
        // guards against a validator that accepts anything
        String gexf = new String(GraphExportFixtures.bytes(net, Format.GEXF), StandardCharsets.UTF_8)
                .replace("mode=\"dynamic\"", "mode=\"sometimes\"");
        assertFalse(GraphExportFixtures.validateRng(GEXF_RNG, gexf.getBytes(StandardCharsets.UTF_8)).isEmpty(), "RELAX NG");
        assertFalse(GraphExportFixtures.validateXsd(GEXF_XSD, gexf.getBytes(StandardCharsets.UTF_8)).isEmpty(), "XSD");
        String graphml = new String(GraphExportFixtures.bytes(net, Format.GRAPHML), StandardCharsets.UTF_8)
                .replace("edgedefault=\"directed\"", "edgedefault=\"sideways\"");
        assertFalse(GraphExportFixtures.validateXsd(GRAPHML_XSD, graphml.getBytes(StandardCharsets.UTF_8)).isEmpty(), "GraphML XSD");
    }

    @Test
    void emptyDatasetGivesValidEmptyGraphs() {
        CorrespondenceNetwork empty = CorrespondenceNetwork.read(DatasetFactory.createTxnMem());
        assertEquals(0, empty.nodes().size());
        assertEquals(List.of(), GraphExportFixtures.validateXsd(GEXF_XSD, GraphExportFixtures.bytes(empty, Format.GEXF)));
        assertEquals(List.of(), GraphExportFixtures.validateRng(GEXF_RNG, GraphExportFixtures.bytes(empty, Format.GEXF)));
        assertEquals(List.of(), GraphExportFixtures.validateXsd(GRAPHML_XSD, GraphExportFixtures.bytes(empty, Format.GRAPHML)));
        JsonObject root = JSON.parse(new String(GraphExportFixtures.bytes(empty, Format.CYJS), StandardCharsets.UTF_8));
        assertEquals(0, root.get("elements").getAsObject().get("nodes").getAsArray().size());
    }

    @Test
    void monthPrecisionDatesBecomeIntervals() {
        assertEquals(Optional.of(new Interval(LocalDate.of(1950, 9, 1), LocalDate.of(1950, 9, 30))), Interval.of("1950-09"));
        assertEquals(Optional.of(new Interval(LocalDate.of(1950, 1, 1), LocalDate.of(1950, 12, 31))), Interval.of("1950"));
        assertEquals(Optional.of(new Interval(LocalDate.of(1950, 10, 7), LocalDate.of(1950, 10, 7))), Interval.of("1950-10-07"));
        assertEquals(Optional.empty(), Interval.of("October 1950"));
    }

    @Test
    void formatsParse() {
        assertEquals(Optional.of(Format.GEXF), Format.parse("GEXF"));
        assertEquals(Optional.of(Format.CYJS), Format.parse("json"));
        assertEquals(Optional.of(Format.GRAPHML), Format.ofFileName("out/net.graphml"));
        assertEquals(Optional.empty(), Format.parse("dot"));
        assertEquals(Optional.of(CsvPart.EDGES), CsvPart.parse(null));
        assertEquals(Optional.of(CsvPart.NODES), CsvPart.parse("nodes"));
        assertEquals(Optional.empty(), CsvPart.parse("both"));
        assertEquals("application/gexf+xml", Format.GEXF.mediaType());
    }
}
