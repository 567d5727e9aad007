package org.archivekg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.archivekg.source.FormatDetector;
import org.archivekg.source.SourceFormat;
import org.archivekg.source.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator itself: determinism, the files it writes, and that it produces every feature the ground truth names. */
class CorpusGeneratorTest {

    @TempDir
    Path dir;

    private static CorpusGenerator generator(int n, long seed) {
        return CorpusGenerator.builder().documents(n).seed(seed).noiseRate(0.02).build();
    }

    @Test
    void theSameDocumentsAndSeedGiveByteIdenticalFiles() throws IOException {
        generator(40, 7).generate(dir.resolve("a"));
        generator(40, 7).generate(dir.resolve("b"));
        List<Path> a = files(dir.resolve("a"));
        List<Path> b = files(dir.resolve("b"));
        assertEquals(a, b);
        assertEquals(40 + 2, a.size(), "40 documents, the authority and the ground truth: " + a);
        for (Path f : a) assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(f)), Files.readAllBytes(dir.resolve("b").resolve(f)), f.toString());

        generator(40, 8).generate(dir.resolve("c"));
        assertNotEquals(Files.readString(dir.resolve("a/ground-truth.json")), Files.readString(dir.resolve("c/ground-truth.json")));
    }

    @Test
    void theStreamGivesWhatGenerateWrites() throws IOException {
        GroundTruth truth = generator(25, 3).generate(dir);
        List<CorpusGenerator.GeneratedDocument> streamed = generator(25, 3).documents().toList();
        assertEquals(25, streamed.size());
        for (int i = 0; i < streamed.size(); i++) {
            assertEquals(Files.readString(dir.resolve(streamed.get(i).path())), streamed.get(i).content());
            assertEquals(truth.documents().get(i), streamed.get(i).truth());
        }
        assertEquals(truth.quotationCount(), truth.quotations().size());
    }

    @Test
    void everyDocumentIsInTheFormatTheGroundTruthSays() throws IOException {
        GroundTruth truth = generator(120, 11).generate(dir);
        FormatDetector detector = new FormatDetector();
        for (GroundTruth.Document d : truth.documents()) {
            String text = Files.readString(dir.resolve(d.path()));
            SourceFormat detected = detector.detect(new SourceText(d.file(), text)).format();
            assertEquals(d.format(), detected == null ? "unknown" : detected.name().toLowerCase().replace('_', '-'), d.file());
        }
    }

    @Test
    void theCorpusHasEveryFeatureTheGroundTruthDescribes() throws IOException {
        GroundTruth truth = generator(200, 5).generate(dir);
        List<GroundTruth.Document> docs = truth.documents();
        Set<String> layouts = docs.stream().map(d -> d.format() + "/" + d.layout()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("collection-page/null", "digital-archive-record/bold-lines", "digital-archive-record/headings", "index-page/null"), layouts);
        assertTrue(docs.stream().anyMatch(d -> d.languages().equals(List.of("ru", "en"))));
        assertTrue(docs.stream().anyMatch(d -> d.languages().equals(List.of("en", "ru"))));
        assertTrue(docs.stream().anyMatch(d -> d.signedWith().pseudonym() != null), "signed with a pseudonym");
        assertTrue(docs.stream().anyMatch(d -> d.recipients().size() == 2 && d.alternativeRecipients()), "A or B");
        assertTrue(docs.stream().anyMatch(d -> d.via() != null && d.via().person() != null), "via a person");
        assertTrue(docs.stream().anyMatch(d -> d.via() != null && d.via().office() != null), "via an office");
        assertTrue(docs.stream().anyMatch(d -> d.signatures().size() == 2), "two archives");
        assertTrue(docs.stream().anyMatch(d -> d.signatures().stream().anyMatch(s -> s.identifier() != null)), "a copy known by an identifier");
        Set<String> archives = docs.stream().flatMap(d -> d.signatures().stream()).map(GroundTruth.Signature::archive).collect(Collectors.toSet());
        assertTrue(archives.containsAll(Set.of("APRF", "RGASPI", "AVPRF", "TsAMO")), archives.toString());
        Set<String> carried = docs.stream().flatMap(d -> d.embedded().stream()).map(GroundTruth.Embedded::carriedAs).collect(Collectors.toSet());
        assertEquals(Set.of("note", "transmitted"), carried);
        assertTrue(docs.stream().anyMatch(d -> !d.references().isEmpty()), "replies");
        assertTrue(truth.quotations().stream().anyMatch(GroundTruth.Quotation::whole));
        assertTrue(truth.quotations().stream().anyMatch(q -> !q.whole()));
        assertEquals(Set.of("en", "ru"), truth.quotations().stream().map(GroundTruth.Quotation::language).collect(Collectors.toSet()));
        assertTrue(docs.stream().mapToInt(GroundTruth.Document::noisyWords).sum() > 0, "OCR noise");
        String authority = Files.readString(truth.authorityFile());
        assertTrue(authority.contains("akg:pseudonym pse:") && authority.contains("a akg:Pseudonym"), "pseudonyms in the authority");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
