package org.archivekg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.archivekg.cli.ArchiveKg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The {@code bench} commands on a tiny corpus (the seeds under other names): each runs and prints sane, consistent
 * figures — the same documents and quads on 1 and 2 threads, the same quads in every loader's store, an answer to
 * every query. Correctness only: no timing is asserted.
 */
class BenchSmokeTest {

    @TempDir
    static Path tmp;
    static Path corpus;

    @BeforeAll
    static void corpus() throws Exception {
        corpus = tmp.resolve("corpus");
        assertEquals(5, SeedCopies.write(Path.of("seeds"), corpus, 1).size());
    }

    private record Ran(int exit, String out) {
    }

    private static Ran bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ArchiveKg.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = Stream.concat(Stream.of("bench"), Stream.of(args)).toArray(String[]::new);
        int exit = cl.execute(all);
        return new Ran(exit, out + err.toString());
    }

    @Test
    void extractReportsTheSameWorkOnOneAndTwoThreads() {
        Ran r = bench("extract", "--corpus", corpus.toString(), "--threads", "2", "--no-warmup");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("raw read+decode: 5 files"), r.out());
        Matcher m = Pattern.compile("extract, (\\d) thread\\(s\\): (\\d+) documents, (\\d+) quads").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertEquals("1", m.group(1));
        String docs = m.group(2);
        String quads = m.group(3);
        assertTrue(m.find(), r.out());
        assertEquals("2", m.group(1));
        assertEquals("5", docs);
        assertEquals(docs, m.group(2));
        assertEquals(quads, m.group(3), "the same quads on 1 and 2 threads");
        assertTrue(Long.parseLong(quads) > 5 * 1000, r.out());
        assertTrue(r.out().contains("speed-up over 1 thread(s)"), r.out());
    }

    @Test
    void extractPrintsTheLiveHeapAtEachProgressLineWhenAsked() {
        Ran r = bench("extract", "--corpus", corpus.toString(), "--only-threads", "--threads", "1", "--no-warmup",
                "--live-heap", "--progress-every", "2");
        assertEquals(0, r.exit(), r.out());
        Matcher m = Pattern.compile("(\\d+) documents read in \\d+ s; peak heap after GC so far \\d+ MB; live heap after a full GC (\\d+\\.\\d) MB")
                .matcher(r.out());
        assertTrue(m.find(), r.out());
        assertEquals("2", m.group(1));
        assertTrue(Double.parseDouble(m.group(2)) > 1, r.out());
        assertTrue(m.find(), r.out());
        assertEquals("4", m.group(1));
        assertTrue(!m.find(), "one line per 2 documents of 5: " + r.out());
    }

    @Test
    void loadAndQueryGiveTheSameQuadsInEveryStoreAndAnAnswerToEveryQuery() throws Exception {
        Path work = tmp.resolve("work");
        Ran load = bench("load", "--corpus", corpus.toString(), "--work", work.toString(), "--heap", "512m");
        assertEquals(0, load.exit(), load.out());
        assertTrue(load.out().contains("same quads in every store: yes"), load.out());
        Matcher written = Pattern.compile("extracted 5 documents to .*: (\\d+) quads").matcher(load.out());
        assertTrue(written.find(), load.out());
        Matcher stored = Pattern.compile("tdb2.tdbloader: [0-9.]+ s, (\\d+) quads in the store").matcher(load.out());
        assertTrue(stored.find(), load.out());
        // the N-Quads hold the run's quads plus the locations and nothing twice; the stores hold each quad once
        assertTrue(Long.parseLong(stored.group(1)) <= Long.parseLong(written.group(1)), load.out());
        assertTrue(Long.parseLong(stored.group(1)) > 5 * 1000, load.out());

        // four of the example queries (each is measured in a child JVM of its own): a join, a report, a federated one,
        // and a lookup, which is sent for each Record of the store in turn
        Path some = Files.createDirectories(tmp.resolve("queries"));
        for (String q : List.of("letters-by-stalin.rq", "why.rq", "federated-wikidata.rq", "record-card.rq")) {
            Files.copy(Path.of("queries", q), some.resolve(q));
        }
        Path store = work.resolve("store-ours-bulk");
        Ran query = bench("query", "--store", store.toString(), "--queries", some.toString(), "--requests", "2", "--warmup", "1",
                "--clients", "1,2", "--search", "volunteers");
        assertEquals(0, query.exit(), query.out());
        List<Path> queries;
        try (Stream<Path> s = Files.list(some)) {
            queries = s.filter(p -> p.toString().endsWith(".rq")).toList();
        }
        for (Path q : queries) {
            String name = q.getFileName().toString();
            if (Files.readString(q).contains("SERVICE <")) {
                assertTrue(query.out().contains(name) && query.out().contains("skipped"), query.out());
                continue;
            }
            for (int clients : new int[] {1, 2}) {
                Matcher m = Pattern.compile(Pattern.quote(name) + "\\s+clients\\s+" + clients + ": p50 .* requests\\s+(\\d+)\\s+errors (\\d+)")
                        .matcher(query.out());
                assertTrue(m.find(), name + " with " + clients + " clients:\n" + query.out());
                assertEquals(2 * clients, Integer.parseInt(m.group(1)), "every request answered within the (default) time budget");
                assertEquals("0", m.group(2));
            }
        }
        // the web view's search, measured like a query
        for (int clients : new int[] {1, 2}) {
            Matcher m = Pattern.compile("/search\\?q=volunteers\\s+clients\\s+" + clients + ": p50 .* requests\\s+(\\d+)\\s+errors (\\d+)\\s+(\\d+) bytes")
                    .matcher(query.out());
            assertTrue(m.find(), "search with " + clients + " clients:\n" + query.out());
            assertEquals(2 * clients, Integer.parseInt(m.group(1)), query.out());
            assertEquals("0", m.group(2));
            assertTrue(Integer.parseInt(m.group(3)) > 100, "an answer with hits: " + query.out());
        }
        // the seeds hold more than 5 Records (those they publish, carry and refer to): the lookup goes over them all
        // (half of them measured, the other half for the warm-up)
        Matcher keys = Pattern.compile("record-card\\.rq\\s+clients\\s+1: .*\\(over (\\d+) \\?record IRIs; warm-up over (\\d+) others\\)")
                .matcher(query.out());
        assertTrue(keys.find(), query.out());
        assertTrue(Integer.parseInt(keys.group(1)) >= 3 && Integer.parseInt(keys.group(2)) >= 2, query.out());
        assertTrue(Integer.parseInt(keys.group(1)) + Integer.parseInt(keys.group(2)) >= 5, query.out());
    }
}
