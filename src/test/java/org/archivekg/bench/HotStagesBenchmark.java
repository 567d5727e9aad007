package org.archivekg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.archivekg.extract.ExtractedDocument;
import org.archivekg.extract.Extractor;
import org.archivekg.extract.Lexicon;
import org.archivekg.link.QuotationFinder;
import org.archivekg.problem.ProblemHandler;
import org.archivekg.resolve.Authority;
import org.archivekg.resolve.ResolvedDocument;
import org.archivekg.resolve.Resolver;
import org.archivekg.source.Section;
import org.archivekg.source.SectionKind;
import org.archivekg.source.SourceDocument;
import org.archivekg.source.SourceException;
import org.archivekg.source.SourceLoader;
import org.archivekg.source.TextDecoder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the hot stages, on one seed document at a time (each seed is a parameter): reading and
 * decoding its bytes, reading it into the neutral model, extracting its claims, resolving them, and the quotation
 * finder's shingling of its texts. Average time per document.
 * <p>
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.archivekg.bench.HotStagesBenchmark} (JMH's
 * options follow, e.g. {@code -f 1 -wi 3 -i 5}); see BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotStagesBenchmark {

    @Param({"000_256815a977ff7b0b.txt", "001_d42d411745a7864a.txt", "002_fe4253cd466e7b7f.txt",
            "003_8407d3f3e1911c0a.txt", "004_fb0b047ba36df19f.txt"})
    public String seed;

    private byte[] bytes;
    private String path;
    private SourceLoader loader;
    private TextDecoder decoder;
    private Extractor extractor;
    private Resolver resolver;
    private SourceDocument document;
    private ExtractedDocument extracted;
    private List<QuotationFinder.Text> texts;
    private static final ProblemHandler IGNORE = p -> { };

    @Setup
    public void setup() throws IOException {
        Path file = Path.of("seeds", seed);
        bytes = Files.readAllBytes(file);
        path = file.toString();
        loader = new SourceLoader();
        decoder = new TextDecoder();
        extractor = new Extractor(Lexicon.standard());
        resolver = new Resolver(Authority.standard());
        document = loader.read(path, bytes, IGNORE).orElseThrow();
        extracted = extractor.extract(document);
        texts = new ArrayList<>();
        int n = 0;
        for (Section s : document.sections()) {
            if ((s.kind() == SectionKind.TEXT || s.kind() == SectionKind.NOTE) && s.language() != null) {
                texts.add(new QuotationFinder.Text(seed + "#" + n++, seed, s.language().tag(), s.span().text()));
            }
        }
    }

    @Benchmark
    public String decode() throws SourceException {
        return decoder.decode(bytes).text();
    }

    @Benchmark
    public SourceDocument read() {
        return loader.read(path, bytes, IGNORE).orElseThrow();
    }

    @Benchmark
    public ExtractedDocument extract() {
        return extractor.extract(document);
    }

    @Benchmark
    public ResolvedDocument resolve() {
        return resolver.resolve(extracted);
    }

    /** Adding a document's texts to a fresh finder: normalising, tokenising and hashing the 5-word shingles. */
    @Benchmark
    public QuotationFinder shingle() {
        QuotationFinder finder = new QuotationFinder();
        for (QuotationFinder.Text t : texts) finder.add(t);
        return finder;
    }

    /** Runs the benchmarks of this class; JMH's command-line options may follow. */
    public static void main(String[] args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(0, HotStagesBenchmark.class.getName());
        org.openjdk.jmh.Main.main(all.toArray(String[]::new));
    }
}
