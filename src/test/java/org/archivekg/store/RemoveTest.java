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
    void removingAFileRemovesItsGraphOnly() {
        Path tdb = dir.resolve("tdb2");
        Set<Quad> others;
        try (Store store = Store.open(tdb)) {
            store.load(Pipeline.builder().build(), List.of(Path.of("seeds")));
            others = quadsOf(store, "002_fe4253cd466e7b7f.txt", false);
            others.removeIf(q -> q.getGraph().getURI().endsWith("/graph/run"));
        }
        StringWriter err = new StringWriter();
        int code = ArchiveKg.commandLine().setErr(new PrintWriter(err)).execute("remove", "seeds/002_fe4253cd466e7b7f.txt", "--data", tdb.toString());
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
}
