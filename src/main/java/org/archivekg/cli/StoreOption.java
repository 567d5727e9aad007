package org.archivekg.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The store a command works on: one option, one default, shared by load, serve and remove. */
final class StoreOption {

    static final String DEFAULT_STORE = "store";

    @Option(names = {"-d", "--data"}, paramLabel = "DIR", defaultValue = DEFAULT_STORE,
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path data;
}
