package org.archivekg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bench …}: tools for measuring the pipeline at scale. A plain parent command: its subcommands are listed
 * here, in one place; without one it prints its usage.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark tools: generate test corpora with a ground truth (more to come)."},
        subcommands = {BenchGenerateCommand.class, CommandLine.HelpCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
