package org.archivekg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.problem.Severity;
import org.archivekg.resolve.Authority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke test of the generator against the real pipeline: a small generated corpus, read with its authority, and
 * the extraction scored against the ground truth (the thresholds are set below what the extractor achieves, so that a
 * real regression breaks them; the measured figures are printed and written in BENCHMARKS.md).
 */
class GeneratedCorpusExtractionTest {

    @TempDir
    Path dir;

    /** 400 people rather than the default 1,000: the resolver's edit-distance fallback scans the whole authority. */
    private Scorer.Score extract(int documents, long seed, double noise) throws IOException {
        GroundTruth truth = CorpusGenerator.builder().documents(documents).seed(seed).noiseRate(noise).people(400).build().generate(dir);
        ProblemCollector problems = new ProblemCollector();
        DatasetGraph graph = DatasetGraphFactory.createTxnMem();
        RunReport report = Pipeline.builder().authority(Authority.standardWith(List.of(truth.authorityFile()))).problems(problems).build()
                .run(List.of(truth.documentsDirectory()), StreamRDFLib.dataset(graph));
        assertEquals(documents, report.filesRead().size(), () -> "every generated file reads: " + problems.problems());
        assertEquals(List.of(), problems.problems().stream().filter(p -> p.severity() != Severity.WARNING).toList(), "no errors");
        Dataset ds = DatasetFactory.wrap(graph);
        Scorer.Score score = new Scorer().score(ds, truth.documents(), truth.quotations());
        System.out.printf("generated corpus (%d documents, seed %d, noise %.2f): %s%n", documents, seed, noise, score);
        score.disagreements().forEach(d -> System.out.println("  " + d));
        return score;
    }

    @Test
    void noiseFreeDocumentsAreReadAsGenerated() throws IOException {
        Scorer.Score s = extract(60, 42, 0);
        for (String field : List.of("sender", "recipients", "date", "signatures", "signedAs")) {
            assertTrue(s.field(field).share() >= 0.95, s.field(field).toString());
        }
        assertTrue(s.field("embedded").share() >= 0.9, s.field("embedded").toString());
        assertTrue(s.field("repliesTo").share() >= 0.9, s.field("repliesTo").toString());
        assertTrue(s.quotationRecall() >= 0.9, "recall " + s);
        assertTrue(s.quotationPrecision() >= 0.95, "precision " + s);
    }

    @Test
    void noisyDocumentsAreMostlyReadAsGenerated() throws IOException {
        Scorer.Score s = extract(40, 7, 0.03);
        for (String field : List.of("sender", "recipients", "date", "signatures", "signedAs")) {
            assertTrue(s.field(field).share() >= 0.8, s.field(field).toString());
        }
        assertTrue(s.quotationRecall() >= 0.8, "recall " + s);
        // two carriers of one reply whose copies are read as two documents (a noisy name) link as a quotation
        assertTrue(s.quotationPrecision() >= 0.85, "precision " + s);
    }
}
