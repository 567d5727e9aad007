package org.archivekg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.google.gson.Gson;

import org.apache.jena.rdf.model.RDFNode;
import org.archivekg.extract.Lexicon;
import org.archivekg.resolve.Authority;
import org.archivekg.resolve.NameNormalizer;

/**
 * A deterministic generator of archival correspondence in the three source formats the readers accept, in Russian
 * and English, with the authority of its people and a ground truth to score the extractor against. The same number
 * of documents and seed give byte-identical files.
 * <pre>
 *   CorpusGenerator gen = CorpusGenerator.builder().documents(10_000).seed(42).noiseRate(0.01).build();
 *   GroundTruth truth = gen.generate(Path.of("corpus"));   // corpus/docs/…, corpus/authority.ttl, corpus/ground-truth.json
 * </pre>
 * {@link #documents()} gives the documents one at a time, as a stream, without writing them; {@link #generate} writes
 * them as they come. Either way only a window of recent documents is held, so a million documents take flat memory.
 */
public final class CorpusGenerator {

    /** One generated document: where it goes (relative to the output directory), its text, its ground truth. */
    public record GeneratedDocument(String path, String content, GroundTruth.Document truth, List<GroundTruth.Quotation> quotations) {
    }

    private final int documents;
    private final long seed;
    private final double noiseRate;
    private final int peopleCount;
    private List<Person> people;

    private CorpusGenerator(Builder b) {
        this.documents = b.documents;
        this.seed = b.seed;
        this.noiseRate = b.noiseRate;
        this.peopleCount = b.people > 0 ? b.people : Math.max(1000, Math.min(5000, b.documents / 10));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The generated people (the authority file lists them). */
    public synchronized List<Person> people() {
        if (people == null) people = People.generate(seed, peopleCount);
        return people;
    }

    /** The documents in order, generated lazily. */
    public Stream<GeneratedDocument> documents() {
        return StreamSupport.stream(Spliterators.spliterator(iterator(), documents, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    public Iterator<GeneratedDocument> iterator() {
        List<Person> all = people();
        Random vocabulary = new Random(seed ^ 0x2545F4914F6CDD1DL);
        java.util.function.Predicate<String> forbidden = forbiddenWords(all);
        Prose ru = new Prose("ru", vocabulary, forbidden);
        Prose en = new Prose("en", vocabulary, forbidden);
        Planner planner = new Planner(seed, documents, all, ru, en);
        Ocr ocr = new Ocr(noiseRate);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < documents;
            }

            @Override
            public GeneratedDocument next() {
                if (!hasNext()) throw new NoSuchElementException();
                int i = next++;
                Plan p = planner.plan(i);
                Random w = new Random(planner.random(i).nextLong() ^ 0x5DEECE66DL);
                int before = ocr.changedWords();
                String content = p.format.isRecord() ? ArchiveRecordWriter.write(p, w, ocr) : CollectionPageWriter.write(p, w, ocr);
                p.noisyWords = ocr.changedWords() - before;
                return new GeneratedDocument(p.relativePath, content, Truths.document(p), Truths.quotations(p));
            }
        };
    }

    /** Writes the documents, the authority file and the ground truth into {@code outDir}. */
    public GroundTruth generate(Path outDir) throws IOException {
        return generate(outDir, s -> { });
    }

    /** As {@link #generate(Path)}, reporting progress lines (every 10,000 documents) to {@code progress}. */
    public GroundTruth generate(Path outDir, Consumer<String> progress) throws IOException {
        Files.createDirectories(outDir.resolve(GroundTruth.DOCUMENTS));
        AuthorityFile.write(people(), outDir.resolve(GroundTruth.AUTHORITY));
        Gson gson = new Gson();
        Path quotationsPart = Files.createTempFile(outDir, ".quotations", ".part");
        int written = 0;
        int quotations = 0;
        try (BufferedWriter truth = Files.newBufferedWriter(outDir.resolve(GroundTruth.FILE), StandardCharsets.UTF_8);
             BufferedWriter quoted = Files.newBufferedWriter(quotationsPart, StandardCharsets.UTF_8)) {
            truth.write(String.format(Locale.ROOT, "{\"generator\":\"archive-kg bench generate\",\"seed\":%d,\"documentCount\":%d,"
                    + "\"noiseRate\":%s,\"people\":%d,\"documentsDir\":\"%s\",\"authority\":\"%s\",\n\"documents\":[\n",
                    seed, documents, Double.toString(noiseRate), peopleCount, GroundTruth.DOCUMENTS, GroundTruth.AUTHORITY));
            Set<Path> directories = new HashSet<>();
            for (Iterator<GeneratedDocument> it = iterator(); it.hasNext(); ) {
                GeneratedDocument d = it.next();
                Path file = outDir.resolve(d.path());
                if (directories.add(file.getParent())) Files.createDirectories(file.getParent());
                Files.writeString(file, d.content(), StandardCharsets.UTF_8);
                truth.write((written == 0 ? "" : ",\n") + gson.toJson(d.truth()));
                for (GroundTruth.Quotation q : d.quotations()) {
                    quoted.write((quotations++ == 0 ? "" : ",\n") + gson.toJson(q));
                }
                if (++written % 10_000 == 0) progress.accept(String.format("%,d of %,d documents", written, documents));
            }
            quoted.flush();
            truth.write("\n],\n\"quotations\":[\n");
            try (var in = Files.newBufferedReader(quotationsPart, StandardCharsets.UTF_8)) {
                in.transferTo(truth);
            }
            truth.write("\n]}\n");
        } finally {
            Files.deleteIfExists(quotationsPart);
        }
        return new GroundTruth(outDir.toAbsolutePath(), seed, documents, quotations);
    }

    /** Words of running text must not be cues the extractor reads (lexicon forms) nor anybody's name. */
    private static java.util.function.Predicate<String> forbiddenWords(List<Person> people) {
        Lexicon lexicon = Lexicon.standard();
        NameNormalizer normalizer = new NameNormalizer();
        Set<String> words = new HashSet<>();
        lexicon.model().listObjectsOfProperty(lexicon.model().createProperty("https://w3id.org/archive-kg/ns#form")).forEachRemaining((RDFNode n) -> {
            for (String w : n.asLiteral().getLexicalForm().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) words.add(w);
        });
        Set<String> names = new HashSet<>();
        for (Person p : people) {
            for (String f : People.formsOf(p)) for (String w : f.split(" ")) names.add(normalizer.scriptKey(w));
            for (Person.Pseudonym ps : p.pseudonyms()) for (String w : (ps.latin() + " " + ps.cyrillic()).split(" ")) names.add(normalizer.scriptKey(w));
        }
        Authority builtIn = Authority.standard();
        builtIn.people().forEach(p -> p.forms().forEach(f -> { for (String w : f.split("[\\s.-]+")) names.add(normalizer.scriptKey(w)); }));
        builtIn.pseudonyms().forEach(p -> p.forms().forEach(f -> { for (String w : f.split("[\\s.-]+")) names.add(normalizer.scriptKey(w)); }));
        return w -> words.contains(w.toLowerCase(Locale.ROOT))
                || normalizer.variants(w).stream().anyMatch(v -> names.contains(normalizer.scriptKey(v)));
    }

    /** Settings, checked when built. */
    public static final class Builder {
        private int documents = 100;
        private long seed = 1;
        private double noiseRate = 0.01;
        private int people;

        public Builder documents(int n) {
            this.documents = n;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        /** The share of words of the texts that get an OCR error (default 0.01). */
        public Builder noiseRate(double r) {
            this.noiseRate = r;
            return this;
        }

        /** How many people to generate (default: a tenth of the documents, at least 1,000 and at most 5,000). */
        public Builder people(int n) {
            this.people = n;
            return this;
        }

        public CorpusGenerator build() {
            if (documents < 1) throw new IllegalArgumentException("documents must be at least 1: " + documents);
            if (!(noiseRate >= 0 && noiseRate <= 1)) throw new IllegalArgumentException("noiseRate must be between 0 and 1: " + noiseRate);
            if (people < 0 || people == 1) throw new IllegalArgumentException("people must be at least 2: " + people);
            return new CorpusGenerator(this);
        }
    }
}
