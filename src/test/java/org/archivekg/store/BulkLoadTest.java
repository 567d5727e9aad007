package org.archivekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.archivekg.bench.SeedCopies;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.rdf.Iris;
import org.archivekg.search.PassageSearch;
import org.archivekg.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bulk build ({@code load --bulk}): it holds what a transactional load of the same files holds, and a build that
 * fails, or is killed (a real child JVM, SIGKILL), leaves the old store readable and unchanged.
 */
class BulkLoadTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    @TempDir
    Path tmp;

    @Test
    void aBulkBuildHoldsWhatATransactionalLoadHolds() {
        Set<Quad> transactional = loadTransactional(tmp.resolve("a"), true);
        Set<Quad> streamed = loadTransactional(tmp.resolve("b"), false);
        RunReport report = new BulkLoader(tmp.resolve("c")).build(Pipeline.builder().build(), List.of(SEEDS));
        assertEquals(5, report.filesRead().size());
        Set<Quad> bulk = quads(tmp.resolve("c"), false);
        assertTrue(transactional.size() > 5000, "seeds: " + transactional.size() + " quads");
        assertEquals(transactional, streamed, "a load without the SHACL check streams into the store, with the same result");
        assertEquals(transactional, bulk);
        assertEquals(runGraphFiles(tmp.resolve("a")), runGraphFiles(tmp.resolve("c")), "the run graph names the same files");
        assertNoLeftovers(tmp.resolve("c"));
    }

    @Test
    void aBulkBuiltStoreAnswersFullTextSearches() {
        Path store = tmp.resolve("store");
        loadTransactional(store, true); // a store with a text index, which the bulk build replaces
        new BulkLoader(store).build(Pipeline.builder().build(), List.of(SEEDS));
        assertFalse(Files.exists(store.resolve(SearchIndex.DIRECTORY)), "the bulk build has no index of its own");
        try (Store s = Store.open(store)) { // builds the index: the bulk loader bypassed it
            PassageSearch.Result r = new PassageSearch(s.dataset(), IRIS).search("дивизиями", List.of("ru"), 50);
            Set<String> files = new TreeSet<>();
            r.passages().forEach(p -> files.add(p.file()));
            assertEquals(5, files.size(), "passages of every seed: " + files);
        }
        assertTrue(Files.isDirectory(store.resolve(SearchIndex.DIRECTORY)), "the index is kept for the next opening");
    }

    @Test
    void aBulkBuildReplacesWhatTheStoreHeld() throws IOException {
        Path store = tmp.resolve("store");
        loadTransactional(store, true);
        Path copies = tmp.resolve("copies");
        SeedCopies.write(SEEDS, copies, 1); // copy 0: the seeds under other names
        new BulkLoader(store).build(Pipeline.builder().build(), List.of(copies));
        Set<String> files = runGraphFiles(store);
        assertEquals(5, files.size(), files.toString());
        assertTrue(files.stream().allMatch(f -> f.contains("c0000000_")), files.toString());
    }

    @Test
    void aFailedBulkBuildLeavesTheOldStoreAsItWas() {
        Path store = tmp.resolve("store");
        loadTransactional(store, true);
        Set<Quad> before = quads(store, true);
        BulkLoader failing = new BulkLoader(store).beforeSwap(() -> {
            throw new IllegalStateException("disk full (simulated)");
        });
        assertThrows(IllegalStateException.class, () -> failing.build(Pipeline.builder().build(), List.of(SEEDS)));
        assertEquals(before, quads(store, true));
        assertNoLeftovers(store);
    }

    @Test
    void aKilledBulkBuildLeavesTheOldStoreAsItWas() throws Exception {
        Path store = tmp.resolve("store");
        loadTransactional(store, true);
        Set<Quad> before = quads(store, true);
        Path copies = tmp.resolve("copies");
        SeedCopies.write(SEEDS, copies, 12);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.archivekg.cli.ArchiveKg", "load", "--bulk", copies.toString(), "--data", store.toString());
        pb.redirectOutput(tmp.resolve("child.out").toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process child = pb.start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
                if (line.startsWith("bulk: loading")) break; // the documents are read; Jena's bulk loader starts now
            }
            assertTrue(child.isAlive(), () -> "the child ended before the bulk loader started: " + lines);
            child.destroyForcibly();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        } finally {
            if (child.isAlive()) child.destroyForcibly();
        }
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("bulk-loaded")), lines::toString);
        assertTrue(Files.exists(BulkLoader.sibling(store.toAbsolutePath(), BulkLoader.BUILD)), "the child was killed during its build");

        assertEquals(before, quads(store, true), "the old store is unchanged");
        // and the next bulk build clears what the killed one left
        new BulkLoader(store).build(Pipeline.builder().build(), List.of(SEEDS));
        assertEquals(quads(store, false).size(), before.stream().filter(q -> !q.getGraph().equals(IRIS.runGraph())).count());
        assertNoLeftovers(store);
    }

    @Test
    void aSwapCutShortIsFinishedWhenTheStoreIsOpened() throws IOException {
        Path built = tmp.resolve("built");
        new BulkLoader(built).build(Pipeline.builder().build(), List.of(SEEDS));
        Set<Quad> expected = quads(built, true);
        Path store = tmp.resolve("store").toAbsolutePath();
        // killed between "STORE → STORE.bulk-old" and "STORE.bulk-ready → STORE"
        Files.move(built, BulkLoader.sibling(store, BulkLoader.READY));
        Files.createDirectories(BulkLoader.sibling(store, BulkLoader.OLD)).resolve("junk");
        assertEquals(expected, quads(store, true));
        assertNoLeftovers(store);
    }

    // ------------------------------------------------------------------------------------------------

    private static Set<Quad> loadTransactional(Path dir, boolean validate) {
        try (Store s = Store.open(dir)) {
            s.load(Pipeline.builder().build(), List.of(SEEDS), validate, false);
        }
        return quads(dir, false);
    }

    private static Set<Quad> quads(Path dir, boolean withRunGraph) {
        try (Store s = Store.open(dir)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Set<Quad> all = new HashSet<>();
                s.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                    if (withRunGraph || !q.getGraph().equals(IRIS.runGraph())) all.add(q);
                });
                return all;
            });
        }
    }

    /** The files the run graph says the last load used. */
    private static Set<String> runGraphFiles(Path dir) {
        Set<String> files = new HashSet<>();
        for (Quad q : quads(dir, true)) {
            if (q.getGraph().equals(IRIS.runGraph()) && q.getPredicate().getURI().endsWith("#used")) files.add(q.getObject().getURI());
        }
        if (files.isEmpty()) fail("no run graph in " + dir);
        return files;
    }

    private static void assertNoLeftovers(Path store) {
        Path abs = store.toAbsolutePath().normalize();
        for (String suffix : List.of(BulkLoader.BUILD, BulkLoader.READY, BulkLoader.OLD)) {
            assertFalse(Files.exists(BulkLoader.sibling(abs, suffix)), "left beside the store: " + suffix);
        }
    }
}
