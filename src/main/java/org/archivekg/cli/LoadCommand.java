package org.archivekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code load FILE-OR-DIR… --data DIR}: extract and load into the TDB2 store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Read documents and load their graph into a TDB2 store (created if missing).",
                "One write transaction: each file's named graph is replaced, so loading the same files again changes",
                "nothing, and a load that fails leaves the store as it was."})
final class LoadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE-OR-DIR", description = "Documents to read; directories are read recursively.")
    List<Path> inputs;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--no-validate", description = "Skip the SHACL check of what is loaded (ontology/shapes.ttl).")
    boolean noValidate;

    @Option(names = "--relink", description = "Also read again the files the store already holds (from where they were "
            + "loaded), so that links between them and these files are derived anew — after replacing a file, say.")
    boolean relink;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ProblemCollector problems = CommonOptions.problems(err);
        try (Store store = Store.open(storeOption.data)) {
            RunReport report = load(store, inputs, common, problems, err, !noValidate, relink);
            return report.anyFailed() || problems.hasErrors() ? ArchiveKg.EXIT_INPUT_FAILED : 0;
        }
    }

    static RunReport load(Store store, List<Path> inputs, CommonOptions common, ProblemCollector problems, PrintWriter err,
                          boolean validate, boolean relink) {
        RunReport report = store.load(common.pipeline(problems, err), inputs, validate, relink);
        err.printf("loaded %d file(s) into the store, %d failed, %d quads%n", report.filesRead().size(), report.filesFailed().size(), report.quads());
        for (String f : report.filesFailed()) err.printf("  not loaded: %s%n", f);
        err.flush();
        common.report(report, problems, err);
        return report;
    }
}
