package org.archivekg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.archivekg.link.QuotationFinder.Match;
import org.junit.jupiter.api.Test;

/** The benchmark's generator and scoring on a small corpus: correctness only, no timing. */
class QuotationBenchmarkSmokeTest {

    @Test
    void plantedQuotationsAreFoundAndLittleElse() {
        QuotationBenchmark.Corpus corpus = QuotationBenchmark.generate(300, 42);
        assertEquals(300, corpus.texts().size());
        assertTrue(corpus.planted().size() >= 30, "about 20% of the documents quote: " + corpus.planted().size());
        List<Match> matches = QuotationBenchmark.find(corpus);
        QuotationBenchmark.Score s = QuotationBenchmark.score(corpus, matches);
        System.out.println("smoke: " + s);
        assertTrue(s.recall() >= 0.9, "recall " + s);
        assertTrue(s.precision() >= 0.9, "precision " + s);
        for (Match m : matches) assertEquals(m.a().language(), m.b().language());
    }

    @Test
    void seedsKeptOnDiskGiveTheSameMatches() throws java.io.IOException {
        // a big corpus keeps its seeds in files by pair of texts; forced here on a small one
        QuotationBenchmark.Corpus corpus = QuotationBenchmark.generate(400, 11);
        QuotationFinder inMemory = new QuotationFinder();
        QuotationFinder onDisk = new QuotationFinder().spillAbove(0);
        for (var t : corpus.texts()) {
            inMemory.add(t);
            onDisk.add(t);
        }
        List<Match> expected = inMemory.findAll();
        assertTrue(expected.size() >= 40, "the corpus has quotations: " + expected.size());
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var files = java.nio.file.Files.list(tmp)) {
            before = files.filter(f -> f.getFileName().toString().startsWith("archive-kg-seeds")).count();
        }
        assertEquals(expected, onDisk.findAll());
        try (var files = java.nio.file.Files.list(tmp)) {
            assertEquals(before, files.filter(f -> f.getFileName().toString().startsWith("archive-kg-seeds")).count(),
                    "the seeds' directory is deleted");
        }
    }

    @Test
    void theGeneratorIsDeterministic() {
        QuotationBenchmark.Corpus x = QuotationBenchmark.generate(50, 7);
        QuotationBenchmark.Corpus y = QuotationBenchmark.generate(50, 7);
        assertEquals(x.texts(), y.texts());
        assertEquals(x.planted(), y.planted());
        int words = x.texts().stream().mapToInt(t -> Tokens.of(t.text(), t.language(), false).size).sum();
        assertTrue(Math.abs(words - x.words()) < x.words() / 50, words + " words tokenised, " + x.words() + " generated");
    }
}
