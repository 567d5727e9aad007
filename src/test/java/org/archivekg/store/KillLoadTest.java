package org.archivekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.rdf.Iris;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load killed part-way leaves the store as it was. The seeds are loaded in-process and the store closed; then a
 * real child JVM ({@code archive-kg load COPIES --data STORE}) is killed with {@code destroyForcibly()} (SIGKILL: no
 * shutdown hooks, no abort) — once while it is still reading, once after it has read everything and is writing its
 * one TDB2 write transaction — and the reopened store must hold exactly the quads it held before. A child allowed to
 * finish adds the copies' graphs. Each load extracts everything before it writes (Store.load), so only the second
 * kill exercises TDB2's recovery of an uncommitted transaction; the test checks the child was killed inside it.
 */
class KillLoadTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    /** Copies of each seed for the child to load: enough that reading takes seconds and writing over a second. */
    private static final int COPIES = Integer.getInteger("killload.copies", 12);
    private static final long CHILD_TIMEOUT_SECONDS = 300;

    @TempDir
    Path tmp;

    private Path store;
    private Path copies;
    /** The store's quads after loading the seeds, without the run graph (it is replaced by every load). */
    private Set<Quad> before;
    private Set<Quad> beforeWithRunGraph;
    private final List<Process> children = new ArrayList<>();

    @BeforeEach
    void loadSeedsAndMakeCopies() throws IOException {
        store = tmp.resolve("store");
        Store s = Store.open(store);
        try {
            s.load(Pipeline.builder().build(), List.of(SEEDS));
            beforeWithRunGraph = quads(s, true);
            before = quads(s, false);
        } finally {
            s.close(); // expels the database: the child JVM must be able to open (and lock) it
        }
        assertTrue(before.size() > 5000, "seeds loaded: " + before.size() + " quads");

        copies = Files.createDirectories(tmp.resolve("copies"));
        List<Path> seeds;
        try (Stream<Path> list = Files.list(SEEDS)) {
            seeds = list.filter(Files::isRegularFile).sorted().toList();
        }
        for (int i = 0; i < COPIES; i++) {
            for (Path seed : seeds) Files.copy(seed, copies.resolve(String.format("copy%03d_%s", i, seed.getFileName())));
        }
    }

    @AfterEach
    void killChildren() throws InterruptedException {
        for (Process p : children) {
            if (p.isAlive()) p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    // ------------------------------------------------------------------------------------------------ the tests

    @Test
    void aLoadKilledWhileReadingLeavesTheStoreAsItWas() throws Exception {
        Child child = startLoad();
        String line = child.awaitLine(l -> l.startsWith("[1/"), "the first progress line");
        assertTrue(child.process().isAlive(), "the child finished before it could be killed");
        kill(child);

        assertTrue(line.contains("[1/" + COPIES * 5 + "]"), line);
        assertStoreAsBefore("killed while reading");
    }

    @Test
    void aLoadKilledWhileWritingLeavesTheStoreAsItWas() throws Exception {
        String filesBefore = digest(store);
        Child child = startLoad();
        // Pipeline.run prints "N file(s) in the graph, …" when everything is read; Store.load then opens its one
        // write transaction and adds ~2000 quads per file. Kill it a moment later, inside that transaction.
        child.awaitLine(l -> l.matches("\\d+ file\\(s\\) in the graph, .*"), "the end of reading");
        Thread.sleep(Long.getLong("killload.delay.ms", 400));
        assertTrue(child.process().isAlive(), "the child committed before it could be killed: raise -Dkillload.copies");
        kill(child);
        assertFalse(child.lines().stream().anyMatch(l -> l.startsWith("loaded ")), "the child reported its load done: " + child.lines());

        // the child did write into the database files before it died (else this would test nothing)
        assertFalse(digest(store).equals(filesBefore), "the store's files did not change: the child was not killed inside its transaction");
        assertStoreAsBefore("killed while writing");
    }

    @Test
    void aLoadAllowedToFinishAddsTheCopies() throws Exception {
        Child child = startLoad();
        assertTrue(child.process().waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS), "the load did not finish");
        child.drain();
        assertEquals(0, child.process().exitValue(), () -> "exit value; stderr:\n" + String.join("\n", child.lines()));
        assertTrue(child.lines().stream().anyMatch(l -> l.startsWith("loaded " + COPIES * 5 + " file(s) into the store, 0 failed")),
                () -> String.join("\n", child.lines()));

        Store s = Store.open(store);
        try {
            Set<Node> graphs = Txn.calculateRead(s.dataset(), () -> {
                Set<Node> g = new HashSet<>();
                s.dataset().asDatasetGraph().listGraphNodes().forEachRemaining(g::add);
                return g;
            });
            try (Stream<Path> list = Files.list(copies)) {
                for (Path copy : list.toList()) {
                    assertTrue(graphs.contains(IRIS.graph(copy.getFileName().toString())), "no graph for " + copy.getFileName());
                }
            }
            for (String seed : seedNames()) assertTrue(graphs.contains(IRIS.graph(seed)), "the seed's graph is gone: " + seed);
            assertEquals(COPIES * 5 + 5 + 2, graphs.size(), "graphs: the seeds', the copies', the reference and the run graph");
            // the seeds' own graphs are untouched by loading other files
            Set<Quad> after = quads(s, false);
            Set<Quad> seedGraphsBefore = new HashSet<>(before);
            seedGraphsBefore.removeIf(q -> q.getGraph().equals(IRIS.referenceGraph()));
            Set<Quad> missing = new HashSet<>(seedGraphsBefore);
            missing.removeAll(after);
            assertTrue(missing.isEmpty(), () -> missing.size() + " quads of the seeds' graphs are gone, e.g. " + missing.iterator().next());
        } finally {
            s.close();
        }
    }

    // ------------------------------------------------------------------------------------------------ the child JVM

    /** A running child, with a thread reading its standard error line by line. */
    private record Child(Process process, LinkedBlockingQueue<String> queue, List<String> lines) {

        /** Waits for a line of stderr that passes the test; fails when the child ends or stays silent too long. */
        String awaitLine(Predicate<String> test, String what) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CHILD_TIMEOUT_SECONDS);
            while (System.nanoTime() < deadline) {
                String line = queue.poll(200, TimeUnit.MILLISECONDS);
                if (line == null) {
                    if (!process.isAlive() && queue.isEmpty()) {
                        fail("the child ended (exit " + process.exitValue() + ") before " + what + "; stderr:\n" + String.join("\n", lines));
                    }
                    continue;
                }
                if (test.test(line)) return line;
            }
            fail("no " + what + " within " + CHILD_TIMEOUT_SECONDS + " s; stderr:\n" + String.join("\n", lines));
            return null;
        }

        /** Waits until the reader thread has seen the end of stderr. */
        void drain() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (EOF.equals(queue.poll(200, TimeUnit.MILLISECONDS))) return;
            }
            fail("the child's stderr did not end");
        }
    }

    private static final String EOF = "\u0000EOF";

    private Child startLoad() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.archivekg.cli.ArchiveKg",
                "load", copies.toString(), "--data", store.toString());
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectOutput(tmp.resolve("child-" + children.size() + ".out").toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")));
        Process p = pb.start();
        children.add(p);
        LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                    queue.add(line);
                }
            } catch (IOException e) {
                // the child was killed
            } finally {
                queue.add(EOF);
            }
        }, "child-stderr");
        reader.setDaemon(true);
        reader.start();
        return new Child(p, queue, lines);
    }

    private static void kill(Child child) throws InterruptedException {
        child.process().destroyForcibly();
        assertTrue(child.process().waitFor(60, TimeUnit.SECONDS), "the killed child did not end");
        assertTrue(child.process().exitValue() != 0, "exit value of a killed child: " + child.process().exitValue());
    }

    // ------------------------------------------------------------------------------------------------ the store

    private void assertStoreAsBefore(String how) {
        Store s = Store.open(store);
        try {
            Set<Quad> now = quads(s, true);
            if (!now.equals(beforeWithRunGraph)) {
                Set<Quad> added = new HashSet<>(now);
                added.removeAll(beforeWithRunGraph);
                Set<Quad> removed = new HashSet<>(beforeWithRunGraph);
                removed.removeAll(now);
                fail(how + ": the store changed: " + added.size() + " quads added (e.g. " + first(added) + "), " + removed.size()
                        + " removed (e.g. " + first(removed) + ")");
            }
            // and it is still usable: loading the seeds again after the crash works and changes nothing
            s.load(Pipeline.builder().build(), List.of(SEEDS));
            assertEquals(before, quads(s, false), how + ": reloading the seeds after the crash changed the store");
        } finally {
            s.close();
        }
    }

    private static Set<Quad> quads(Store s, boolean withRunGraph) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            s.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                if (withRunGraph || !q.getGraph().equals(IRIS.runGraph())) all.add(q);
            });
            return all;
        });
    }

    private static List<String> seedNames() {
        try (Stream<Path> list = Files.list(SEEDS)) {
            return list.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A digest of every file of a directory (names, sizes and contents). */
    private static String digest(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                md.update(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                try (java.io.InputStream in = Files.newInputStream(p)) {
                    byte[] buffer = new byte[1 << 16];
                    for (int n; (n = in.read(buffer)) > 0; ) md.update(buffer, 0, n);
                }
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String first(Set<Quad> quads) {
        return quads.isEmpty() ? "none" : new TreeSet<>(quads.stream().map(Quad::toString).toList()).first();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().contains("win");
    }
}
