package org.archivekg.server;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.archivekg.cli.ArchiveKg;
import org.archivekg.export.Catalogue;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.rdf.Iris;
import org.archivekg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded Fuseki, end to end: the seeds loaded into a real TDB2 store, served on a free port, and queried
 * over HTTP only. Checks the query endpoints, that the catalogue over HTTP equals the catalogue of the N-Quads
 * that {@code extract} writes, that the server refuses updates and uploads, and that the evidence of a fact
 * ("why do you say that?") points at the exact text of the seed file.
 */
class ServerIntegrationTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final String SEED_002 = "002_fe4253cd466e7b7f.txt";
    private static final String BASE = Iris.DEFAULT_BASE;
    private static final String REFERENCE_GRAPH = BASE + "graph/reference";

    private static final String PREFIXES = """
            PREFIX akg:  <https://w3id.org/archive-kg/ns#>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            """;

    /** Probe triple used by the update attempts: must never reach the store. */
    private static final String PROBE_S = "urn:archive-kg-test:probe";
    private static final String INSERT = "INSERT DATA { GRAPH <urn:archive-kg-test:g> { <" + PROBE_S + "> <urn:archive-kg-test:p> \"x\" } }";
    private static final String DELETE_ALL = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path tmp;

    private static Store store;
    private static FusekiServer server;
    private static String endpointBase;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startServer() {
        store = Store.open(tmp.resolve("tdb"));
        ProblemCollector problems = new ProblemCollector();
        RunReport report = store.load(Pipeline.builder().problems(problems).build(), List.of(SEEDS));
        assertEquals(5, report.filesRead().size(), () -> "seeds not all read: " + report.filesFailed() + " " + problems.problems());
        assertFalse(report.anyFailed(), () -> "failed: " + report.filesFailed());
        server = ArchiveServer.start(store.dataset(), 0, true);
        assertTrue(server.getPort() > 0, "no port was bound");
        endpointBase = "http://localhost:" + server.getPort() + ArchiveServer.DATASET;
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.stop();
        if (store != null) store.close(); // expels the database, so the temp directory can go
    }

    // ---------------------------------------------------------------------------------------------------------
    // query endpoints

    private static final String SENDER_QUERY = PREFIXES + """
            SELECT ?record ?senderLabel ?signedAsLabel WHERE {
              GRAPH ?g { ?record a akg:Record ;
                                 akg:date "1950-10-01"^^xsd:date ;
                                 akg:hasSender ?sender ;
                                 akg:signedAs ?nameForm . }
              GRAPH <%s> { ?sender skos:prefLabel ?sl }
              GRAPH ?gn { ?nameForm rdfs:label ?nl }
              BIND (STR(?sl) AS ?senderLabel)
              BIND (STR(?nl) AS ?signedAsLabel)
            }
            """.formatted(REFERENCE_GRAPH);

    @ParameterizedTest(name = "/archive/{0}")
    @ValueSource(strings = {"sparql", "query"})
    void senderAndSignatureOfThe1OctoberTelegram(String endpoint) {
        Set<String> records = new HashSet<>();
        Set<String> senders = new HashSet<>();
        Set<String> signedAs = new HashSet<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(endpointBase + "/" + endpoint).query(SENDER_QUERY).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                records.add(s.getResource("record").getURI());
                senders.add(s.getLiteral("senderLabel").getLexicalForm());
                signedAs.add(s.getLiteral("signedAsLabel").getLexicalForm());
            }
        }
        assertEquals(1, records.size(), () -> "records dated 1950-10-01 with sender and signature: " + records);
        assertTrue(records.iterator().next().startsWith(BASE + "record/"), () -> "record IRI: " + records);
        assertEquals(Set.of("Joseph Stalin"), senders, "skos:prefLabel of the sender (reference graph)");
        assertEquals(Set.of("Filippov"), signedAs, "rdfs:label of the akg:signedAs name form");
    }

    @Test
    void rdfConnectionAndPlainHttpGetWork() throws Exception {
        String ask = PREFIXES + "ASK { GRAPH ?g { ?r akg:date \"1950-10-01\"^^xsd:date } }";
        try (RDFConnection conn = RDFConnection.queryConnect(endpointBase + "/sparql")) {
            assertTrue(conn.queryAsk(ask), "ASK over RDFConnection.queryConnect");
        }
        // the protocol itself: GET ?query=… on both query endpoints
        for (String endpoint : List.of("sparql", "query")) {
            HttpRequest get = HttpRequest.newBuilder(URI.create(endpointBase + "/" + endpoint + "?query="
                            + URLEncoder.encode(ask, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").GET().build();
            HttpResponse<String> r = HTTP.send(get, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), () -> "GET /archive/" + endpoint + ": " + r.body());
            assertTrue(r.body().replaceAll("\\s", "").contains("\"boolean\":true"), () -> "ASK result: " + r.body());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // catalogue over HTTP = catalogue of the extracted N-Quads

    @Test
    void catalogueOverHttpEqualsCatalogueOfExtractedNQuads() throws IOException {
        Path nq = tmp.resolve("seeds.nq");
        StringWriter err = new StringWriter();
        int exit = ArchiveKg.commandLine().setErr(new PrintWriter(err, true))
                .execute("extract", SEEDS.toString(), "-q", "-o", nq.toString());
        assertEquals(0, exit, () -> "extract failed: " + err);
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, nq.toString());
        Dataset fromFile = DatasetFactory.wrap(dsg);
        List<Map<String, String>> expected = Catalogue.rows(fromFile);

        String queryText = Files.readString(Path.of("queries/catalogue.rq"), StandardCharsets.UTF_8);
        List<Map<String, String>> overHttp;
        try (QueryExecution qe = QueryExecutionHTTP.service(endpointBase + "/sparql").query(queryText).build()) {
            overHttp = Catalogue.rows(qe.execSelect());
        }
        assertTrue(expected.size() >= 4, () -> "the seeds give at least four records, got " + expected);
        assertEquals(expected, overHttp, "catalogue over HTTP vs Catalogue.rows() on the N-Quads of `extract seeds`");
    }

    // ---------------------------------------------------------------------------------------------------------
    // read-only

    @Test
    void updatesAndUploadsAreRefusedAndChangeNothing() throws Exception {
        long before = countQuadsOverHttp();
        assertTrue(before > 0, "the store is empty");
        long storeBefore = countQuadsInStore();

        List<String> outcomes = new ArrayList<>();
        List<HttpRequest> attempts = new ArrayList<>();
        for (String endpoint : List.of("update", "sparql", "query")) {
            for (String update : List.of(INSERT, DELETE_ALL)) {
                attempts.add(HttpRequest.newBuilder(URI.create(endpointBase + "/" + endpoint))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build());
                attempts.add(HttpRequest.newBuilder(URI.create(endpointBase + "/" + endpoint))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8))).build());
            }
        }
        // dataset-level update, and Graph Store Protocol uploads
        attempts.add(HttpRequest.newBuilder(URI.create(endpointBase))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT)).build());
        String turtle = "<" + PROBE_S + "> <urn:archive-kg-test:p> \"x\" .";
        for (String target : List.of(endpointBase + "?default", endpointBase + "/get?default", endpointBase + "/data?default",
                endpointBase + "?graph=urn:archive-kg-test:g")) {
            attempts.add(HttpRequest.newBuilder(URI.create(target)).header("Content-Type", "text/turtle")
                    .POST(HttpRequest.BodyPublishers.ofString(turtle)).build());
            attempts.add(HttpRequest.newBuilder(URI.create(target)).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build());
        }
        attempts.add(HttpRequest.newBuilder(URI.create(endpointBase + "?graph=" + URLEncoder.encode(BASE + "graph/" + SEED_002,
                StandardCharsets.UTF_8))).DELETE().build());

        for (HttpRequest request : attempts) {
            int status = send(request);
            if (status < 400 || status >= 500) {
                outcomes.add(request.method() + " " + request.uri() + " " + request.headers().firstValue("Content-Type").orElse("")
                        + " → " + status);
            }
        }
        assertTrue(outcomes.isEmpty(), () -> "not refused with a 4xx status: " + outcomes);

        assertEquals(before, countQuadsOverHttp(), "quads over HTTP after the refused updates");
        assertEquals(storeBefore, countQuadsInStore(), "quads in the store after the refused updates");
        try (RDFConnection conn = RDFConnection.queryConnect(endpointBase + "/sparql")) {
            assertFalse(conn.queryAsk("ASK { { <" + PROBE_S + "> ?p ?o } UNION { GRAPH ?g { <" + PROBE_S + "> ?p ?o } } }"),
                    "the probe triple reached the store");
        }
    }

    /**
     * The status of one request, on a fresh connection (Jetty may close a connection after refusing a request
     * whose body it did not read, and a pooled connection would then fail the next request).
     */
    private static int send(HttpRequest request) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long countQuadsOverHttp() {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpointBase + "/sparql")
                .query("SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }").build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static long countQuadsInStore() {
        return Txn.calculateRead(store.dataset(), () -> {
            long n = 0;
            for (var it = store.dataset().asDatasetGraph().find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    // ---------------------------------------------------------------------------------------------------------
    // "why do you say that?"

    private static final String WHY_QUERY = PREFIXES + """
            SELECT ?g ?st ?ev ?file ?line ?column ?start ?end ?exact ?rule WHERE {
              GRAPH ?g {
                ?record a akg:Record ;
                        akg:date "1950-10-01"^^xsd:date ;
                        akg:hasSender ?sender .
                ?st a rdf:Statement ;
                    rdf:subject ?record ;
                    rdf:predicate akg:hasSender ;
                    rdf:object ?sender ;
                    akg:evidence ?ev .
                ?ev a akg:Evidence ;
                    akg:inFile ?file ;
                    akg:line ?line ;
                    akg:startOffset ?start ;
                    akg:endOffset ?end ;
                    akg:exact ?exact ;
                    akg:rule ?rule .
                OPTIONAL { ?ev akg:column ?column }
              }
            }
            ORDER BY ?start
            """;

    @Test
    void evidenceOfTheSenderOfThe1OctoberTelegramPointsAtTheSourceText() throws Exception {
        String text = Files.readString(SEEDS.resolve(SEED_002), StandardCharsets.UTF_8).replace("\r\n", "\n");
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(endpointBase + "/sparql").query(WHY_QUERY).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        List<QuerySolution> in002 = rows.stream().filter(r -> r.getLiteral("file").getLexicalForm().equals(SEED_002)).toList();
        assertFalse(in002.isEmpty(), () -> "no evidence in " + SEED_002 + " for the sender of the 1 October telegram; rows: " + rows);

        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (QuerySolution r : in002) {
            String ev = r.getResource("ev").getURI();
            String graph = r.getResource("g").getURI();
            int start = r.getLiteral("start").getInt();
            int end = r.getLiteral("end").getInt();
            int line = r.getLiteral("line").getInt();
            String exact = r.getLiteral("exact").getLexicalForm();
            String rule = r.getResource("rule").getURI();
            checks.add(() -> assertEquals(BASE + "graph/" + SEED_002, graph, ev + ": graph of the fact"));
            checks.add(() -> assertTrue(r.getResource("st").getURI().startsWith(BASE + "statement/"), ev + ": statement IRI"));
            checks.add(() -> assertTrue(ev.startsWith(BASE + "evidence/"), ev + ": evidence IRI"));
            checks.add(() -> assertTrue(rule.startsWith(BASE + "rule/"), ev + ": rule IRI " + rule));
            checks.add(() -> assertTrue(0 <= start && start < end && end <= text.length(),
                    ev + ": offsets [" + start + ", " + end + ") outside the text of length " + text.length()));
            if (0 <= start && start < end && end <= text.length()) {
                checks.add(() -> assertEquals(text.substring(start, end), exact, ev + ": akg:exact vs the text at [startOffset, endOffset)"));
                int expectedLine = 1 + (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
                checks.add(() -> assertEquals(expectedLine, line, ev + ": akg:line of offset " + start));
                if (r.contains("column")) {
                    int expectedColumn = start - (text.lastIndexOf('\n', start - 1) + 1) + 1;
                    checks.add(() -> assertEquals(expectedColumn, r.getLiteral("column").getInt(), ev + ": akg:column of offset " + start));
                }
            }
            // the rule is described in the reference graph
            checks.add(() -> {
                try (RDFConnection conn = RDFConnection.queryConnect(endpointBase + "/sparql")) {
                    assertTrue(conn.queryAsk("ASK { GRAPH <" + REFERENCE_GRAPH + "> { <" + rule + "> ?p ?o } }"),
                            ev + ": rule " + rule + " is not described in the reference graph");
                }
            });
        }
        assertAll(checks);
    }
}
