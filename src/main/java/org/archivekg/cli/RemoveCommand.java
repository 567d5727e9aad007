package org.archivekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.archivekg.rdf.Iris;
import org.archivekg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code remove FILE… --data DIR}: take out exactly what source files contributed. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Remove what source files contributed to the store (their named graphs), in one transaction.",
                "Give the files' names or paths. The remaining files are read again (from where they were loaded) so that",
                "the links other files drew to the removed ones are derived anew, in the same transaction."})
final class RemoveCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Source files (their base names identify their graphs).")
    List<Path> files;

    @Mixin
    StoreOption storeOption;

    @Option(names = "--no-relink", description = "Do not read the remaining files again to derive their links anew.")
    boolean noRelink;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
        try (Store store = Store.open(storeOption.data)) {
            List<String> removed = noRelink ? store.remove(new Iris(common.base), names)
                    : store.remove(common.pipeline(CommonOptions.problems(err), err), names);
            for (String n : names) err.printf(removed.contains(n) ? "removed: %s%n" : "error: %s: not in the store%n", n);
            err.flush();
            return removed.size() == names.size() ? 0 : ArchiveKg.EXIT_INPUT_FAILED;
        }
    }
}
