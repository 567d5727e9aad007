package org.archivekg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.archivekg.bench.QueryBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench query --store DIR}: every example query over HTTP, p50/p95 with 1 and 8 clients. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Serves a store with the embedded Fuseki on a free loopback port and sends every query of --queries",
                "over HTTP, with 1 and with 8 concurrent clients; prints p50 and p95 latency per query. Queries that call a",
                "remote SERVICE are skipped (outgoing calls are off by default). --search WORDS measures the web view's search too."})
final class BenchQueryCommand implements Callable<Integer> {

    @Option(names = {"-d", "--store", "--data"}, paramLabel = "DIR", required = true, description = "The TDB2 store to serve.")
    Path store;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "The .rq files (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--clients", paramLabel = "N", split = ",", defaultValue = "1,8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    List<Integer> clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "20", description = "Requests per client per query (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", description = "Unmeasured requests per query first (default: ${DEFAULT-VALUE}); the server reaches its steady "
            + "state (the JIT has compiled its paths) after a few thousand: --warmup 2000.")
    int warmup;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "30",
            description = "Time budget per query and client count: no new request once spent, one at least (default: ${DEFAULT-VALUE}).")
    double maxSeconds;

    @Option(names = "--search", paramLabel = "WORDS",
            description = "Also measure the web view's search, GET /search?q=WORDS (the JSON of the search box); repeatable.")
    List<String> searches = new java.util.ArrayList<>();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(store)) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no store at " + store);
        if (!Files.isDirectory(queries)) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no query directory " + queries);
        if (requests < 1 || clients.stream().anyMatch(c -> c < 1)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--requests and --clients must be at least 1");
        }
        List<QueryBenchmark.Measure> measures = new QueryBenchmark(store, queries, clients, requests, warmup, maxSeconds)
                .searches(searches).run(out);
        return measures.stream().anyMatch(m -> m.errors() > 0) ? 1 : 0;
    }
}
