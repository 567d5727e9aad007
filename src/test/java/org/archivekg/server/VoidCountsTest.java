package org.archivekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDF;
import org.archivekg.rdf.Iris;
import org.archivekg.rdf.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dataset description's counts read the whole store: on a TDB2 store they are computed once per version of the
 * data, so that repeated requests (a crawler, a federation's source selection) cost nothing, and a write makes the next
 * request count again.
 */
class VoidCountsTest {

    @TempDir
    Path dir;

    @Test
    void theCountsAreComputedOncePerVersionOfTheData() throws Exception {
        Dataset dataset = TDB2Factory.connectDataset(dir.toString());
        addRecord(dataset, "a");
        FusekiServer server = ArchiveServer.start(dataset, ArchiveServer.Options.defaults(0).withLocalhostOnly(true));
        try {
            long before = VoidServlet.countings();
            assertEquals(1, records(server));
            assertEquals(1, records(server));
            assertEquals(1, records(server));
            assertEquals(before + 1, VoidServlet.countings(), "three requests, one counting");

            addRecord(dataset, "b"); // a write: the next request counts again
            assertEquals(2, records(server));
            assertEquals(2, records(server));
            assertEquals(before + 2, VoidServlet.countings());
        } finally {
            server.stop();
            dataset.close();
        }
    }

    private static void addRecord(Dataset dataset, String key) {
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        Txn.executeWrite(dataset, () -> dataset.asDatasetGraph().add(Quad.create(NodeFactory.createURI("urn:x-test:" + key),
                iris.record(key), RDF.type.asNode(), Vocab.Record.asNode())));
    }

    private static long records(FusekiServer server) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.getPort() + "/.well-known/void")).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, "TURTLE");
        Resource recordPartition = m.listSubjectsWithProperty(m.createProperty(VoidServlet.VOID, "class"), Vocab.Record).next();
        long n = recordPartition.getProperty(m.createProperty(VoidServlet.VOID, "entities")).getLong();
        assertTrue(n >= 0);
        return n;
    }
}
