package org.archivekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.archivekg.pipeline.Pipeline;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.rdf.Iris;
import org.archivekg.resolve.Authority;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every command that reads documents shares. */
final class CommonOptions {

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of the IRIs minted for records, people, … (default: ${DEFAULT-VALUE}). "
                    + "A real archive publishes under its own domain.")
    String base;

    @Option(names = {"-q", "--quiet"}, description = "Print problems only, no progress.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that read documents (default: the number of cores, ${DEFAULT-VALUE} here). "
                    + "The output does not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--report", paramLabel = "FILE.json",
            description = "Write the run's report as JSON: files, errors and warnings with file and line, unresolved names, "
                    + "conflicting readings, counts per document.")
    Path report;

    @Option(names = "--authority", paramLabel = "FILE",
            description = "An authority file (Turtle, the vocabulary of ontology/authority.ttl) whose people and pseudonyms are "
                    + "added to the built-in ones, e.g. the authority.ttl of a generated corpus; repeatable.")
    List<Path> authorities = new ArrayList<>();

    @Option(names = "--spill-above", paramLabel = "N",
            description = "Past N files a run keeps its per-document state on disk, so memory does not grow with the corpus, "
                    + "extract writes N-Quads as it goes, load streams without the SHACL check, and validate --data reads a "
                    + "store of more graphs where it lies instead of copying it into memory (default: ${DEFAULT-VALUE}).")
    int spillAbove = Pipeline.DEFAULT_SPILL_ABOVE;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Prints the summary and writes the JSON report when asked. */
    void report(org.archivekg.pipeline.RunReport run, ProblemCollector problems, PrintWriter err) {
        RunReports.print(run, problems, err);
        if (report == null) return;
        try {
            RunReports.writeJson(run, problems, report);
        } catch (java.io.IOException e) {
            err.printf("error: %s: cannot write the report: %s%n", report, e.getMessage());
            err.flush();
        }
    }

    /** Problems echoed to {@code err} as they are reported. */
    static ProblemCollector problems(PrintWriter err) {
        return new ProblemCollector(line -> {
            err.println(line);
            err.flush();
        });
    }

    /** A pipeline whose problems go to {@code err} as they come, and progress too unless quiet. */
    Pipeline pipeline(ProblemCollector problems, PrintWriter err) {
        Consumer<String> progress = quiet ? s -> { } : line -> {
            err.println(line);
            err.flush();
        };
        if (threads < 1) throw new ParameterException(mixee.commandLine(), "--threads must be at least 1");
        if (spillAbove < 0) throw new ParameterException(mixee.commandLine(), "--spill-above must not be negative");
        Pipeline.Builder builder = Pipeline.builder().base(base).problems(problems).progress(progress).threads(threads)
                .spillAbove(spillAbove);
        if (!authorities.isEmpty()) builder.authority(authority(authorities, mixee.commandLine()));
        return builder.build();
    }

    /** The built-in authority with the given files' people added; a file that cannot be used is a parameter error. */
    static Authority authority(List<Path> files, CommandLine commandLine) {
        try {
            return files.isEmpty() ? Authority.standard() : Authority.standardWith(files);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, "cannot use " + e.getMessage());
        }
    }
}
