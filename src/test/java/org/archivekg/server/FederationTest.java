package org.archivekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.servlet.Filter;

/**
 * Federation for real: a second embedded Fuseki on another local port serves a small "partner archive" whose
 * records name people by Wikidata IRIs; our server joins its letters with the partner's facts through owl:sameAs.
 * SERVICE is refused unless the endpoint is allowed, and the partner never hears of a refused query.
 */
class FederationTest {

    private static final String PARTNER_DATA = """
            @prefix wd:     <http://www.wikidata.org/entity/> .
            @prefix wdt:    <http://www.wikidata.org/prop/direct/> .
            @prefix schema: <https://schema.org/> .
            @prefix xsd:    <http://www.w3.org/2001/XMLSchema#> .
            @prefix p:      <https://partner.example.org/record/> .
            wd:Q855  wdt:P569 "1878-12-18"^^xsd:date .
            wd:Q5816 wdt:P569 "1893-12-26"^^xsd:date .
            p:1 a schema:Message ; schema:sender wd:Q5816 ; schema:recipient wd:Q855 ; schema:dateSent "1950-10-13"^^xsd:date .
            """;

    @TempDir
    Path dir;
    private Store store;
    private FusekiServer partner;
    private FusekiServer ours;
    private final AtomicInteger partnerRequests = new AtomicInteger();

    @BeforeEach
    void start() {
        Dataset partnerData = DatasetFactory.createTxnMem();
        RDFParser.fromString(PARTNER_DATA, Lang.TURTLE).parse(partnerData.getDefaultModel());
        Filter counting = (req, resp, chain) -> {
            partnerRequests.incrementAndGet();
            chain.doFilter(req, resp);
        };
        partner = FusekiServer.create().port(0).loopback(true).add("/partner", partnerData, false).addFilter("/*", counting).build().start();
        store = Store.open(dir.resolve("tdb2"));
        store.load(Pipeline.builder().build(), List.of(Path.of("seeds")));
    }

    @AfterEach
    void stop() {
        if (ours != null) ours.stop();
        partner.stop();
        store.close();
    }

    private String partnerEndpoint() {
        return "http://localhost:" + partner.getPort() + "/partner/sparql";
    }

    private String federatedQuery() throws Exception {
        return Files.readString(Path.of("queries/federated-wikidata.rq")).replace("https://query.wikidata.org/sparql", partnerEndpoint());
    }

    private List<QuerySolution> ask(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (RDFConnection c = RDFConnection.queryConnect("http://localhost:" + ours.getPort() + "/archive/sparql")) {
            c.querySelect(query, rows::add);
        }
        return rows;
    }

    @Test
    void anAllowedPartnerIsJoinedThroughWikidataIris() throws Exception {
        ours = ArchiveServer.start(store.dataset(), ArchiveServer.Options.defaults(0).withLocalhostOnly(true)
                .withAllowedServices(List.of(partnerEndpoint())));
        List<QuerySolution> rows = ask(federatedQuery());
        assertEquals(2, rows.size(), rows.toString());
        QuerySolution stalin = rows.stream().filter(r -> r.getLiteral("sender").getString().equals("Joseph Stalin")).findFirst().orElseThrow();
        assertEquals("1878-12-18", stalin.getLiteral("born").getLexicalForm());
        assertEquals(3, stalin.getLiteral("letters").getInt(), "000, 002 and 001 ≡ 004");
        assertTrue(partnerRequests.get() > 0);
    }

    @Test
    void serviceIsOffByDefault() throws Exception {
        ours = ArchiveServer.start(store.dataset(), 0, true);
        String query = federatedQuery();
        assertThrows(Exception.class, () -> ask(query), "SERVICE must be refused");
        assertEquals(0, partnerRequests.get(), "the server must not fetch anything for a refused SERVICE");
    }

    @Test
    void onlyTheAllowedEndpointsAreReached() throws Exception {
        ours = ArchiveServer.start(store.dataset(), ArchiveServer.Options.defaults(0).withLocalhostOnly(true)
                .withAllowedServices(List.of("https://query.wikidata.org/sparql")));
        String query = federatedQuery();
        assertThrows(Exception.class, () -> ask(query));
        assertEquals(0, partnerRequests.get());
    }
}
