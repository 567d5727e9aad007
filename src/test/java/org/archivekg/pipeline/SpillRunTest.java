package org.archivekg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.archivekg.bench.CorpusGenerator;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.resolve.Authority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that keeps its per-document state on disk (past {@link Pipeline.Builder#spillAbove} files) writes exactly
 * what a run in memory writes — quad for quad, in the same order — and reports the same; and it leaves no temporary
 * file behind, also when it fails.
 */
class SpillRunTest {

    @TempDir
    static Path corpus;

    private static Authority authority;

    @TempDir
    Path work;

    @BeforeAll
    static void generate() throws IOException {
        CorpusGenerator.builder().documents(60).seed(7).noiseRate(0.01).people(300).build().generate(corpus);
        authority = Authority.standardWith(List.of(corpus.resolve("authority.ttl")));
    }

    private record Output(List<Quad> quads, RunReport report, List<String> problems) {
    }

    private Output run(int threads, int spillAbove, boolean quotations) {
        List<Quad> quads = new ArrayList<>();
        ProblemCollector problems = new ProblemCollector();
        RunReport report = Pipeline.builder().authority(authority).threads(threads).quotations(quotations).problems(problems)
                .spillAbove(spillAbove).workDir(work).build()
                .run(List.of(Path.of("seeds"), corpus.resolve("docs")), new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        quads.add(quad);
                    }
                });
        return new Output(quads, report, problems.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aSpilledRunWritesWhatARunInMemoryWrites() throws IOException {
        for (boolean quotations : new boolean[] {true, false}) {
            // the report files of the spilled runs before may still be there (they go when their report is collected)
            List<String> before = leftIn(work);
            Output memory = run(2, Pipeline.DEFAULT_SPILL_ABOVE, quotations);
            assertEquals(65, memory.report().filesRead().size(), () -> "seeds and generated documents: " + memory.problems());
            assertEquals(memory.quads().size(), memory.report().quads(), "the report counts the quads written");
            List<String> after = leftIn(work);
            assertTrue(before.containsAll(after), "a run in memory writes no file: " + after + " after " + before);
            for (int threads : new int[] {1, 2}) {
                Output spilled = run(threads, 0, quotations);
                assertEquals(memory.quads(), spilled.quads(), "quads, quotations " + quotations + ", threads " + threads);
                assertEquals(memory.report(), spilled.report(), "report, quotations " + quotations + ", threads " + threads);
                assertEquals(memory.problems(), spilled.problems());
                assertEquals(json(memory.report()), json(spilled.report()), "the report as --report writes it");
                assertEquals(memory.report().documents().get(64), spilled.report().documents().get(64), "random access");
                assertEquals(memory.report().documents().get(3), spilled.report().documents().get(3), "random access backwards");
                // the run's directory is gone; only the report's lines remain, in their file, while the report is used
                List<String> left = leftIn(work);
                assertTrue(left.stream().allMatch(f -> f.startsWith("archive-kg-report-")), "left after the run: " + left);
            }
        }
        assertTrue(spilledRunHasLinks(), "the corpus has links across documents, so the lookups were exercised");
    }

    private boolean spilledRunHasLinks() {
        return run(1, 0, false).quads().stream().anyMatch(q -> q.getPredicate().getURI().endsWith("repliesTo")
                || q.getPredicate().getURI().endsWith("refersTo"));
    }

    @Test
    void aFailingSpilledRunLeavesNoFileBehind() throws IOException {
        Pipeline pipeline = Pipeline.builder().authority(authority).threads(2).quotations(false).spillAbove(0).workDir(work).build();
        long[] seen = {0};
        RuntimeException e = assertThrows(RuntimeException.class, () -> pipeline.run(List.of(corpus.resolve("docs")), new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                if (++seen[0] > 5000 && Files.exists(work) && !leftIn(work).isEmpty()) throw new IllegalStateException("disk full");
            }
        }));
        assertEquals("disk full", e.getMessage());
        assertEquals(List.of(), leftIn(work), "temporary files after a failed run");
    }

    /** The report's lists as the CLI's --report writes them: Gson, by their runtime class (a list on disk here). */
    private static String json(RunReport r) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("filesRead", r.filesRead());
        m.put("documents", r.documents());
        return new com.google.gson.GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(m);
    }

    private static List<String> leftIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
