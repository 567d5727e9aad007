package org.archivekg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bench …}: tools for measuring the pipeline at scale — generate a corpus with its ground truth, and the
 * end-to-end benchmarks, each a ratio measured side by side in one run on one input. A plain parent command: its
 * subcommands are listed here, in one place; without one it prints its usage.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark tools: generate test corpora with a ground truth, and end-to-end benchmarks (extraction,",
                "load against Jena's tdb2.tdbloader, queries over HTTP), each a ratio measured side by side in one run on",
                "one input. See BENCHMARKS.md for the figures and the commands that produced them."},
        subcommands = {BenchGenerateCommand.class, BenchExtractCommand.class, BenchLoadCommand.class, BenchQueryCommand.class,
                CommandLine.HelpCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
