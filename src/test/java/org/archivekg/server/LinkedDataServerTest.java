package org.archivekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.rdf.Vocab;
import org.archivekg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as a linked-data citizen, over real HTTP: our IRIs dereference with content negotiation (HTML,
 * Turtle, JSON-LD), under a configurable base; the dataset description at /.well-known/void tells the truth;
 * the query editor is served with its script.
 */
class LinkedDataServerTest {

    /** A base of its own domain: the server answers for the path of the base, whatever the host. */
    private static final String BASE = "https://archive.example.org/id/";

    @TempDir
    static Path dir;
    private static Store store;
    private static FusekiServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("tdb2"));
        store.load(Pipeline.builder().base(BASE).build(), List.of(Path.of("seeds")));
        server = ArchiveServer.start(store.dataset(), ArchiveServer.Options.defaults(0).withLocalhostOnly(true).withBase(BASE));
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(m);
        return m;
    }

    @Test
    void aPersonDereferencesAsTurtle() throws Exception {
        HttpResponse<String> r = get("/id/person/joseph-stalin", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = parse(r.body(), Lang.TURTLE);
        Resource stalin = m.getResource(BASE + "person/joseph-stalin");
        assertEquals("Joseph Stalin", stalin.getProperty(SKOS.prefLabel).getString());
        assertTrue(m.contains(stalin, OWL.sameAs, m.getResource("http://www.wikidata.org/entity/Q855")));
        assertTrue(m.contains(null, Vocab.hasSender, stalin), "incoming links: the records he sent");
    }

    @Test
    void aRecordDereferencesAsJsonLd() throws Exception {
        HttpResponse<String> r = get("/id/record/aprf-45-1-334-l99", "application/ld+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model m = parse(r.body(), Lang.JSONLD);
        Resource rec = m.getResource(BASE + "record/aprf-45-1-334-l99");
        assertTrue(m.contains(rec, RDF.type, Vocab.Record));
        assertEquals("1950-10-01", rec.getProperty(Vocab.date).getLiteral().getLexicalForm());
    }

    @Test
    void aBrowserGetsAReadablePageWithTheSourcePassage() throws Exception {
        HttpResponse<String> r = get("/id/record/aprf-45-1-334-l99", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("Telegram to the USSR Ambassador in the PRC"), "title as heading");
        assertTrue(html.contains("href=\"" + BASE + "person/joseph-stalin\""), "links to related resources");
        assertTrue(html.contains("Joseph Stalin"), "labels, not bare IRIs");
        assertTrue(html.contains("002_fe4253cd466e7b7f.txt"), "the source file of the facts");
        assertTrue(html.contains("Beijing, Soviet Ambassador"), "a source passage (the address line the intermediary was read from)");
    }

    @Test
    void unknownIrisAreNotFound() throws Exception {
        assertEquals(404, get("/id/record/no-such-record", "text/turtle").statusCode());
    }

    @Test
    void theDatasetDescriptionTellsTheTruth() throws Exception {
        HttpResponse<String> r = get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = parse(r.body(), Lang.TURTLE);
        Resource ds = m.getResource(BASE + "dataset");
        String endpoint = "http://localhost:" + server.getPort() + "/archive/sparql";
        assertTrue(m.contains(ds, m.createProperty(VoidServlet.VOID, "sparqlEndpoint"), m.getResource(endpoint)));
        assertTrue(m.contains(ds, m.createProperty("http://purl.org/dc/terms/license"), m.getResource(VoidServlet.LICENCE)));
        assertTrue(m.contains(ds, m.createProperty(VoidServlet.VOID, "vocabulary"), m.getResource(Vocab.NS)));
        assertEquals(5, ds.getProperty(m.createProperty(VoidServlet.VOID, "documents")).getLong());
        long triples = ds.getProperty(m.createProperty(VoidServlet.VOID, "triples")).getLong();
        long actual = store.dataset().calculateRead(() -> {
            long[] n = {0};
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> { if (!q.isDefaultGraph()) n[0]++; });
            return n[0];
        });
        assertEquals(actual, triples, "void:triples counts the quads of the named graphs");
        long records = m.listObjectsOfProperty(ds, m.createProperty(VoidServlet.VOID, "classPartition")).toList().stream()
                .map(p -> p.asResource())
                .filter(p -> p.hasProperty(m.createProperty(VoidServlet.VOID, "class"), Vocab.Record))
                .mapToLong(p -> p.getProperty(m.createProperty(VoidServlet.VOID, "entities")).getLong()).findFirst().orElse(-1);
        assertEquals(6, records, "four published records and two known only from inside others");
        assertTrue(m.listObjectsOfProperty(ds, m.createProperty(VoidServlet.VOID, "exampleResource")).hasNext());
    }

    @Test
    void theQueryEditorIsServedWithItsScriptAndOurEndpoint() throws Exception {
        HttpResponse<String> page = get("/query/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/archive/sparql"), "endpoint set");
        assertTrue(page.body().contains("PREFIX akg:"), "prefixes set");
        HttpResponse<String> js = get("/webjars/zazuko__yasgui/4.5.0/build/yasgui.min.js", null);
        assertEquals(200, js.statusCode());
        assertTrue(js.body().length() > 100_000, "the YASGUI bundle from its WebJar");
        assertEquals(200, get("/", "text/html").statusCode());
    }
}
