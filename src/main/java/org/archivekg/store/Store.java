package org.archivekg.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.archivekg.Version;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.rdf.Iris;
import org.archivekg.problem.ProblemHandler;
import org.archivekg.problem.SourcePos;
import org.archivekg.rdf.Vocab;
import org.archivekg.search.SearchIndex;
import org.archivekg.validate.Report;
import org.archivekg.validate.Validator;
import org.archivekg.validate.Violation;

/**
 * The on-disk store: a TDB2 dataset with one named graph per source file. A load changes the store in one write
 * transaction: each file's graph is replaced (re-loading a file changes nothing; a new version of a file replaces
 * what the old one contributed), the reference graph is added to, and the run graph is replaced. A load that fails
 * part-way aborts, and the store stays as it was. With the SHACL check, everything is extracted (in memory) and
 * checked before the transaction; without it, documents stream into the transaction as they are read. A first
 * build of a big store goes through {@link BulkLoader} instead.
 */
public final class Store implements AutoCloseable {

    private static final String PROV = "http://www.w3.org/ns/prov#";

    private final Dataset tdb;
    private final Dataset dataset;

    private Store(Dataset tdb, Dataset dataset) {
        this.tdb = tdb;
        this.dataset = dataset;
    }

    /**
     * Opens (creating if needed) the TDB2 store in a directory, with its full-text index (in the same directory,
     * updated in the store's transactions); finishes or discards what a killed bulk build left. A store without an
     * index (made before it had one, or by a bulk build) gets one built now.
     */
    public static Store open(Path directory) {
        BulkLoader.recover(directory);
        boolean hadIndex = SearchIndex.exists(directory);
        Dataset tdb = TDB2Factory.connectDataset(directory.toString());
        Store store = new Store(tdb, SearchIndex.attach(tdb, directory));
        if (!hadIndex && !Txn.calculateRead(tdb, tdb::isEmpty)) store.rebuildTextIndex();
        return store;
    }

    /** The store's dataset, with its text index: what the server serves and loads go through. */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Builds the full-text index anew from what the store holds (after a bulk load, or to repair it).
     *
     * @return the number of entries indexed
     */
    public long rebuildTextIndex() {
        return SearchIndex.rebuild(dataset);
    }

    public RunReport load(Pipeline pipeline, List<Path> paths) {
        return load(pipeline, paths, true);
    }

    public RunReport load(Pipeline pipeline, List<Path> paths, boolean validate) {
        return load(pipeline, paths, validate, false);
    }

    private static final Node AT_LOCATION = NodeFactory.createURI(PROV + "atLocation");

    /**
     * The source files this store holds, by file name, with the path each was read from: each file's graph says
     * where its file was ({@code prov:atLocation}), so that removing its graph forgets it too.
     */
    public Map<String, Path> sources() {
        return Txn.calculateRead(dataset, () -> {
            Map<String, Path> out = new java.util.TreeMap<>();
            dataset.asDatasetGraph().find(Node.ANY, Node.ANY, AT_LOCATION, Node.ANY).forEachRemaining(q -> {
                if (!q.getObject().isURI() || !q.getObject().getURI().startsWith("file:")) return;
                Path p = Path.of(java.net.URI.create(q.getObject().getURI()));
                out.put(p.getFileName().toString(), p);
            });
            return out;
        });
    }

    /** The given files and the others this store holds whose files still exist: the corpus to link anew. */
    private List<Path> withRecordedSources(List<Path> paths, java.util.Collection<String> leaveOut) {
        java.util.Set<String> given = new java.util.HashSet<>(leaveOut);
        for (Path p : org.archivekg.source.SourceFiles.of(paths, problem -> { })) given.add(p.getFileName().toString());
        List<Path> all = new ArrayList<>(paths);
        sources().forEach((name, path) -> {
            if (!given.contains(name) && java.nio.file.Files.isRegularFile(path)) all.add(path);
        });
        return all;
    }

    /**
     * Extracts, (optionally) checks against the SHACL shapes, and writes in one transaction. A file whose graph
     * violates the shapes is reported as an error and not loaded; warnings are reported only.
     */
    /**
     * @param relink also read again the other files this store holds (from where they were loaded, if still there),
     *               so that the links between them and these files are derived anew over the whole corpus
     */
    public RunReport load(Pipeline pipeline, List<Path> paths, boolean validate, boolean relink) {
        Instant start = Instant.now();
        List<Path> inputs = relink ? withRecordedSources(paths, List.of()) : paths;
        if (!validate) return loadStreaming(pipeline, inputs, start);
        DatasetGraph extracted = DatasetGraphFactory.createTxnMem();
        RunReport extractedReport = pipeline.run(inputs, StreamRDFLib.dataset(extracted));
        Iris iris = pipeline.iris();
        RunReport report = validate(extracted, extractedReport, iris, pipeline.problems());
        Node reference = iris.referenceGraph();
        Node run = iris.runGraph();
        Txn.executeWrite(dataset, () -> {
            DatasetGraph store = dataset.asDatasetGraph();
            for (Iterator<Node> it = extracted.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (!g.equals(reference)) store.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
            extracted.find().forEachRemaining(store::add);
            recordLocations(store, iris, report.filesRead());
            store.deleteAny(run, Node.ANY, Node.ANY, Node.ANY);
            runFacts(iris, report, start).forEach(store::add);
        });
        return report;
    }

    /**
     * Without the SHACL check nothing needs the whole extraction at once: the documents stream into the write
     * transaction as they are read, each file's old graph removed when its first new quad arrives.
     */
    private RunReport loadStreaming(Pipeline pipeline, List<Path> inputs, Instant start) {
        Iris iris = pipeline.iris();
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph store = dataset.asDatasetGraph();
            RunReport report = pipeline.run(inputs, new GraphReplacingSink(store, iris.referenceGraph()));
            recordLocations(store, iris, report.filesRead());
            store.deleteAny(iris.runGraph(), Node.ANY, Node.ANY, Node.ANY);
            runFacts(iris, report, start).forEach(store::add);
            return report;
        });
    }

    /**
     * Removes what source files contributed, their graphs, in one transaction — without deriving the remaining
     * files' links anew (see {@link #remove(Pipeline, List)}).
     *
     * @return the names of the files that had a graph here
     */
    public List<String> remove(Iris iris, List<String> fileNames) {
        List<String> removed = new ArrayList<>();
        Txn.executeWrite(dataset, () -> removeGraphs(dataset.asDatasetGraph(), iris, fileNames, removed));
        return removed;
    }

    /** Where each loaded file was read, in its own graph (the store's, not the extraction's: paths differ per machine). */
    private static void recordLocations(DatasetGraph store, Iris iris, List<String> files) {
        locations(iris, files).forEach(store::add);
    }

    static List<Quad> locations(Iris iris, List<String> files) {
        List<Quad> quads = new ArrayList<>();
        for (String f : files) {
            Path p = Path.of(f).toAbsolutePath().normalize();
            String name = p.getFileName().toString();
            quads.add(Quad.create(iris.graph(name), iris.sourceFile(name), AT_LOCATION, NodeFactory.createURI(p.toUri().toString())));
        }
        return quads;
    }

    /**
     * Removes what source files contributed — their graphs — and derives the links of the remaining corpus anew:
     * the other files this store holds are read again from where they were loaded (if still there), and their graphs
     * replaced, all in one transaction.
     *
     * @return the names of the files that had a graph here
     */
    public List<String> remove(Pipeline pipeline, List<String> fileNames) {
        Iris iris = pipeline.iris();
        List<Path> remaining = withRecordedSources(List.of(), fileNames);
        DatasetGraph extracted = DatasetGraphFactory.createTxnMem();
        RunReport report = remaining.isEmpty() ? null : pipeline.run(remaining, StreamRDFLib.dataset(extracted));
        List<String> removed = new ArrayList<>();
        Txn.executeWrite(dataset, () -> {
            DatasetGraph store = dataset.asDatasetGraph();
            removeGraphs(store, iris, fileNames, removed);
            for (Iterator<Node> it = extracted.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (!g.equals(iris.referenceGraph())) store.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
            extracted.find().forEachRemaining(store::add);
            if (report != null) recordLocations(store, iris, report.filesRead());
        });
        return removed;
    }

    private static void removeGraphs(DatasetGraph store, Iris iris, List<String> fileNames, List<String> removed) {
        for (String name : fileNames) {
            Node g = iris.graph(name);
            if (store.containsGraph(g)) {
                store.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                removed.add(name);
            }
        }
    }

    /** SHACL-checks what was extracted; a file with a violation is reported and left out, warnings are only reported. */
    private static RunReport validate(DatasetGraph extracted, RunReport report, Iris iris, ProblemHandler problems) {
        Report validation = Validator.standard().validate(extracted);
        if (validation.results().isEmpty()) return report;
        Map<String, String> pathOf = new HashMap<>();
        for (String f : report.filesRead()) pathOf.put(Path.of(f).getFileName().toString(), f);
        for (Violation v : validation.results()) {
            for (String name : v.sourceFiles().isEmpty() ? List.of("(graph)") : v.sourceFiles()) {
                SourcePos pos = SourcePos.ofFile(pathOf.getOrDefault(name, name));
                if (v.isViolation()) problems.error("does not conform to the shapes: " + v.detail(), pos);
                else problems.warning("shapes: " + v.detail(), pos);
            }
        }
        Set<String> rejected = validation.filesWithViolations();
        if (rejected.isEmpty()) return report;
        List<String> rejectedPaths = new ArrayList<>();
        for (String f : report.filesRead()) {
            String name = Path.of(f).getFileName().toString();
            if (rejected.contains(name)) {
                extracted.removeGraph(iris.graph(name));
                rejectedPaths.add(f);
            }
        }
        return report.without(rejectedPaths, Iter.count(extracted.find()));
    }

    /** When, how long and which files: kept apart so that the file graphs stay a function of their input. */
    static List<Quad> runFacts(Iris iris, RunReport report, Instant start) {
        Node g = iris.runGraph();
        Node run = NodeFactory.createURI(iris.base() + "run/latest");
        List<Quad> quads = new ArrayList<>();
        quads.add(Quad.create(g, run, RDF.type.asNode(), NodeFactory.createURI(PROV + "Activity")));
        quads.add(Quad.create(g, run, NodeFactory.createURI(PROV + "startedAtTime"),
                NodeFactory.createLiteralDT(start.toString(), XSDDatatype.XSDdateTime)));
        quads.add(Quad.create(g, run, NodeFactory.createURI(PROV + "endedAtTime"),
                NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime)));
        quads.add(Quad.create(g, run, Vocab.extractorVersion.asNode(), NodeFactory.createLiteralString(Version.VERSION)));
        quads.add(Quad.create(g, run, NodeFactory.createURI(PROV + "value"),
                NodeFactory.createLiteralString("read " + report.filesRead().size() + " files, failed " + report.filesFailed().size()
                        + ", " + report.quads() + " quads in " + Duration.between(start, Instant.now()).toMillis() + " ms")));
        for (String f : report.filesRead()) {
            quads.add(Quad.create(g, run, NodeFactory.createURI(PROV + "used"), iris.sourceFile(Path.of(f).getFileName().toString())));
        }
        return quads;
    }

    /** Releases the database: TDB2 keeps it open (and locked) per JVM until it is expelled, so close means expel. */
    @Override
    public void close() {
        dataset.close();
        TDBInternal.expel(tdb.asDatasetGraph(), true);
    }
}
