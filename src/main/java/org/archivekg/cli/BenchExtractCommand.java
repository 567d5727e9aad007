package org.archivekg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.archivekg.bench.ExtractBenchmark;
import org.archivekg.resolve.Authority;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench extract --corpus DIR}: raw read+decode against extraction, on 1 thread and on all cores. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extraction throughput against the raw limit, side by side on one corpus: read+decode of the files' bytes,",
                "then the whole pipeline (read, extract, resolve, link, map; quads counted, not kept) on 1 thread and on",
                "--threads threads. Prints MB/s, documents/s, the ratios and the peak heap after GC of each run."})
final class BenchExtractCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Documents to read (any directory; read recursively).")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the parallel run (default: the number of cores, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--only-threads", description = "Run only with --threads threads (not also with 1), e.g. to measure the heap.")
    boolean onlyThreads;

    @Option(names = "--no-quotations", description = "Do not look for quotations: the finder keeps every text in memory; "
            + "without it the heap shows what the streaming part needs.")
    boolean noQuotations;

    @Option(names = "--no-warmup", description = "Skip the warm-up run on the first 200 files.")
    boolean noWarmup;

    @Option(names = "--live-heap", description = "At each progress line also run a full GC and print the heap then in use "
            + "(the live data, without garbage not yet collected).")
    boolean liveHeap;

    @Option(names = "--progress-every", paramLabel = "N",
            description = "Print a progress line every N documents read (default: a tenth of the corpus, at least 1000).")
    int progressEvery;

    @Option(names = "--authority", paramLabel = "FILE",
            description = "An authority file added to the built-in one, e.g. the authority.ttl of a generated corpus; repeatable.")
    List<Path> authorities = new ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(corpus)) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "not a directory: " + corpus);
        if (progressEvery < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--progress-every must not be negative");
        if (threads < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        List<Integer> runs = new ArrayList<>();
        if (!onlyThreads) runs.add(1);
        if (onlyThreads || threads > 1) runs.add(threads);
        Authority authority = CommonOptions.authority(authorities, spec.commandLine());
        new ExtractBenchmark(corpus, runs, !noQuotations, !noWarmup, authority).liveHeap(liveHeap).progressEvery(progressEvery).run(out);
        return 0;
    }
}
