package org.archivekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdfconnection.RDFConnection;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server under load: bounded concurrent SPARQL clients (loopback) query while a load writes to the same TDB2
 * store. Every answer is complete and consistent — the store as it was before the load, or as it is after, never
 * half of it — and no query fails.
 */
class LoadUnderQueriesTest {

    private static final String FILE_GRAPHS = "PREFIX akg: <https://w3id.org/archive-kg/ns#> "
            + "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { GRAPH ?g { ?p akg:sourceFile ?f } }";
    private static final int CLIENTS = 4;
    private static final int COPIES = 6;

    @TempDir
    Path dir;

    @Test
    void queriesDuringALoadSeeBeforeOrAfterNeverBetween() throws Exception {
        Path more = dir.resolve("more");
        Files.createDirectories(more);
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path s : seeds.toList()) {
                for (int i = 0; i < COPIES; i++) Files.copy(s, more.resolve("copy" + i + "_" + s.getFileName()));
            }
        }
        try (Store store = Store.open(dir.resolve("tdb2"))) {
            store.load(Pipeline.builder().build(), List.of(Path.of("seeds")));
            FusekiServer server = ArchiveServer.start(store.dataset(), 0, true);
            String endpoint = "http://localhost:" + server.getPort() + "/archive/sparql";
            AtomicBoolean loading = new AtomicBoolean(true);
            AtomicInteger answers = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            Set<Integer> seen = ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            try {
                for (int c = 0; c < CLIENTS; c++) {
                    pool.submit(() -> {
                        try (RDFConnection conn = RDFConnection.queryConnect(endpoint)) {
                            do {
                                try {
                                    conn.querySelect(FILE_GRAPHS, s -> seen.add(s.getLiteral("n").getInt()));
                                    answers.incrementAndGet();
                                } catch (RuntimeException e) {
                                    errors.incrementAndGet();
                                }
                            } while (loading.get());
                        }
                        return null;
                    });
                }
                long t0 = System.nanoTime();
                Future<?> load = Executors.newSingleThreadExecutor().submit(() -> store.load(Pipeline.builder().build(), List.of(more)));
                load.get(5, TimeUnit.MINUTES);
                loading.set(false);
                pool.shutdown();
                assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("load under queries: %d answers from %d clients in %.1f s (%.0f queries/s), %d errors%n",
                        answers.get(), CLIENTS, seconds, answers.get() / seconds, errors.get());
            } finally {
                pool.shutdownNow();
                server.stop();
            }
            System.out.printf("answers seen during the load: %s%n", seen);
            assertEquals(0, errors.get(), "no query may fail during a load");
            assertTrue(answers.get() >= CLIENTS, "the clients got answers while the load ran");
            assertTrue(Set.of(5, 5 + 5 * COPIES).containsAll(seen), "every answer is the store before or after the load: " + seen);
            int[] after = {0};
            try (RDFConnection conn = RDFConnection.connect(store.dataset())) {
                conn.querySelect(FILE_GRAPHS, s -> after[0] = s.getLiteral("n").getInt());
            }
            assertEquals(5 + 5 * COPIES, after[0], "the load itself completed");
        }
    }
}
