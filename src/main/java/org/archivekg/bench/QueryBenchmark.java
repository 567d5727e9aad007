package org.archivekg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.system.Txn;
import org.archivekg.server.ArchiveServer;
import org.archivekg.store.Store;

/**
 * Every query of {@code queries/} through the HTTP endpoint, as users send them: the store served by our
 * {@link ArchiveServer} (read-only, result limit and query timeout as by default) on a free loopback port, each query
 * sent by 1 and by N concurrent clients, latencies as each client sees them (request to last byte). Queries that
 * call a remote SERVICE are skipped: outgoing SERVICE calls are off by default, and a remote endpoint's latency is
 * not ours to measure.
 * <p>
 * Each query is measured in a child JVM of its own, which serves the store, sends the query and ends, so that no
 * query's caches, garbage or leftover work (a request the client gave up on runs until the server's timeout) weigh
 * on the next one. A child that overruns its time is killed and the query reported as not answered in time.
 * <p>
 * A lookup query names the one thing it looks up in a {@code VALUES ?x { <IRI> }} block ({@code record-card.rq},
 * {@code correspondence-of-person.rq}). Asking for the same IRI every time would measure a cache, so each request
 * asks for another IRI of the same kind (the same {@code …/id/KIND/} prefix), drawn from the store with a fixed seed:
 * up to {@value #KEYS} of them per query. The warm-up asks for other IRIs than the measured requests (the store's
 * IRIs are split in two), so a measured lookup does not find its answer's pages and nodes cached by the warm-up.
 * <p>
 * The server's code paths need a few thousand requests before the JIT has compiled them: with the default warm-up of
 * a few requests, the latencies of short queries are mostly those of the interpreter. Figures of a server in steady
 * state are taken with {@code --warmup 2000}.
 */
public final class QueryBenchmark {

    /** One query at one concurrency: latencies in milliseconds, sorted, and the failed requests. */
    public record Measure(String query, int clients, double[] millis, int errors, long bytes) {

        double percentile(double p) {
            if (millis.length == 0) return Double.NaN;
            int i = (int) Math.ceil(p / 100.0 * millis.length) - 1;
            return millis[Math.max(0, Math.min(millis.length - 1, i))];
        }
    }

    /** How many IRIs a lookup query is measured over (and as many others warm it up). */
    static final int KEYS = 2000;

    /** {@code VALUES ?x { <…/id/KIND/key> }}: a lookup of one thing, whose IRI the benchmark varies. */
    private static final Pattern ONE_VALUE = Pattern.compile("VALUES\\s+\\?(\\w+)\\s*\\{\\s*<([^>]*/id/[a-z-]+/)([^>/]+)>\\s*}",
            Pattern.CASE_INSENSITIVE);

    private final Path store;
    private final Path queries;
    private final List<Integer> clients;
    private final int requestsPerClient;
    private final int warmup;
    private final double maxSeconds;
    private List<String> searches = List.of();

    /**
     * @param maxSeconds a time budget per query and concurrency: a client sends no new request once it is spent (but
     *                   at least one), so that a slow query on a big store does not hold the run for hours
     */
    public QueryBenchmark(Path store, Path queries, List<Integer> clients, int requestsPerClient, int warmup, double maxSeconds) {
        this.store = store;
        this.queries = queries;
        this.clients = List.copyOf(clients);
        this.requestsPerClient = requestsPerClient;
        this.warmup = warmup;
        this.maxSeconds = maxSeconds;
    }

    /**
     * Also measures the web view's search ({@code GET /search?q=WORDS}, the JSON the search box reads) for each of
     * these words; each is reported as {@code /search?q=WORDS}.
     */
    public QueryBenchmark searches(List<String> words) {
        this.searches = List.copyOf(words);
        return this;
    }

    /** What a child measures for a search: the prefix marks it, the rest is the words. */
    private static final String SEARCH = "search:";

    public List<Measure> run(PrintWriter out) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> s = Files.list(queries)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        try (Store s = Store.open(store)) {
            long quads = Txn.calculateRead(s.dataset(), () -> {
                long n = 0;
                for (var it = s.dataset().asDatasetGraph().find(); it.hasNext(); it.next()) n++;
                return n;
            });
            out.printf("store %s: %d quads%n", store, quads);
            out.flush();
        }
        List<Measure> measures = new ArrayList<>();
        for (Path q : files) {
            String name = q.getFileName().toString();
            if (callsService(Files.readString(q, StandardCharsets.UTF_8))) {
                out.printf("%-34s skipped: it calls a remote SERVICE (outgoing calls are off by default)%n", name);
                out.flush();
                continue;
            }
            measures.addAll(inChild(q.toString(), name, out));
        }
        for (String words : searches) measures.addAll(inChild(SEARCH + words, searchName(words), out));
        return measures;
    }

    static boolean callsService(String query) {
        return query.toUpperCase(java.util.Locale.ROOT).matches("(?s).*\\bSERVICE\\s*<.*");
    }

    private static final Pattern LINE = Pattern.compile("(\\S+)\\s+clients\\s+(\\d+): p50 .* requests\\s+(\\d+)\\s+errors (\\d+).*");

    private static String searchName(String words) {
        return "/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    /** Measures one query (a file, or {@link #SEARCH} and words) in a child JVM; its lines are passed on. */
    private List<Measure> inChild(String query, String name, PrintWriter out) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m", "-cp", System.getProperty("java.class.path"),
                QueryBenchmark.class.getName(), store.toString(), query, String.join(",", clients.stream().map(String::valueOf).toList()),
                Integer.toString(requestsPerClient), Integer.toString(warmup), Double.toString(maxSeconds)));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Measure> measures = new ArrayList<>();
        // the budget: warm-up and each client count may each take twice the time budget (one request started late)
        long limitSeconds = (long) (maxSeconds * 2 * (clients.size() + 1)) + 60;
        Thread reader = new Thread(() -> {
            try (var r = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    synchronized (out) {
                        out.println(line);
                        out.flush();
                    }
                    Matcher m = LINE.matcher(line);
                    if (m.matches()) {
                        synchronized (measures) {
                            measures.add(new Measure(m.group(1), Integer.parseInt(m.group(2)), new double[Integer.parseInt(m.group(3))],
                                    Integer.parseInt(m.group(4)), 0));
                        }
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
        });
        reader.start();
        boolean ended = p.waitFor(limitSeconds, java.util.concurrent.TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
            p.waitFor();
        }
        reader.join();
        synchronized (measures) {
            for (int c : clients) {
                if (measures.stream().noneMatch(m -> m.clients() == c)) {
                    out.printf("%-34s clients %2d: no answer within %d s (the child was stopped)%n", name, c, limitSeconds);
                    measures.add(new Measure(name, c, new double[0], 1, 0));
                }
            }
        }
        out.flush();
        return measures;
    }

    /**
     * The child: {@code QueryBenchmark STORE QUERY.rq|search:WORDS CLIENTS REQUESTS WARMUP MAX-SECONDS}; prints one line
     * per client count.
     */
    public static void main(String[] args) throws Exception {
        Path store = Path.of(args[0]);
        List<Integer> clients = java.util.Arrays.stream(args[2].split(",")).map(Integer::parseInt).toList();
        QueryBenchmark b = new QueryBenchmark(store, null, clients, Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                Double.parseDouble(args[5]));
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        if (args[1].startsWith(SEARCH)) b.measureSearch(args[1].substring(SEARCH.length()), out);
        else b.measureOne(Path.of(args[1]), out);
        out.flush();
        System.exit(0); // the server's threads (and a query still running) end with the JVM
    }

    private void measureOne(Path q, PrintWriter out) throws IOException, InterruptedException {
        String query = Files.readString(q, StandardCharsets.UTF_8);
        try (Store s = Store.open(store)) {
            Keys keys = Keys.of(query, s);
            serveAndMeasure(s, q.getFileName().toString(), port -> {
                String endpoint = "http://localhost:" + port + ArchiveServer.DATASET + "/sparql";
                return new Requests(http -> sparql(http, endpoint, keys.next()), http -> sparql(http, endpoint, keys.nextWarmup()));
            }, keys.describe(), out);
        }
    }

    private void measureSearch(String words, PrintWriter out) throws IOException, InterruptedException {
        try (Store s = Store.open(store)) {
            serveAndMeasure(s, searchName(words), port -> {
                URI uri = URI.create("http://localhost:" + port + searchName(words));
                Request search = http -> get(http, uri);
                return new Requests(search, search);
            }, "", out);
        }
    }

    /** One request to the server: the answer's size in bytes, or -1 when it failed. */
    @FunctionalInterface
    private interface Request {
        long send(HttpClient http);
    }

    /** The requests to measure, and those that warm the server up first. */
    private record Requests(Request measured, Request warmup) {
    }

    /** Serves the store on a free port, warms up, and measures the requests (made for that port) at each client count. */
    private void serveAndMeasure(Store s, String name, java.util.function.IntFunction<Requests> forPort, String describe, PrintWriter out)
            throws IOException, InterruptedException {
        int port = freePort();
        FusekiServer server = ArchiveServer.start(s.dataset(), ArchiveServer.Options.defaults(port).withLocalhostOnly(true));
        try {
            Requests requests = forPort.apply(port);
            Request request = requests.measured();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            long warm = System.nanoTime() + (long) (maxSeconds * 1e9);
            for (int i = 0; i < warmup && (i == 0 || System.nanoTime() < warm); i++) requests.warmup().send(http);
            for (int c : clients) {
                Measure m = measure(http, request, name, c);
                out.printf("%-34s clients %2d: p50 %8.1f ms  p95 %8.1f ms  requests %4d  errors %d  %d bytes/answer%s%n", name, c,
                        m.percentile(50), m.percentile(95), m.millis().length, m.errors(), m.millis().length == 0 ? 0 : m.bytes() / m.millis().length,
                        describe);
                out.flush();
            }
        } finally {
            server.stop();
        }
    }

    private Measure measure(HttpClient http, Request request, String name, int clients) throws InterruptedException {
        List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < requestsPerClient && (i == 0 || System.nanoTime() < deadline); i++) {
                        long t = System.nanoTime();
                        long n = request.send(http);
                        if (n < 0) {
                            errors.incrementAndGet();
                        } else {
                            millis.add((System.nanoTime() - t) / 1e6);
                            bytes.addAndGet(n);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    errors.incrementAndGet();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Measure(name, clients, sorted, errors.get(), bytes.get());
    }

    /**
     * The query to send next: as written, or for a lookup query ({@link #ONE_VALUE}) with the next of up to {@link #KEYS}
     * IRIs of the same kind from the store, in turn.
     */
    record Keys(String query, String variable, String written, List<String> iris, List<String> warmupIris, AtomicInteger turn,
                AtomicInteger warmupTurn) {

        static Keys of(String query, Store store) {
            Matcher m = ONE_VALUE.matcher(query);
            if (!m.find()) return new Keys(query, null, null, List.of(), List.of(), new AtomicInteger(), new AtomicInteger());
            String prefix = m.group(2);
            List<String> all = new ArrayList<>();
            String sample = "SELECT DISTINCT ?x WHERE { GRAPH ?g { ?x a ?type } FILTER (STRSTARTS(STR(?x), \"" + prefix + "\")) }";
            Txn.executeRead(store.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecutionFactory.create(sample, store.dataset())) {
                    qe.execSelect().forEachRemaining(row -> all.add(row.getResource("x").getURI()));
                }
            });
            Collections.sort(all);
            Collections.shuffle(all, new java.util.Random(42));
            if (all.isEmpty()) all.add(m.group(2) + m.group(3));
            // measured requests ask for the first half, the warm-up for the second (the same IRI when there is one)
            int half = (all.size() + 1) / 2;
            List<String> measured = List.copyOf(all.subList(0, Math.min(KEYS, half)));
            List<String> warmup = all.size() == 1 ? measured : List.copyOf(all.subList(half, Math.min(all.size(), half + KEYS)));
            return new Keys(query, m.group(1), m.group(2) + m.group(3), measured, warmup, new AtomicInteger(), new AtomicInteger());
        }

        String next() {
            return with(iris, turn);
        }

        String nextWarmup() {
            return with(warmupIris, warmupTurn);
        }

        private String with(List<String> pool, AtomicInteger counter) {
            if (variable == null) return query;
            String iri = pool.get(Math.floorMod(counter.getAndIncrement(), pool.size()));
            return query.replace("<" + written + ">", "<" + iri + ">");
        }

        String describe() {
            return variable == null ? "" : String.format("  (over %d ?%s IRIs; warm-up over %d others)", iris.size(), variable,
                    warmupIris.equals(iris) ? 0 : warmupIris.size());
        }
    }

    /** Sends the query; returns the answer's size in bytes, or -1 when it failed. */
    private static long sparql(HttpClient http, String endpoint, String query) {
        return send(http, HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json, */*;q=0.1")
                .timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build());
    }

    private static long get(HttpClient http, URI uri) {
        return send(http, HttpRequest.newBuilder(uri).header("Accept", "application/json").timeout(Duration.ofMinutes(3)).GET().build());
    }

    private static long send(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? response.body().length : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
