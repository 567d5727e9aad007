package org.archivekg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands past {@code --spill-above} files, where nothing may hold the whole corpus in memory. {@code extract}
 * writes N-Quads as the documents are read: the same dataset as the sorted output written from memory, bytes that do
 * not depend on the thread count, and a warning when a format that needs the whole graph is asked for such a corpus.
 * {@code load} streams into the store without the SHACL check (which reads the whole extraction), and says so.
 */
class BigCorpusCommandsTest {

    @TempDir
    Path dir;

    private record Run(int code, String err) {
    }

    private static Run extract(String... args) {
        return run("extract", args);
    }

    private static Run run(String command, String... args) {
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(command, "seeds", "-q"));
        all.addAll(List.of(args));
        int code = ArchiveKg.commandLine().setErr(new PrintWriter(err)).execute(all.toArray(String[]::new));
        return new Run(code, err.toString());
    }

    @Test
    void streamedNQuadsHoldTheSameDatasetAsTheSortedOnes() throws Exception {
        Path sorted = dir.resolve("sorted.nq");
        Path streamed = dir.resolve("streamed.nq");
        Path streamedOneThread = dir.resolve("streamed-1.nq");
        assertEquals(0, extract("-o", sorted.toString()).code());
        assertEquals(0, extract("--spill-above", "0", "-o", streamed.toString()).code());
        assertEquals(0, extract("--spill-above", "0", "--threads", "1", "-o", streamedOneThread.toString()).code());

        List<String> sortedLines = Files.readAllLines(sorted);
        List<String> streamedLines = Files.readAllLines(streamed);
        assertEquals(new ArrayList<>(new TreeSet<>(sortedLines)), sortedLines, "small runs are written sorted, each quad once");
        assertTrue(sortedLines.size() > 5000, "the seeds' graph: " + sortedLines.size());
        assertEquals(new TreeSet<>(sortedLines), new TreeSet<>(streamedLines), "the same quads");
        assertEquals(sortedLines.size(), streamedLines.size(), "each quad once");
        assertFalse(sortedLines.equals(streamedLines), "streamed in file order, not sorted");
        Dataset a = RDFDataMgr.loadDataset(sorted.toString());
        Dataset b = RDFDataMgr.loadDataset(streamed.toString());
        assertTrue(IsoMatcher.isomorphic(a.asDatasetGraph(), b.asDatasetGraph()), "the same dataset");
        assertArrayEquals(Files.readAllBytes(streamed), Files.readAllBytes(streamedOneThread), "the same bytes on 1 and 2 threads");
    }

    @Test
    void aFormatThatNeedsTheWholeGraphWarnsOnABigCorpus() throws Exception {
        Run big = extract("--spill-above", "2", "-o", dir.resolve("out.trig").toString());
        assertEquals(0, big.code(), big.err());
        assertTrue(big.err().contains("warning: trig is written from the whole graph held in memory; for 5 files write N-Quads"),
                big.err());
        assertTrue(Files.size(dir.resolve("out.trig")) > 0);
        Run small = extract("-o", dir.resolve("small.trig").toString());
        assertFalse(small.err().contains("warning: trig"), small.err());
    }

    @Test
    void aNegativeThresholdIsAUsageError() {
        Run r = extract("--spill-above", "-1", "-o", dir.resolve("x.nq").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--spill-above must not be negative"), r.err());
    }

    @Test
    void loadStreamsABigCorpusWithoutTheInMemoryCheckAndSaysSo() {
        Path streamed = dir.resolve("streamed");
        Run big = run("load", "--spill-above", "2", "--data", streamed.toString());
        assertEquals(0, big.code(), big.err());
        assertTrue(big.err().contains("warning: the SHACL check needs the whole extraction in memory; 5 files are loaded as they are read"),
                big.err());
        Path checked = dir.resolve("checked");
        Run small = run("load", "--data", checked.toString());
        assertEquals(0, small.code(), small.err());
        assertFalse(small.err().contains("SHACL"), small.err());
        Run quiet = run("load", "--spill-above", "2", "--no-validate", "--data", dir.resolve("unchecked").toString());
        assertFalse(quiet.err().contains("SHACL"), quiet.err());
        // the same graphs either way
        try (org.archivekg.store.Store a = org.archivekg.store.Store.open(streamed); org.archivekg.store.Store b = org.archivekg.store.Store.open(checked)) {
            java.util.Set<String> streamedQuads = fileGraphs(a);
            java.util.Set<String> checkedQuads = fileGraphs(b);
            assertTrue(streamedQuads.size() > 5000, "the seeds' quads: " + streamedQuads.size());
            assertTrue(streamedQuads.equals(checkedQuads), "the same quads: " + streamedQuads.size() + " and " + checkedQuads.size());
        }
    }

    /** The quads of the source files' graphs and the reference graph (not the run graph, whose times differ). */
    private static java.util.Set<String> fileGraphs(org.archivekg.store.Store store) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            java.util.Set<String> quads = new TreeSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                if (!q.getGraph().getURI().endsWith("/graph/run")) quads.add(q.toString());
            });
            return quads;
        });
    }
}
