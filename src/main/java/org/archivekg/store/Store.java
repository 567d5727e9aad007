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
import org.archivekg.validate.Report;
import org.archivekg.validate.Validator;
import org.archivekg.validate.Violation;

/**
 * The on-disk store: a TDB2 dataset with one named graph per source file. A load extracts everything first,
 * then changes the store in one write transaction: each file's graph is replaced (re-loading a file changes
 * nothing; a new version of a file replaces what the old one contributed), the reference graph is added to, and
 * the run graph is replaced. A load that fails part-way aborts, and the store stays as it was.
 */
public final class Store implements AutoCloseable {

    private static final String PROV = "http://www.w3.org/ns/prov#";

    private final Dataset dataset;

    private Store(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the TDB2 store in a directory. */
    public static Store open(Path directory) {
        return new Store(TDB2Factory.connectDataset(directory.toString()));
    }

    public Dataset dataset() {
        return dataset;
    }

    public RunReport load(Pipeline pipeline, List<Path> paths) {
        return load(pipeline, paths, true);
    }

    /**
     * Extracts, (optionally) checks against the SHACL shapes, and writes in one transaction. A file whose graph
     * violates the shapes is reported as an error and not loaded; warnings are reported only.
     */
    public RunReport load(Pipeline pipeline, List<Path> paths, boolean validate) {
        Instant start = Instant.now();
        DatasetGraph extracted = DatasetGraphFactory.createTxnMem();
        RunReport extractedReport = pipeline.run(paths, StreamRDFLib.dataset(extracted));
        Iris iris = pipeline.iris();
        RunReport report = validate ? validate(extracted, extractedReport, iris, pipeline.problems()) : extractedReport;
        Node reference = iris.referenceGraph();
        Node run = iris.runGraph();
        Txn.executeWrite(dataset, () -> {
            DatasetGraph store = dataset.asDatasetGraph();
            for (Iterator<Node> it = extracted.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (!g.equals(reference)) store.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            }
            extracted.find().forEachRemaining(store::add);
            store.deleteAny(run, Node.ANY, Node.ANY, Node.ANY);
            runFacts(iris, report, start).forEach(store::add);
        });
        return report;
    }

    /**
     * Removes what source files contributed: their named graphs, in one transaction. Links that other files drew
     * to these files' records stay until those files are loaded again (links are derived per run).
     *
     * @return the names of the files that had a graph here
     */
    public List<String> remove(Iris iris, List<String> fileNames) {
        List<String> removed = new ArrayList<>();
        Txn.executeWrite(dataset, () -> {
            DatasetGraph store = dataset.asDatasetGraph();
            for (String name : fileNames) {
                Node g = iris.graph(name);
                if (store.containsGraph(g)) {
                    store.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                    removed.add(name);
                }
            }
        });
        return removed;
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
    private static List<Quad> runFacts(Iris iris, RunReport report, Instant start) {
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
        TDBInternal.expel(dataset.asDatasetGraph(), true);
    }
}
