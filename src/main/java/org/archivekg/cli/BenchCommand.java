package org.archivekg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bench …}: end-to-end benchmarks. (Temporary parent of this branch: the corpus generator's branch has its own
 * {@code bench} parent with {@code generate}; the two are to be merged into one.)
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"End-to-end benchmarks, each a ratio measured side by side in one run on one input.",
                "See BENCHMARKS.md for the figures and the commands that produced them."},
        subcommands = {BenchExtractCommand.class, BenchLoadCommand.class, BenchQueryCommand.class, CommandLine.HelpCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
