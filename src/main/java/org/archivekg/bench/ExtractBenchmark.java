package org.archivekg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.resolve.Authority;
import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.source.SourceException;
import org.archivekg.source.SourceFiles;
import org.archivekg.source.TextDecoder;

/**
 * Extraction throughput against the raw limit, side by side on one corpus: reading and decoding the files' bytes
 * ({@link TextDecoder}, what every run must do), then the whole pipeline (read, extract, resolve, link, map to quads
 * counted and dropped) on 1 thread and on more. Prints MB/s, documents/s, the ratios, and the peak heap after GC.
 */
public final class ExtractBenchmark {

    /** One timed run of the pipeline. */
    public record Run(int threads, double seconds, double cpuSeconds, int documents, long quads, long peakHeapAfterGc) {
    }

    /** The whole measurement: the corpus, the raw read+decode time, and the pipeline runs. */
    public record Result(int files, long bytes, double rawSeconds, long heapBefore, List<Run> runs) {

        double mbPerSecond(double seconds) {
            return bytes / 1e6 / seconds;
        }
    }

    private final Path corpus;
    private final List<Integer> threads;
    private final boolean quotations;
    private final boolean warmup;
    private final Authority authority;
    private boolean liveHeap;
    private int every;

    /** {@code authority}: the people the pipeline resolves names against (e.g. a generated corpus's, added to the standard ones). */
    public ExtractBenchmark(Path corpus, List<Integer> threads, boolean quotations, boolean warmup, Authority authority) {
        this.corpus = corpus;
        this.threads = List.copyOf(threads);
        this.quotations = quotations;
        this.warmup = warmup;
        this.authority = authority;
    }

    /**
     * Also collect all garbage at each progress line and print the heap then in use: the live data, without the old
     * garbage that "peak heap after GC" (young collections included) may still count. Costs a full GC per line.
     */
    public ExtractBenchmark liveHeap(boolean on) {
        this.liveHeap = on;
        return this;
    }

    /** A progress line every {@code documents} documents read; 0 (the default): a tenth of the corpus, at least 1,000. */
    public ExtractBenchmark progressEvery(int documents) {
        if (documents < 0) throw new IllegalArgumentException("progress interval must not be negative, not " + documents);
        this.every = documents;
        return this;
    }

    public Result run(PrintWriter out) {
        // the file list of the raw measurement is dropped before the pipeline runs: the heap measured is the pipeline's
        Raw raw = raw(out);
        long[] bytes = {raw.bytes()};
        double rawSeconds = raw.seconds();
        long heapBefore = HeapWatch.usedAfterGc();
        List<Run> runs = new ArrayList<>();
        for (int t : threads) {
            long[] quads = {0};
            RunReport[] report = {null};
            HeapWatch.usedAfterGc();
            double seconds;
            long peak;
            long cpu = processCpuNanos();
            try (HeapWatch heap = new HeapWatch()) {
                int every = this.every > 0 ? this.every : Math.max(1000, raw.files() / 10);
                int[] seen = {0};
                long t0 = System.nanoTime();
                java.util.function.Consumer<String> progress = line -> {
                    if (!line.startsWith("[") || ++seen[0] % every != 0) return;
                    out.printf("  %d documents read in %.0f s; peak heap after GC so far %d MB%s%n", seen[0], (System.nanoTime() - t0) / 1e9,
                            mb(heap.peakAfterGc()), liveHeap ? String.format(java.util.Locale.ROOT, "; live heap after a full GC %.1f MB", HeapWatch.usedAfterGc() / 1048576.0) : "");
                    out.flush();
                };
                seconds = time(() -> report[0] = pipeline(t, quotations).progress(progress).build().run(List.of(corpus), new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        quads[0]++;
                    }
                }));
                peak = heap.peakAfterGc();
            }
            double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
            Run run = new Run(t, seconds, cpuSeconds, report[0].filesRead().size(), quads[0], peak);
            runs.add(run);
            out.printf("extract, %d thread(s): %d documents, %d quads in %.2f s (process CPU %.2f s): %.2f MB/s, %.1f documents/s; "
                            + "peak heap after GC %d MB%n",
                    t, run.documents(), run.quads(), seconds, cpuSeconds, bytes[0] / 1e6 / seconds, run.documents() / seconds, mb(peak));
            out.flush();
        }
        Result result = new Result(raw.files(), bytes[0], rawSeconds, heapBefore, runs);
        summary(result, out);
        return result;
    }

    /** The raw read+decode measurement (and the warm-up): files, bytes, seconds. */
    private record Raw(int files, long bytes, double seconds) {
    }

    private Raw raw(PrintWriter out) {
        // walked anew by each pass, not held: the benchmark must not add a file list to the heap it measures
        SourceFiles files = SourceFiles.of(List.of(corpus), p -> { });
        int count = files.count();
        if (count == 0) throw new IllegalArgumentException("no files in " + corpus);
        if (warmup) {
            List<Path> some = new ArrayList<>();
            for (Iterator<Path> it = files.iterator(); it.hasNext() && some.size() < 200; ) some.add(it.next());
            out.printf("warm-up: %d files, raw and pipeline%n", some.size());
            out.flush();
            raw(some);
            pipeline(threads.get(threads.size() - 1), quotations).build().run(some, new StreamRDFBase());
        }
        long[] bytes = {0};
        double readSeconds = time(() -> readOnly(files));
        double utf8Seconds = time(() -> jdkUtf8(files));
        double rawSeconds = time(() -> bytes[0] = raw(files));
        out.printf("read only: %.1f MB/s; read + JDK UTF-8 decoding: %.1f MB/s (for reference)%n", bytes[0] / 1e6 / readSeconds,
                bytes[0] / 1e6 / utf8Seconds);
        out.printf("raw read+decode: %d files, %.1f MB in %.2f s: %.1f MB/s, %.0f documents/s%n", count, bytes[0] / 1e6,
                rawSeconds, bytes[0] / 1e6 / rawSeconds, count / rawSeconds);
        out.flush();
        return new Raw(count, bytes[0], rawSeconds);
    }

    private static void summary(Result r, PrintWriter out) {
        out.println("summary:");
        out.printf("  corpus: %d files, %.1f MB; heap in use before the runs (after GC): %d MB%n", r.files(), r.bytes() / 1e6, mb(r.heapBefore()));
        out.printf("  raw read+decode: %.1f MB/s%n", r.mbPerSecond(r.rawSeconds()));
        Run first = r.runs().get(0);
        for (Run run : r.runs()) {
            out.printf("  extract on %d thread(s): %.2f MB/s (%.2f MB/s per thread; %.2f MB per CPU-second), %.1f documents/s, "
                            + "%.1f quads/document; %.4f of the raw rate; speed-up over %d thread(s): %.2fx%n",
                    run.threads(), r.mbPerSecond(run.seconds()), r.mbPerSecond(run.seconds()) / run.threads(), r.mbPerSecond(run.cpuSeconds()),
                    run.documents() / run.seconds(),
                    run.documents() == 0 ? 0.0 : (double) run.quads() / run.documents(), r.rawSeconds() / run.seconds(), first.threads(),
                    first.seconds() / run.seconds());
        }
        out.flush();
    }

    private Pipeline.Builder pipeline(int threads, boolean quotations) {
        return Pipeline.builder().threads(threads).quotations(quotations).authority(authority).problems(new ProblemCollector());
    }

    private static void readOnly(Iterable<Path> files) {
        long n = 0;
        for (Path f : files) {
            try {
                n += Files.readAllBytes(f).length;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (n < 0) throw new IllegalStateException();
    }

    private static void jdkUtf8(Iterable<Path> files) {
        long n = 0;
        for (Path f : files) {
            try {
                n += new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8).length();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (n < 0) throw new IllegalStateException();
    }

    /** Reads and decodes every file as the pipeline does ({@link TextDecoder}: checks, charset detection); returns the bytes read. */
    private static long raw(Iterable<Path> files) {
        TextDecoder decoder = new TextDecoder();
        long bytes = 0;
        long chars = 0;
        for (Path f : files) {
            try {
                byte[] b = Files.readAllBytes(f);
                bytes += b.length;
                chars += decoder.decode(b).text().length();
            } catch (SourceException e) {
                // undecodable: the pipeline reports it; the bytes were read all the same
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (chars < 0) throw new IllegalStateException(); // keeps the decoding from being optimised away
        return bytes;
    }

    /** CPU time of the whole process (all threads, GC included): less disturbed than wall time on a shared machine. */
    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double time(Runnable r) {
        long t = System.nanoTime();
        r.run();
        return (System.nanoTime() - t) / 1e9;
    }

    static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }
}
