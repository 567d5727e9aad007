package org.archivekg.export;

import static org.archivekg.export.GraphExportFixtures.GEXF_RNG;
import static org.archivekg.export.GraphExportFixtures.GRAPHML_XSD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.archivekg.export.GraphExport.Format;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link GraphExportServlet} in an embedded Fuseki on a free loopback port, as the server mounts it at
 * {@code /export/*}: every format over HTTP, the same bytes as the Java API, and the error statuses.
 */
class GraphExportServletTest {

    private static Dataset dataset;
    private static FusekiServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        dataset = GraphExportFixtures.seeds();
        server = FusekiServer.create().port(0).loopback(true).add("/archive", dataset, false)
                .addServlet("/export/*", new GraphExportServlet(dataset)).build().start();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop();
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .timeout(Duration.ofSeconds(60)).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] api(Format f) {
        return GraphExportFixtures.bytes(CorrespondenceNetwork.read(dataset), f);
    }

    @Test
    void gexf() throws Exception {
        HttpResponse<byte[]> r = get("/export/gexf");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/gexf+xml"), r.headers().toString());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("archive-kg.gexf"));
        assertArrayEquals(api(Format.GEXF), r.body());
        assertEquals(List.of(), GraphExportFixtures.validateRng(GEXF_RNG, r.body()));
    }

    @Test
    void graphmlAndCytoscape() throws Exception {
        HttpResponse<byte[]> g = get("/export/graphml");
        assertEquals(200, g.statusCode());
        assertTrue(g.headers().firstValue("Content-Type").orElse("").startsWith("application/graphml+xml"));
        assertEquals(List.of(), GraphExportFixtures.validateXsd(GRAPHML_XSD, g.body()));

        HttpResponse<byte[]> c = get("/export/cyjs");
        assertEquals(200, c.statusCode());
        assertTrue(c.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(JSON.parse(new String(c.body(), StandardCharsets.UTF_8)).get("elements").isObject());
        assertArrayEquals(api(Format.CYJS), c.body());
    }

    @Test
    void csvEdgesByDefaultNodesOnRequest() throws Exception {
        HttpResponse<byte[]> edges = get("/export/csv");
        assertEquals(200, edges.statusCode());
        assertTrue(edges.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(new String(edges.body(), StandardCharsets.UTF_8).startsWith(String.join(",", CsvWriter.EDGE_COLUMNS)));
        assertArrayEquals(edges.body(), get("/export/csv?part=edges").body());
        HttpResponse<byte[]> nodes = get("/export/csv?part=nodes");
        assertEquals(200, nodes.statusCode());
        String text = new String(nodes.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join(",", CsvWriter.NODE_COLUMNS)), text);
        assertTrue(text.contains("Filippov; Feng Xi; Fyn Si"), text);
        assertTrue(nodes.headers().firstValue("Content-Disposition").orElse("").contains("archive-kg-nodes.csv"));
    }

    @Test
    void errors() throws Exception {
        assertEquals(404, get("/export/dot").statusCode());
        assertEquals(404, get("/export/").statusCode());
        assertEquals(404, get("/export/gexf/extra").statusCode());
        HttpResponse<byte[]> bad = get("/export/csv?part=both");
        assertEquals(400, bad.statusCode());
        assertTrue(new String(bad.body(), StandardCharsets.UTF_8).contains("part=nodes"));
    }
}
