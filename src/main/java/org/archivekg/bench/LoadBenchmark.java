package org.archivekg.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.store.Store;

/**
 * Our store loads against Jena's own {@code tdb2.tdbloader}, side by side on the same N-Quads: the corpus is extracted
 * once to N-Quads, then each loader builds a fresh store from that file in a child JVM with the same heap —
 * {@code tdb2.tdbloader} (jena-cmds; the phased loader, its choice for an empty database), our transactional write
 * (what {@code load} does: one write transaction, each file graph replaced) and our bulk path (what {@code load --bulk}
 * does after extraction: the phased loader beside the store, then the swap). Each time is the child's wall time, JVM
 * start included for all. Every store must then hold the same number of quads.
 */
public final class LoadBenchmark {

    /** One loader's runs: the fastest and the median wall time, and the quads its store then held. */
    public record Run(String loader, double seconds, double median, long quads) {
    }

    /** The extraction to N-Quads and the loaders' runs. */
    public record Result(int documents, long quadsWritten, double extractSeconds, long nquadsBytes, List<Run> runs) {
    }

    private final Path corpus;
    private final Path work;
    private final String heap;
    private final int threads;
    private final int repeat;

    /** @param repeat runs of each loader, in rotating order (on a shared machine the load changes while they run) */
    public LoadBenchmark(Path corpus, Path work, String heap, int threads, int repeat) {
        this.corpus = corpus;
        this.work = work;
        this.heap = heap;
        this.threads = threads;
        this.repeat = repeat;
    }

    public Result run(PrintWriter out) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path nquads = work.resolve("corpus.nq");
        long t = System.nanoTime();
        RunReport report;
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(o, RDFFormat.NQUADS);
            writer.start();
            report = Pipeline.builder().threads(threads).problems(new ProblemCollector()).build().run(List.of(corpus), writer);
            writer.finish();
        }
        double extract = (System.nanoTime() - t) / 1e9;
        out.printf("extracted %d documents to %s: %d quads, %.1f MB, in %.2f s%n", report.filesRead().size(), nquads, report.quads(),
                Files.size(nquads) / 1e6, extract);
        out.flush();
        List<String> names = List.of("tdb2.tdbloader", "ours, transactional", "ours, bulk");
        List<Command> commands = List.of(
                store -> List.of("tdb2.tdbloader", "--loc", store.toString(), nquads.toString()),
                store -> List.of(LoadRunner.class.getName(), "transactional", store.toString(), nquads.toString()),
                store -> List.of(LoadRunner.class.getName(), "bulk", store.toString(), nquads.toString()));
        List<List<Double>> times = new ArrayList<>();
        long[] quads = new long[names.size()];
        for (int i = 0; i < names.size(); i++) times.add(new ArrayList<>());
        for (int round = 0; round < repeat; round++) {
            for (int k = 0; k < names.size(); k++) {
                int i = (k + round) % names.size();
                double[] measured = time(names.get(i), out, commands.get(i));
                times.get(i).add(measured[0]);
                if (round > 0 && quads[i] != (long) measured[1]) throw new IllegalStateException(names.get(i) + ": another quad count");
                quads[i] = (long) measured[1];
            }
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<Double> t2 = times.get(i).stream().sorted().toList();
            runs.add(new Run(names.get(i), t2.get(0), t2.get(t2.size() / 2), quads[i]));
        }
        Result result = new Result(report.filesRead().size(), report.quads(), extract, Files.size(nquads), runs);
        summary(result, out);
        return result;
    }

    private static void summary(Result r, PrintWriter out) {
        Run reference = r.runs().get(0);
        out.println("summary:");
        out.printf("  N-Quads: %d documents, %d quads, %.1f MB (extraction %.2f s)%n", r.documents(), r.quadsWritten(), r.nquadsBytes() / 1e6,
                r.extractSeconds());
        for (Run run : r.runs()) {
            out.printf("  %-20s fastest %8.2f s, median %8.2f s  %10d quads in the store  %.2fx the time of tdb2.tdbloader (fastest), %.2fx (median)%n",
                    run.loader(), run.seconds(), run.median(), run.quads(), run.seconds() / reference.seconds(), run.median() / reference.median());
        }
        boolean same = r.runs().stream().allMatch(x -> x.quads() == reference.quads());
        out.println("  same quads in every store: " + (same ? "yes" : "NO"));
        out.flush();
    }

    private interface Command {
        List<String> args(Path store);
    }

    /** Runs one loader on a fresh store; returns its wall time and the quads the store then holds. */
    private double[] time(String name, PrintWriter out, Command command) throws IOException, InterruptedException {
        Path store = work.resolve("store-" + name.replaceAll("[^a-z0-9]+", "-"));
        deleteTree(store);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-cp", System.getProperty("java.class.path")));
        cmd.addAll(command.args(store));
        Path log = work.resolve("log-" + store.getFileName() + ".txt");
        long t = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - t) / 1e9;
        if (exit != 0) throw new IllegalStateException(name + " failed (exit " + exit + "), see " + log);
        long quads;
        try (Store s = Store.open(store)) {
            quads = Txn.calculateRead(s.dataset(), () -> {
                long n = 0;
                for (var it = s.dataset().asDatasetGraph().find(); it.hasNext(); it.next()) n++;
                return n;
            });
        }
        out.printf("%s: %.2f s, %d quads in the store (log: %s)%n", name, seconds, quads, log);
        out.flush();
        return new double[] {seconds, quads};
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
