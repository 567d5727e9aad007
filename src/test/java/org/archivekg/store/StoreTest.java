package org.archivekg.store;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.archivekg.cli.ArchiveKg;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.rdf.Iris;
import org.archivekg.rdf.Vocab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TDB2 store, on real directories: loads are idempotent, a file's graph is a function of that file alone,
 * graphs are named after the files, data survives a reopen, a changed file replaces exactly its own graph, and
 * {@code --base} moves every minted IRI.
 */
class StoreTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final String SEED_002 = "002_fe4253cd466e7b7f.txt";
    private static final String VOCAB_NS = "https://w3id.org/archive-kg/";
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    @TempDir
    Path tmp;

    private final List<Store> opened = new ArrayList<>();

    @AfterEach
    void closeStores() {
        for (Store s : opened) release(s);
        opened.clear();
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    void loadingTheSeedsTwiceChangesNothing() {
        Store store = open(tmp.resolve("tdb"));
        load(store, Pipeline.builder(), List.of(SEEDS), 5);
        Set<Quad> first = quadsWithoutRunGraph(store);
        long firstCount = countWithoutRunGraph(store);
        assertEquals(first.size(), firstCount, "quad count vs distinct quads");
        assertTrue(firstCount > 0, "nothing loaded");

        load(store, Pipeline.builder(), List.of(SEEDS), 5);
        Set<Quad> second = quadsWithoutRunGraph(store);
        assertEquals(firstCount, countWithoutRunGraph(store), "quads (without the run graph) after loading the seeds again");
        assertSetsEqual(first, second, "second load of the same seeds");

        // the run graph is replaced, not added to: one run, one start time
        Node run = IRIS.runGraph();
        long starts = Txn.calculateRead(store.dataset(), () -> Iter.count(store.dataset().asDatasetGraph().find(run, Node.ANY,
                NodeFactory.createURI("http://www.w3.org/ns/prov#startedAtTime"), Node.ANY)));
        assertEquals(1, starts, "prov:startedAtTime in the run graph after two loads");
    }

    @Test
    void loadingOneSeedThenAllGivesTheSameFileGraphsAsAllAtOnce() {
        Store stepwise = open(tmp.resolve("stepwise"));
        load(stepwise, Pipeline.builder(), List.of(SEEDS.resolve(SEED_002)), 1);
        load(stepwise, Pipeline.builder(), List.of(SEEDS), 5);

        Store atOnce = open(tmp.resolve("at-once"));
        load(atOnce, Pipeline.builder(), List.of(SEEDS), 5);

        assertEquals(fileGraphNames(atOnce), fileGraphNames(stepwise), "file graph names");
        assertSetsEqual(fileGraphQuads(atOnce), fileGraphQuads(stepwise), "file graphs: one seed then all five, vs all five at once");
        assertSetsEqual(graphQuads(atOnce, IRIS.referenceGraph()), graphQuads(stepwise, IRIS.referenceGraph()), "reference graph");
    }

    @Test
    void everyGraphIsAFileGraphNamedAfterItsSeedOrTheReferenceOrRunGraph() throws IOException {
        Store store = open(tmp.resolve("tdb"));
        load(store, Pipeline.builder(), List.of(SEEDS), 5);
        Set<String> seedNames;
        try (Stream<Path> s = Files.list(SEEDS)) {
            seedNames = s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(5, seedNames.size(), "seed files");

        Set<String> expected = seedNames.stream().map(n -> Iris.DEFAULT_BASE + "graph/" + n).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, fileGraphNames(store), "named graphs other than the reference and run graphs");

        Set<Node> all = graphNames(store);
        assertTrue(all.contains(IRIS.referenceGraph()), "no reference graph: " + all);
        assertTrue(all.contains(IRIS.runGraph()), "no run graph: " + all);
        assertEquals(expected.size() + 2, all.size(), () -> "graphs: " + all);

        // nothing in the default graph: every triple lives in a named graph
        long inDefault = Txn.calculateRead(store.dataset(),
                () -> Iter.count(store.dataset().asDatasetGraph().getDefaultGraph().find()));
        assertEquals(0, inDefault, "triples in the default graph");

        // each file graph is about its own file
        for (String name : seedNames) {
            Node g = IRIS.graph(name);
            boolean describesFile = Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .contains(g, IRIS.sourceFile(name), RDFS.label.asNode(), NodeFactory.createLiteralString(name)));
            assertTrue(describesFile, "graph " + g + " does not label its source file " + name);
        }
    }

    @Test
    void aReopenedStoreStillHoldsTheData() {
        Path dir = tmp.resolve("tdb");
        Set<Quad> before;
        Store store = Store.open(dir);
        try {
            load(store, Pipeline.builder(), List.of(SEEDS), 5);
            before = allQuads(store);
        } finally {
            // close, and make TDB2 forget the database, so the next open reads it back from disk
            release(store);
        }
        assertTrue(before.size() > 0, "nothing loaded");

        Store reopened = open(dir);
        assertSetsEqual(before, allQuads(reopened), "quads after reopening the store directory");
    }

    @Test
    void aChangedFileReplacesItsOwnGraphAndNothingElse() throws IOException {
        Path docs = tmp.resolve("docs");
        Files.createDirectories(docs);
        try (Stream<Path> s = Files.list(SEEDS)) {
            for (Path p : s.toList()) Files.copy(p, docs.resolve(p.getFileName()));
        }
        Store store = open(tmp.resolve("tdb"));
        load(store, Pipeline.builder(), List.of(docs), 5);

        Node g002 = IRIS.graph(SEED_002);
        Map<Node, Set<Quad>> before = quadsByFileGraph(store);
        assertEquals(Set.of("Filippov"), signedAsLabels(store, g002), "signedAs of 002 before the change");

        // the same file, now signed "Ivanov" (the English and the Russian signature lines)
        Path file = docs.resolve(SEED_002);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String changed = text.replace("\nFilippov\n", "\nIvanov\n").replace("\nФилиппов\n", "\nИванов\n");
        assertFalse(changed.equals(text), "the signature lines were not found in " + SEED_002);
        assertEquals(text.length() - 4, changed.length(), "exactly two signature lines are changed");
        Files.writeString(file, changed, StandardCharsets.UTF_8);

        load(store, Pipeline.builder(), List.of(file), 1);
        Map<Node, Set<Quad>> after = quadsByFileGraph(store);

        assertEquals(before.keySet(), after.keySet(), "file graphs after reloading one changed file");
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        for (Node g : before.keySet()) {
            if (g.equals(g002)) continue;
            checks.add(() -> assertSetsEqual(before.get(g), after.get(g), "untouched graph " + g));
        }
        checks.add(() -> assertFalse(before.get(g002).equals(after.get(g002)), "graph of 002 did not change"));
        checks.add(() -> assertEquals(Set.of("Ivanov"), signedAsLabels(store, g002), "signedAs of 002 after the change"));
        Node filippov = IRIS.nameForm("Filippov");
        checks.add(() -> assertFalse(signedAsObjects(store, g002).contains(filippov), "the old signature is still in the graph of 002"));
        // the old graph's content is gone: every quad that mentions the new name is new, and the graph is not a union
        Set<Quad> stale = new HashSet<>(after.get(g002));
        stale.removeAll(freshGraph(docs.resolve(SEED_002), g002));
        // the store adds where the file was read (prov:atLocation), which a fresh extraction does not know
        stale.removeIf(q -> q.getPredicate().getURI().equals("http://www.w3.org/ns/prov#atLocation"));
        checks.add(() -> assertTrue(stale.isEmpty(), "quads of the old version left in the graph of 002: " + stale));
        assertAll(checks);
    }

    @Test
    void aBaseMovesEveryMintedIri() throws IOException {
        String base = "https://archive.example.org/id/";

        // through the pipeline
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ProblemCollector problems = new ProblemCollector();
        RunReport report = Pipeline.builder().base(base).problems(problems).build().run(List.of(SEEDS), StreamRDFLib.dataset(dsg));
        assertEquals(5, report.filesRead().size(), () -> "not read: " + report.filesFailed() + " " + problems.problems());
        checkBase(dsg, base, "pipeline");

        // through the store
        Store store = open(tmp.resolve("tdb"));
        load(store, Pipeline.builder().base(base), List.of(SEEDS), 5);
        Txn.executeRead(store.dataset(), () -> checkBase(store.dataset().asDatasetGraph(), base, "store"));

        // through the command line
        Path nq = tmp.resolve("based.nq");
        StringWriter err = new StringWriter();
        int exit = ArchiveKg.commandLine().setErr(new PrintWriter(err, true))
                .execute("extract", SEEDS.toString(), "--base", base, "-q", "-o", nq.toString());
        assertEquals(0, exit, () -> "extract --base failed: " + err);
        DatasetGraph fromCli = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fromCli, nq.toString());
        checkBase(fromCli, base, "extract --base");
    }

    private static void checkBase(DatasetGraph dsg, String base, String how) {
        Set<String> badGraphs = new TreeSet<>();
        Set<String> badSubjects = new TreeSet<>();
        Set<String> oldBase = new TreeSet<>();
        Set<String> fileGraphs = new TreeSet<>();
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); ) {
            Quad q = it.next();
            String g = q.getGraph().getURI();
            if (!g.startsWith(base + "graph/")) badGraphs.add(g);
            boolean fileGraph = !g.equals(base + "graph/reference") && !g.equals(base + "graph/run");
            if (fileGraph) fileGraphs.add(g);
            Node s = q.getSubject();
            if (fileGraph && !(s.isURI() && (s.getURI().startsWith(base) || s.getURI().startsWith(VOCAB_NS)))) {
                badSubjects.add(s.toString());
            }
            for (Node n : List.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Iris.DEFAULT_BASE)) oldBase.add(n.getURI());
                if (n.isBlank()) badSubjects.add("blank node " + n);
            }
        }
        Set<String> expectedFileGraphs = new TreeSet<>();
        for (String f : List.of("000_256815a977ff7b0b.txt", "001_d42d411745a7864a.txt", SEED_002, "003_8407d3f3e1911c0a.txt",
                "004_fb0b047ba36df19f.txt")) {
            expectedFileGraphs.add(base + "graph/" + f);
        }
        assertAll(how,
                () -> assertEquals(expectedFileGraphs, fileGraphs, how + ": file graphs"),
                () -> assertTrue(badGraphs.isEmpty(), how + ": graphs not under the base: " + badGraphs),
                () -> assertTrue(badSubjects.isEmpty(), how + ": subjects of file graphs neither under the base nor under "
                        + VOCAB_NS + ": " + badSubjects),
                () -> assertTrue(oldBase.isEmpty(), how + ": IRIs still under the default base: " + oldBase));
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private Store open(Path dir) {
        Store s = Store.open(dir);
        opened.add(s);
        return s;
    }

    /** Closes a store, which expels its database from TDB2's cache ({@code Dataset.close()} alone keeps it open). */
    private static void release(Store store) {
        store.close();
    }

    private static RunReport load(Store store, Pipeline.Builder builder, List<Path> paths, int expectedFiles) {
        ProblemCollector problems = new ProblemCollector();
        RunReport report = store.load(builder.problems(problems).build(), paths);
        assertEquals(expectedFiles, report.filesRead().size(),
                () -> "files read from " + paths + ": " + report.filesRead() + "; failed " + report.filesFailed() + " " + problems.problems());
        assertFalse(report.anyFailed(), () -> "failed: " + report.filesFailed());
        return report;
    }

    private static Set<Quad> allQuads(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Quad> set = new HashSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(set::add);
            return set;
        });
    }

    private static Set<Quad> quadsWithoutRunGraph(Store store) {
        Node run = IRIS.runGraph();
        return allQuads(store).stream().filter(q -> !q.getGraph().equals(run)).collect(Collectors.toSet());
    }

    private static long countWithoutRunGraph(Store store) {
        Node run = IRIS.runGraph();
        return Txn.calculateRead(store.dataset(), () -> {
            long n = 0;
            for (Iterator<Quad> it = store.dataset().asDatasetGraph().find(); it.hasNext(); ) {
                if (!it.next().getGraph().equals(run)) n++;
            }
            return n;
        });
    }

    private static boolean isFileGraph(Node g) {
        return !g.equals(IRIS.referenceGraph()) && !g.equals(IRIS.runGraph());
    }

    private static Set<Node> graphNames(Store store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Node> set = new HashSet<>();
            store.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(set::add);
            return set;
        });
    }

    private static Set<String> fileGraphNames(Store store) {
        return graphNames(store).stream().filter(StoreTest::isFileGraph).map(Node::getURI).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<Quad> fileGraphQuads(Store store) {
        return allQuads(store).stream().filter(q -> isFileGraph(q.getGraph())).collect(Collectors.toSet());
    }

    private static Set<Quad> graphQuads(Store store, Node g) {
        return allQuads(store).stream().filter(q -> q.getGraph().equals(g)).collect(Collectors.toSet());
    }

    private static Map<Node, Set<Quad>> quadsByFileGraph(Store store) {
        Map<Node, Set<Quad>> map = new HashMap<>();
        for (Quad q : fileGraphQuads(store)) map.computeIfAbsent(q.getGraph(), k -> new HashSet<>()).add(q);
        return map;
    }

    private static Set<Node> signedAsObjects(Store store, Node graph) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Node> set = new HashSet<>();
            store.dataset().asDatasetGraph().find(graph, Node.ANY, Vocab.signedAs.asNode(), Node.ANY)
                    .forEachRemaining(q -> set.add(q.getObject()));
            return set;
        });
    }

    /** The labels, in the same file graph, of the name forms that graph says its records are signed with. */
    private static Set<String> signedAsLabels(Store store, Node graph) {
        Set<Node> forms = signedAsObjects(store, graph);
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> labels = new TreeSet<>();
            for (Node f : forms) {
                store.dataset().asDatasetGraph().find(graph, f, RDFS.label.asNode(), Node.ANY)
                        .forEachRemaining(q -> labels.add(q.getObject().getLiteralLexicalForm()));
            }
            return labels;
        });
    }

    /** The graph one file gives on its own, extracted afresh into memory. */
    private static Set<Quad> freshGraph(Path file, Node graph) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Pipeline.builder().build().run(List.of(file), StreamRDFLib.dataset(dsg));
        Set<Quad> set = new HashSet<>();
        dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(set::add);
        return set;
    }

    private static void assertSetsEqual(Set<Quad> expected, Set<Quad> actual, String what) {
        if (expected.equals(actual)) return;
        Set<Quad> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Quad> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        throw new org.opentest4j.AssertionFailedError(what + ": " + missing.size() + " quads missing, " + extra.size()
                + " unexpected; first missing " + first(missing) + "; first unexpected " + first(extra));
    }

    private static List<String> first(Set<Quad> quads) {
        return quads.stream().map(Quad::toString).sorted().limit(5).toList();
    }

    /** Counting iterators without pulling in another library. */
    private static final class Iter {
        static long count(Iterator<?> it) {
            long n = 0;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        }
    }
}
