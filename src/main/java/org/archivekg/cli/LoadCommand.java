package org.archivekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.source.SourceFiles;
import org.archivekg.store.BulkLoader;
import org.archivekg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code load FILE-OR-DIR… --data DIR}: extract and load into the TDB2 store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Read documents and load their graph into a TDB2 store (created if missing).",
                "One write transaction: each file's named graph is replaced, so loading the same files again changes",
                "nothing, and a load that fails leaves the store as it was.",
                "--bulk builds the store anew from these documents alone with Jena's bulk loader (the first build of a",
                "big store): the new store is built beside the old one and swapped in only when complete."})
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

    @Option(names = "--bulk", description = "Build the store from these documents alone (replacing what it held) with Jena's "
            + "phased bulk loader: much faster for a first build of a big store. The new store is built beside the old one "
            + "(DIR.bulk-build) and swapped in when complete, so a failed build leaves the old store as it was. No SHACL check: "
            + "run 'validate --data DIR' afterwards. The store must not be served while it is swapped.")
    boolean bulk;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ProblemCollector problems = CommonOptions.problems(err);
        if (bulk) {
            if (relink) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--bulk builds the store from the given documents alone: --relink does not apply");
            RunReport report = bulkLoad(storeOption.data, inputs, common, problems, err);
            return report.anyFailed() || problems.hasErrors() ? ArchiveKg.EXIT_INPUT_FAILED : 0;
        }
        try (Store store = Store.open(storeOption.data)) {
            RunReport report = load(store, inputs, common, problems, err, !noValidate, relink);
            return report.anyFailed() || problems.hasErrors() ? ArchiveKg.EXIT_INPUT_FAILED : 0;
        }
    }

    static RunReport bulkLoad(Path data, List<Path> inputs, CommonOptions common, ProblemCollector problems, PrintWriter err) {
        java.util.function.Consumer<String> progress = common.quiet ? s -> { } : line -> {
            err.println(line);
            err.flush();
        };
        RunReport report = new BulkLoader(data).progress(progress).build(common.pipeline(problems, err), inputs);
        err.printf("bulk-loaded %d file(s) into a new store at %s, %d failed, %d quads%n", report.filesRead().size(), data,
                report.filesFailed().size(), report.quads());
        for (String f : report.filesFailed()) err.printf("  not loaded: %s%n", f);
        err.flush();
        common.report(report, problems, err);
        return report;
    }

    static RunReport load(Store store, List<Path> inputs, CommonOptions common, ProblemCollector problems, PrintWriter err,
                          boolean validate, boolean relink) {
        Pipeline pipeline = common.pipeline(problems, err);
        if (validate) {
            int files = SourceFiles.of(inputs, problem -> { }).count();
            if (files > pipeline.spillAbove()) {
                // the check reads the whole extraction in memory: a big corpus streams into the store instead
                err.printf("warning: the SHACL check needs the whole extraction in memory; %,d files are loaded as they are read, "
                        + "without it ('validate --data STORE' checks the store afterwards, reading it where it lies; "
                        + "--no-validate skips this warning)%n", files);
                err.flush();
                validate = false;
            }
        }
        RunReport report = store.load(pipeline, inputs, validate, relink);
        err.printf("loaded %d file(s) into the store, %d failed, %d quads%n", report.filesRead().size(), report.filesFailed().size(), report.quads());
        for (String f : report.filesFailed()) err.printf("  not loaded: %s%n", f);
        err.flush();
        common.report(report, problems, err);
        return report;
    }
}
