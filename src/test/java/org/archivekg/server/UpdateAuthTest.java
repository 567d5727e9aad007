package org.archivekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;


import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** SPARQL Update only when turned on, and then only for the users of the password file (Fuseki's own HTTP auth). */
class UpdateAuthTest {

    private static final String INSERT = "INSERT DATA { GRAPH <urn:x-test:g> { <urn:x-test:s> <urn:x-test:p> \"curated\" } }";

    private FusekiServer server;
    private final Dataset dataset = DatasetFactory.createTxnMem();

    @BeforeEach
    void start() throws Exception {
        // Jetty's login service keeps watching its file after the server stops: keep it where it is not deleted under it
        Path passwords = Path.of("target", "test-passwords", "passwords");
        Files.createDirectories(passwords.getParent());
        Files.writeString(passwords, "curator: s3cret\n");
        server = ArchiveServer.start(dataset, ArchiveServer.Options.defaults(0).withLocalhostOnly(true).withUpdatesFor(passwords));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> post(String path, String form, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (user != null) b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long quads() {
        return dataset.calculateRead(() -> { long[] n = {0}; dataset.asDatasetGraph().find().forEachRemaining(q -> n[0]++); return n[0]; });
    }

    @Test
    void anUpdateWithoutCredentialsIsRefused() throws Exception {
        HttpResponse<String> r = post("/archive/update", "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8), null);
        assertEquals(401, r.statusCode());
        HttpResponse<String> wrong = post("/archive/update", "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8), "curator:guess");
        assertEquals(401, wrong.statusCode());
        assertEquals(0, quads());
    }

    @Test
    void anAuthenticatedCuratorCanUpdate() throws Exception {
        HttpResponse<String> r = post("/archive/update", "update=" + URLEncoder.encode(INSERT, StandardCharsets.UTF_8), "curator:s3cret");
        assertTrue(r.statusCode() / 100 == 2, "HTTP " + r.statusCode() + " " + r.body());
        assertEquals(1, quads());
        // queries stay open to everyone
        HttpResponse<String> q = post("/archive/sparql", "query=" + URLEncoder.encode("ASK { GRAPH ?g { ?s ?p \"curated\" } }", StandardCharsets.UTF_8), null);
        assertEquals(200, q.statusCode());
        assertTrue(q.body().contains("true"));
    }
}
