package org.archivekg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.archivekg.bench.CorpusGenerator;
import org.archivekg.resolve.Authority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run streams each file's own graph, then, once the corpus is linked, the file's links. A link can repeat what the
 * file's own graph holds: a quotation found between a document and a document it carries (already a quotation and a
 * carriage of its own graph), or an unresolved person it describes. Such quads are written once, in memory and when
 * the run keeps its state on disk, and the run's quad count is the number written.
 */
class EachQuadOnceTest {

    @TempDir
    static Path corpus;

    @TempDir
    Path work;

    @Test
    void aLinkThatTheFilesOwnGraphHoldsIsNotWrittenAgain() throws IOException {
        // 100 documents of the generator's defaults hold a document that quotes a document it also carries
        CorpusGenerator.builder().documents(100).seed(7).build().generate(corpus);
        Authority authority = Authority.standardWith(List.of(corpus.resolve("authority.ttl")));
        List<Quad> inMemory = run(authority, Pipeline.DEFAULT_SPILL_ABOVE);
        List<Quad> onDisk = run(authority, 0);
        assertEachOnce(inMemory);
        assertEquals(inMemory, onDisk, "the same quads, in the same order, when the state is kept on disk");
        assertTrue(inMemory.stream().anyMatch(q -> q.getPredicate().getURI().endsWith("#carries")
                && q.getSubject().getURI().contains("/publication/")), "the corpus has carried documents");
    }

    private List<Quad> run(Authority authority, int spillAbove) {
        List<Quad> quads = new ArrayList<>();
        RunReport report = Pipeline.builder().authority(authority).threads(2).spillAbove(spillAbove).workDir(work).build()
                .run(List.of(corpus.resolve("docs")), new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        quads.add(quad);
                    }
                });
        assertEquals(100, report.filesRead().size());
        assertEquals(quads.size(), report.quads(), "the report counts the quads written");
        return quads;
    }

    private static void assertEachOnce(List<Quad> quads) {
        Set<Quad> seen = new HashSet<>();
        List<Quad> again = quads.stream().filter(q -> !seen.add(q)).limit(10).toList();
        assertEquals(List.of(), again, "quads written twice");
    }
}
