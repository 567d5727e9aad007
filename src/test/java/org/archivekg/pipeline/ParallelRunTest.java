package org.archivekg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.riot.system.StreamRDFBase;
import org.archivekg.bench.SeedCopies;
import org.archivekg.problem.ProblemCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run on several threads writes exactly what a run on one thread writes, quad for quad and in the same order, and
 * reports the same; and the streamed run (own facts first, links at the end) gives the graph the seeds give.
 */
class ParallelRunTest {

    @TempDir
    Path dir;

    private record Output(List<Quad> quads, RunReport report, List<String> progress) {
    }

    private static Output run(int threads, List<Path> inputs) {
        List<Quad> quads = new ArrayList<>();
        List<String> progress = new ArrayList<>();
        RunReport report = Pipeline.builder().threads(threads).problems(new ProblemCollector()).progress(progress::add).build()
                .run(inputs, new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        quads.add(quad);
                    }
                });
        return new Output(quads, report, progress);
    }

    @Test
    void threadsDoNotChangeTheOutputOrItsOrder() throws Exception {
        SeedCopies.write(Path.of("seeds"), dir, 6);
        List<Path> inputs = List.of(dir, Path.of("seeds"));
        Output one = run(1, inputs);
        assertEquals(35, one.report().filesRead().size());
        for (int threads : new int[] {2, 5}) {
            Output many = run(threads, inputs);
            assertEquals(one.quads(), many.quads(), "quads with " + threads + " threads");
            assertEquals(one.report(), many.report());
            assertEquals(one.progress(), many.progress());
        }
    }

    @Test
    void eachQuadIsWrittenOnceAndTheReportCountsThem() {
        Output out = run(2, List.of(Path.of("seeds")));
        assertEquals(out.quads().size(), out.report().quads());
        assertEquals(out.quads().size(), new java.util.HashSet<>(out.quads()).size(), "no quad is written twice");
        DatasetGraph g = DatasetGraphFactory.createTxnMem();
        Pipeline.builder().threads(1).build().run(List.of(Path.of("seeds")), StreamRDFLib.dataset(g));
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        RDFDataMgr.write(a, g, Lang.NQUADS);
        assertTrue(a.toString(StandardCharsets.UTF_8).lines().count() == out.quads().size());
    }
}
