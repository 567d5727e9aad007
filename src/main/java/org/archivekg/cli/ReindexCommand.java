package org.archivekg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;

import org.archivekg.search.SearchIndex;
import org.archivekg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code reindex --data DIR}: build the full-text index of a store anew from what the store holds. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Rebuild the full-text index of a store (the folder '" + SearchIndex.DIRECTORY + "' inside it) from the",
                "passages and name forms the store holds. 'load' and 'remove' keep the index in step by themselves; use this",
                "after copying a store without its index, after a bulk load, or when the index was damaged."})
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    StoreOption storeOption;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(storeOption.data)) {
            err.printf("error: %s: no TDB2 store there%n", storeOption.data);
            err.flush();
            return ArchiveKg.EXIT_INPUT_FAILED;
        }
        long started = System.nanoTime();
        try (Store store = Store.open(storeOption.data)) {
            long entries = store.rebuildTextIndex();
            err.printf("reindexed %s: %d entries in %d ms%n", storeOption.data, entries, (System.nanoTime() - started) / 1_000_000);
            err.flush();
            return 0;
        }
    }
}
