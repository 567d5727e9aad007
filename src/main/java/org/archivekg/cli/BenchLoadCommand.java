package org.archivekg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.archivekg.bench.LoadBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench load --corpus DIR}: our loads against tdb2.tdbloader on the same N-Quads. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Our store loads against Jena's tdb2.tdbloader on the same N-Quads: the corpus is extracted once, then",
                "tdb2.tdbloader, our transactional write (what 'load' does) and our bulk path (what 'load --bulk' does) each",
                "build a fresh store from that file in a child JVM with the same heap. Prints each time, the ratios to",
                "tdb2.tdbloader, and the quads in each store (they must be equal)."})
final class BenchLoadCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Documents to read (any directory; read recursively).")
    Path corpus;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "bench-load",
            description = "Where the N-Quads, the stores and the loaders' logs go (default: ${DEFAULT-VALUE}); the stores are replaced.")
    Path work;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "4g", description = "-Xmx of every loader's JVM (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the extraction (default: the number of cores, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Runs of each loader, in rotating order; the fastest and the median are reported (default: ${DEFAULT-VALUE}).")
    int repeat;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(corpus)) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "not a directory: " + corpus);
        if (!heap.matches("\\d+[kKmMgG]?")) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--heap: a size such as 4g, not " + heap);
        if (repeat < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--repeat must be at least 1");
        LoadBenchmark.Result r = new LoadBenchmark(corpus, work, heap, threads, repeat).run(out);
        return r.runs().stream().allMatch(x -> x.quads() == r.runs().get(0).quads()) ? 0 : 1;
    }
}
