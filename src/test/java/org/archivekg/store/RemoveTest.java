package org.archivekg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.sparql.core.Quad;
import org.archivekg.cli.ArchiveKg;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.rdf.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removing a source file takes out exactly what it contributed, and nothing else. */
class RemoveTest {

    @TempDir
    Path dir;

    private static Set<Quad> quadsOf(Store store, String graphSuffix, boolean keep) {
        return store.dataset().calculateRead(() -> {
            Set<Quad> out = new HashSet<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                if (q.getGraph().getURI().endsWith(graphSuffix) == keep) out.add(q);
            });
            return out;
        });
    }

    @Test
    void removingAFileWithoutRelinkingRemovesItsGraphOnly() {
        Path tdb = dir.resolve("tdb2");
        Set<Quad> others;
        try (Store store = Store.open(tdb)) {
            store.load(Pipeline.builder().build(), List.of(Path.of("seeds")));
            others = quadsOf(store, "002_fe4253cd466e7b7f.txt", false);
            others.removeIf(q -> q.getGraph().getURI().endsWith("/graph/run"));
        }
        StringWriter err = new StringWriter();
        int code = ArchiveKg.commandLine().setErr(new PrintWriter(err)).execute("remove", "seeds/002_fe4253cd466e7b7f.txt", "--data", tdb.toString(),
                "--no-relink");
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().contains("removed: 002_fe4253cd466e7b7f.txt"));
        try (Store store = Store.open(tdb)) {
            assertTrue(quadsOf(store, "002_fe4253cd466e7b7f.txt", true).isEmpty(), "nothing of 002 left");
            Set<Quad> now = quadsOf(store, "002_fe4253cd466e7b7f.txt", false);
            now.removeIf(q -> q.getGraph().getURI().endsWith("/graph/run"));
            assertEquals(others, now, "everything else untouched");
            assertFalse(store.remove(new Iris(Iris.DEFAULT_BASE), List.of("002_fe4253cd466e7b7f.txt")).contains("002_fe4253cd466e7b7f.txt"));
        }
        assertEquals(1, ArchiveKg.commandLine().setErr(new PrintWriter(new StringWriter())).execute("remove", "nothing.txt", "--data", tdb.toString()));
    }

    @Test
    void removingAFileDerivesTheLinksThatDependedOnItAnew() throws Exception {
        Path corpus = dir.resolve("corpus");
        java.nio.file.Files.createDirectories(corpus);
        try (var seeds = java.nio.file.Files.list(Path.of("seeds"))) {
            for (Path s : seeds.toList()) java.nio.file.Files.copy(s, corpus.resolve(s.getFileName()));
        }
        String r000 = "http://localhost:3030/id/record/1950-10-05-joseph-stalin-to-mao-zedong-letter";
        String quotes = "ASK { GRAPH ?g { ?r <https://w3id.org/archive-kg/ns#quotes> <" + r000 + "> } }";
        String answer = "ASK { GRAPH ?g { ?r <https://w3id.org/archive-kg/ns#repliesTo> <" + r000 + "> } }";
        try (Store store = Store.open(dir.resolve("tdb2"))) {
            store.load(Pipeline.builder().build(), List.of(corpus));
            assertTrue(ask(store, quotes) && ask(store, answer), "001 ≡ 004 quotes 000 and Mao's 7 October letter answers it");
            assertEquals(5, store.sources().size(), "where each file was read is recorded");

            List<String> removed = store.remove(Pipeline.builder().build(), List.of("000_256815a977ff7b0b.txt"));
            assertEquals(List.of("000_256815a977ff7b0b.txt"), removed);
            assertFalse(ask(store, quotes), "the quotation of the removed letter is derived anew: gone");
            assertFalse(ask(store, answer), "so is the reply to it, which rested on that quotation");
            assertTrue(ask(store, "ASK { GRAPH ?g { ?r <https://w3id.org/archive-kg/ns#refersTo> ?x } }"), "other links remain");
            assertEquals(4, store.sources().size());

            // loading it again, with the others re-read, brings the links back
            store.load(Pipeline.builder().build(), List.of(corpus.resolve("000_256815a977ff7b0b.txt")), true, true);
            assertTrue(ask(store, quotes) && ask(store, answer), "re-derived when the file comes back");
        }
    }

    private static boolean ask(Store store, String query) {
        return store.dataset().calculateRead(() -> {
            try (var qe = org.apache.jena.query.QueryExecution.dataset(store.dataset()).query(query).build()) {
                return qe.execAsk();
            }
        });
    }
}
