package org.archivekg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.archivekg.Version;
import org.archivekg.rdf.Vocab;

/**
 * The dataset's description at {@code /.well-known/void} (the path VoID recommends): a {@code void:Dataset} and
 * {@code dcat:Dataset} with its SPARQL endpoint, licence, vocabularies, counts (triples, records, people, class
 * partitions), URI space and example resources. Fuseki publishes no such description, hence this servlet.
 * <p>
 * The counts read the whole store (a few minutes at tens of millions of quads), so they are computed once per version
 * of the data: TDB2 numbers its committed writes, and a write (a load, an update) makes the next request count again.
 * One request counts at a time; others wait for it and share its counts. A dataset without such a version (in memory)
 * is counted on each request.
 */
public final class VoidServlet extends HttpServlet {

    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String LICENCE = "https://creativecommons.org/licenses/by/4.0/";
    static final List<String> VOCABULARIES = List.of(Vocab.NS, "http://www.w3.org/2004/02/skos/core#", "http://purl.org/dc/terms/",
            "http://www.w3.org/ns/prov#", "http://www.w3.org/2002/07/owl#", "http://www.w3.org/2000/01/rdf-schema#",
            "https://www.ica.org/standards/RiC/ontology#");

    private final transient Dataset dataset;
    private final String base;

    /** The counts of the last version of the data counted, and that version. */
    private transient Counts counts;
    private long countedVersion = -1;
    private static final java.util.concurrent.atomic.AtomicLong COUNTINGS = new java.util.concurrent.atomic.AtomicLong();

    public VoidServlet(Dataset dataset, String base) {
        this.dataset = dataset;
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String server = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        Model m = describe(dataset, base, server, counts());
        String format = LinkedDataServlet.chooseFormat(req);
        resp.setCharacterEncoding("UTF-8");
        resp.setHeader("Vary", "Accept");
        try (OutputStream out = resp.getOutputStream()) {
            if (format.equals("jsonld")) {
                resp.setContentType("application/ld+json");
                RDFDataMgr.write(out, m, Lang.JSONLD);
            } else {
                resp.setContentType("text/turtle");
                RDFDataMgr.write(out, m, Lang.TURTLE);
            }
        }
    }

    /** The counts of the description: one read of the whole store per version of the data (see the class comment). */
    private synchronized Counts counts() {
        return Txn.calculateRead(dataset, () -> {
            long version = dataVersion(dataset);
            if (version >= 0 && version == countedVersion && counts != null) return counts;
            Counts c = Counts.of(dataset, base);
            if (version >= 0) {
                counts = c;
                countedVersion = version;
            }
            return c;
        });
    }

    /** How many times a description's counts were computed in this JVM (to test that they are reused). */
    static long countings() {
        return COUNTINGS.get();
    }

    /**
     * The version of the data the current read transaction sees: TDB2 raises it at each committed write; -1 for a
     * dataset that is not TDB2.
     */
    private static long dataVersion(Dataset dataset) {
        DatasetGraph base = DatasetGraphWrapper.unwrap(dataset.asDatasetGraph()); // below the text index, the TDB2 switch
        if (!(base instanceof DatasetGraphTDB tdb)) return -1;
        var txn = tdb.getTxnSystem().getThreadTransaction();
        return txn == null ? -1 : txn.getDataVersion();
    }

    /** What the description counts. */
    record Counts(long triples, long entities, long documents, Map<Resource, Long> classes, List<Resource> examples) {

        /** The classes whose instances are counted (void:classPartition), in the order they are described. */
        static final List<Resource> CLASSES = List.of(Vocab.Record, Vocab.Publication, Vocab.Person, Vocab.ArchivalLocation, Vocab.Quotation);

        static Counts of(Dataset dataset, String base) {
            COUNTINGS.incrementAndGet();
            Map<Resource, Long> classes = new LinkedHashMap<>();
            for (Resource cls : CLASSES) {
                classes.put(cls, count(dataset, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a <" + cls.getURI() + "> } }"));
            }
            List<Resource> examples = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(
                    "SELECT DISTINCT ?s WHERE { GRAPH ?g { ?pub <" + Vocab.publishes.getURI() + "> ?s } } ORDER BY ?s LIMIT 3").build()) {
                qe.execSelect().forEachRemaining(s -> examples.add(s.getResource("s")));
            }
            return new Counts(
                    count(dataset, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                    count(dataset, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (isIRI(?s) && STRSTARTS(STR(?s), \"" + base + "\")) }"),
                    count(dataset, "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { GRAPH ?g { ?p <" + Vocab.sourceFile.getURI() + "> ?f } }"),
                    Map.copyOf(classes), List.copyOf(examples));
        }
    }

    /** The description of the dataset as served from {@code server} (scheme, host and port). */
    private static Model describe(Dataset dataset, String base, String server, Counts counts) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID);
        m.setNsPrefix("dcat", DCAT);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("akg", Vocab.NS);
        Resource ds = m.createResource(base + "dataset");
        Resource endpoint = m.createResource(server + "/archive/sparql");
        ds.addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .addProperty(DCTerms.title, m.createLiteral("Archive KG: archival correspondence", "en"))
                .addProperty(DCTerms.description, m.createLiteral("Letters and telegrams read from archival publications, with "
                        + "their senders (and pseudonyms), recipients, dates, archive signatures, editions, quotations and replies; "
                        + "every fact with the source passage it was read from.", "en"))
                .addProperty(DCTerms.license, m.createResource(LICENCE))
                .addProperty(DCTerms.hasVersion, Version.VERSION)
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), endpoint)
                .addProperty(m.createProperty(VOID, "uriSpace"), base)
                .addProperty(m.createProperty(VOID, "feature"), m.createResource("http://www.w3.org/ns/formats/N-Quads"))
                .addProperty(m.createProperty(VOID, "feature"), m.createResource("http://www.w3.org/ns/formats/Turtle"));
        for (String v : VOCABULARIES) ds.addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(v));
        Resource service = m.createResource(server + "/archive/sparql")
                .addProperty(RDF.type, m.createResource(DCAT + "DataService"))
                .addProperty(m.createProperty(DCAT, "endpointURL"), endpoint)
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/"));
        ds.addProperty(m.createProperty(DCAT, "accessService"), service);

        ds.addLiteral(m.createProperty(VOID, "triples"), m.createTypedLiteral(counts.triples(), XSD.integer.getURI()));
        ds.addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(counts.entities(), XSD.integer.getURI()));
        ds.addLiteral(m.createProperty(VOID, "documents"), m.createTypedLiteral(counts.documents(), XSD.integer.getURI()));
        for (Resource cls : Counts.CLASSES) {
            ds.addProperty(m.createProperty(VOID, "classPartition"), m.createResource()
                    .addProperty(m.createProperty(VOID, "class"), cls)
                    .addLiteral(m.createProperty(VOID, "entities"), m.createTypedLiteral(counts.classes().get(cls), XSD.integer.getURI())));
        }
        for (Resource example : counts.examples()) ds.addProperty(m.createProperty(VOID, "exampleResource"), example);
        return m;
    }

    private static long count(Dataset dataset, String query) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            QuerySolution s = qe.execSelect().next();
            return s.getLiteral("n").getLong();
        }
    }
}
