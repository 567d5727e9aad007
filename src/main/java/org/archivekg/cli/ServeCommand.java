package org.archivekg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.server.ArchiveServer;
import org.archivekg.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code serve [FILE-OR-DIR…] [--port 3030] [--data DIR]}: (load, then) serve the store over SPARQL. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store from an embedded Fuseki: SPARQL at http://localhost:PORT/archive/sparql (read-only).",
                "Documents given are loaded into the store first (as the load command does)."})
final class ServeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "FILE-OR-DIR", description = "Documents to load before serving (optional).")
    List<Path> inputs = List.of();

    @Mixin
    StoreOption storeOption;

    @Option(names = {"-p", "--port"}, defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "Allow federated queries (SPARQL SERVICE) to endpoints starting with URL; repeatable. "
                    + "Off by default: an open SERVICE lets anyone make the server fetch any URL.")
    List<String> allowedServices = new java.util.ArrayList<>();

    @Option(names = "--result-limit", paramLabel = "N", defaultValue = "10000",
            description = "Return at most N results per query (default: ${DEFAULT-VALUE}; 0: no limit).")
    long resultLimit;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Stop a query that runs longer (default: ${DEFAULT-VALUE}; 0: no limit).")
    long queryTimeoutSeconds;

    @Option(names = "--allow-update", paramLabel = "PASSWORD-FILE",
            description = "Turn on SPARQL Update (/archive/update) and Graph Store writes (/archive/data) for the users of "
                    + "PASSWORD-FILE only (lines 'user: password', HTTP Basic). Off by default: the dataset is read-only.")
    Path updatePasswords;

    @Mixin
    CommonOptions common;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        ProblemCollector problems = CommonOptions.problems(err);
        Store store = Store.open(storeOption.data);
        boolean failed = false;
        if (!inputs.isEmpty()) failed = LoadCommand.load(store, inputs, common, problems, err, true, false).anyFailed() || problems.hasErrors();
        FusekiServer server = ArchiveServer.start(store.dataset(), ArchiveServer.Options.defaults(port)
                .withLocalhostOnly(localhost).withBase(common.base).withAllowedServices(allowedServices)
                .withQueryTimeoutMillis(queryTimeoutSeconds * 1000).withUpdatesFor(updatePasswords).withResultLimit(resultLimit));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            store.close();
        }));
        out.printf("Archive KG is serving %s%n", storeOption.data.toAbsolutePath());
        out.printf("  SPARQL endpoint: http://localhost:%d%s/sparql%n", server.getPort(), ArchiveServer.DATASET);
        out.printf("  query editor:    http://localhost:%d/query/%n", server.getPort());
        out.printf("  resources:       %s… (dereferenceable)%n", common.base);
        if (!allowedServices.isEmpty()) out.printf("  federation allowed to: %s%n", allowedServices);
        if (updatePasswords != null) out.printf("  updates ON for the users of %s: /archive/update, /archive/data%n", updatePasswords);
        if (failed) out.println("  (some input could not be read: see the problems above)");
        out.println("  Stop with Ctrl-C.");
        out.flush();
        server.join();
        return failed ? ArchiveKg.EXIT_INPUT_FAILED : 0;
    }
}
