package org.archivekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runaway query is stopped by the server's query timeout, and the server keeps answering. */
class SafeServerTest {

    @TempDir
    static Path dir;
    private static Store store;
    private static FusekiServer server;

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("tdb2"));
        store.load(Pipeline.builder().build(), List.of(Path.of("seeds")));
        server = ArchiveServer.start(store.dataset(), ArchiveServer.Options.defaults(0).withLocalhostOnly(true).withQueryTimeoutMillis(1000)
                .withResultLimit(50));
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> query(String q) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/archive/sparql"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8))).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRunawayQueryIsStopped() throws Exception {
        // a cross product of every quad with itself, four times over: hours of work, counted before any row is sent
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s1 ?p1 ?o1 } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } GRAPH ?d { ?s4 ?p4 ?o4 } }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = query(runaway);
        long seconds = (System.nanoTime() - t0) / 1_000_000_000L;
        assertTrue(r.statusCode() >= 500 || r.statusCode() == 408 || r.statusCode() == 400, "stopped: HTTP " + r.statusCode());
        assertTrue(seconds < 30, "stopped by the timeout, after " + seconds + " s");
        assertTrue(query("ASK { GRAPH ?g { ?s ?p ?o } }").body().contains("true"), "the server still answers");
    }

    @Test
    void aQueryThatWorksBeforeItsFirstRowIsStopped() throws Exception {
        // The shape of the catalogue query at scale: OPTIONAL { SELECT … GROUP BY } is joined by a hash table built
        // while the plan is built, before any row exists, and GRAPH ?c { path } tries every graph for every row. ARQ's
        // own timeout cannot stop that (QueryDeadline says why); here the work is a triple cross product: hours.
        String planTimeWork = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?s ?n WHERE { { SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s a ?type } } } "
                + "OPTIONAL { SELECT ?s (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p1 ?o1 } GRAPH ?b { ?x ?p2 ?o2 } "
                + "GRAPH ?c { ?o2 rdfs:label|skos:prefLabel ?o1 } } GROUP BY ?s } }";
        HttpResponse<String> r = query(planTimeWork);
        assertEquals(503, r.statusCode(), "stopped by the timeout: " + r.body());
        assertTrue(r.body().contains("timed out"), r.body());
        // and stopped for real: no server thread is still evaluating it
        List<String> busy = List.of();
        for (int i = 0; i < 50; i++) {
            busy = threadsEvaluatingQueries();
            if (busy.isEmpty()) break;
            Thread.sleep(100);
        }
        assertEquals(List.of(), busy, "threads still evaluating a query after its timeout");
    }

    private static List<String> threadsEvaluatingQueries() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> java.util.Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("org.apache.jena.sparql.engine.")))
                .map(e -> e.getKey().getName()).toList();
    }

    @Test
    void noServerSideScripting() throws Exception {
        // Jena's JavaScript functions stay off (no jena:scripting): a query cannot run code on the server
        HttpResponse<String> r = query("PREFIX js: <http://jena.apache.org/ARQ/jsFunction#> "
                + "SELECT ?x WHERE { BIND (js:print(\"hello\") AS ?x) }");
        boolean refused = r.statusCode() >= 400 && r.body().contains("Scripting not enabled");
        boolean unevaluated = r.statusCode() == 200 && !r.body().contains("\"x\" : {") && !r.body().contains("\"x\":{");
        assertTrue(refused || unevaluated, "the script function must not evaluate: HTTP " + r.statusCode() + " " + r.body());
        assertTrue(System.getProperty("jena:scripting") == null, "scripting is not switched on in this JVM");
    }

    @Test
    void resultsAreLimitedByDefault() throws Exception {
        assertEquals(10_000, ArchiveServer.Options.defaults(0).resultLimit(), "a limit is on by default");
        HttpResponse<String> all = query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(200, all.statusCode());
        assertEquals(50, all.body().split("\"s\" *:", -1).length - 1, "capped at the server's limit");
        assertEquals("50", all.headers().firstValue(LimitedQueryService.HEADER).orElse(""), "and the response says so");
        HttpResponse<String> few = query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 7");
        assertEquals(7, few.body().split("\"s\" *:", -1).length - 1, "a smaller LIMIT is kept");
        assertTrue(few.headers().firstValue(LimitedQueryService.HEADER).isEmpty());
        // the same through a query sent as the request body
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/archive/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")).build();
        HttpResponse<String> body = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(50, body.body().split("\"s\" *:", -1).length - 1);
        assertEquals("50", body.headers().firstValue(LimitedQueryService.HEADER).orElse(""));
        // ... and through a GET, with a larger LIMIT
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/archive/query?query="
                        + URLEncoder.encode("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 100000", StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build();
        HttpResponse<String> got = HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofString());
        assertEquals(50, got.body().split("\"s\" *:", -1).length - 1, "a larger LIMIT is capped");
        assertEquals("50", got.headers().firstValue(LimitedQueryService.HEADER).orElse(""));
        // a CONSTRUCT is capped too; an ASK has one answer and is left alone
        HttpRequest construct = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/archive/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/n-triples")
                .POST(HttpRequest.BodyPublishers.ofString("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")).build();
        HttpResponse<String> triples = HttpClient.newHttpClient().send(construct, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, triples.statusCode());
        long lines = triples.body().lines().filter(l -> !l.isBlank()).count();
        assertTrue(lines > 0 && lines <= 50, "at most 50 triples: " + lines);
        assertEquals("50", triples.headers().firstValue(LimitedQueryService.HEADER).orElse(""));
        HttpResponse<String> ask = query("ASK { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(200, ask.statusCode());
        assertTrue(ask.headers().firstValue(LimitedQueryService.HEADER).isEmpty());
    }
}
