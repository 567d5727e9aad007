package org.archivekg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.archivekg.bench.CorpusGenerator;
import org.archivekg.bench.GroundTruth;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench generate --docs N --seed S --out DIR [--noise RATE]}: a deterministic corpus with its ground truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a deterministic test corpus: documents in the three source formats, in Russian and English,",
                "with OCR noise, pseudonyms, embedded replies, references and planted quotations; the authority of its people;",
                "and the ground truth. The same --docs and --seed give byte-identical files. Writes into DIR:",
                "  docs/NNNN/*.txt     the documents (read them with: extract DIR/docs --authority DIR/authority.ttl)",
                "  authority.ttl       the generated people and pseudonyms (for --authority)",
                "  ground-truth.json   per document: format, languages, sender, recipients, signature, date, archive",
                "                      signatures, embedded documents, references; and the planted quotations"})
final class BenchGenerateCommand implements Callable<Integer> {

    @Option(names = "--docs", paramLabel = "N", required = true, description = "How many documents to generate.")
    int documents;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory (created; must not hold documents already).")
    Path out;

    @Option(names = "--noise", paramLabel = "RATE", defaultValue = "0.01",
            description = "Share of the words of the texts that get an OCR error (default: ${DEFAULT-VALUE}).")
    double noise;

    @Option(names = "--people", paramLabel = "N", description = "How many people to generate (default: documents/10, between 1,000 and 5,000).")
    int people;

    @Option(names = {"-q", "--quiet"}, description = "No progress lines.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CorpusGenerator generator;
        try {
            generator = CorpusGenerator.builder().documents(documents).seed(seed).noiseRate(noise).people(people).build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (Files.isDirectory(out.resolve(GroundTruth.DOCUMENTS))) {
            throw new CommandLine.ParameterException(spec.commandLine(), out + " already holds generated documents (" + GroundTruth.DOCUMENTS
                    + "/): choose an empty directory");
        }
        long start = System.nanoTime();
        GroundTruth truth = generator.generate(out, line -> {
            if (quiet) return;
            err.println("generated " + line);
            err.flush();
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = sizeOf(truth.documentsDirectory());
        err.printf("%,d documents (%,.1f MB) and %,d planted quotations in %s, %.1f s (%,.0f documents/s, %.1f MB/s)%n", truth.documentCount(),
                bytes / 1e6, truth.quotationCount(), out, seconds, truth.documentCount() / seconds, bytes / 1e6 / seconds);
        err.printf("  read them with: extract %s --authority %s%n", truth.documentsDirectory(), truth.authorityFile());
        err.flush();
        return 0;
    }

    private static long sizeOf(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
