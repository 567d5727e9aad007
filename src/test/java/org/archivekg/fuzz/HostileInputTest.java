package org.archivekg.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.Problem;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.problem.ProblemHandler;
import org.archivekg.problem.Severity;
import org.archivekg.rdf.Iris;
import org.archivekg.rdf.Vocab;
import org.archivekg.source.SourceLoader;
import org.archivekg.validate.Validator;
import org.archivekg.validate.Violation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input, as a property test over the seeds with a seeded {@link Random}: thousands of mutated seed files
 * (truncated, lines deleted or repeated, sections and paragraphs swapped, random bytes and characters inserted, digits
 * changed, re-encoded as windows-1251, KOI8-R, UTF-16 with BOM, UTF-8 with BOM, CRLF or CR, encodings mixed within
 * a file, and combinations) each go through {@link Pipeline#run} alone. For every one: nothing escapes the pipeline,
 * it ends within {@value #TIMEOUT_SECONDS} s, and either the file's graph is written or an error names the file. The
 * random cases run until {@code fuzz.cases} (2000) are done or {@code fuzz.budget.seconds} (40) have passed.
 * Then: the real-world encodings of each seed give the same catalogue facts as its UTF-8 original.
 * <p>
 * Reproduce with {@code -Dfuzz.seed=N -Dfuzz.cases=N}; failing inputs are written to {@code target/fuzz-failures/}.
 */
class HostileInputTest {

    private static final long SEED = Long.getLong("fuzz.seed", 0x5EED_2024L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 2000);
    private static final int TIMEOUT_SECONDS = 5;
    /** The random cases stop after this long (the rest of the class takes ~10 s), however many have run. */
    private static final int BUDGET_SECONDS = Integer.getInteger("fuzz.budget.seconds", 40);
    /** Fewer cases than this within the budget fail the test: the machine is too slow for it to mean much. */
    private static final int MIN_CASES = Math.min(CASES, 300);

    private static final Path SEEDS = Path.of("seeds");
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset KOI8R = Charset.forName("KOI8-R");

    private static List<Path> seedFiles;
    private static Pipeline pipeline;
    /** Each run's problems go to the collector of the thread running it (a hung run keeps its own). */
    private static final ThreadLocal<ProblemCollector> PROBLEMS = ThreadLocal.withInitial(ProblemCollector::new);
    private static ExecutorService worker;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void setUp() throws IOException {
        try (Stream<Path> s = Files.list(SEEDS)) {
            seedFiles = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertEquals(5, seedFiles.size(), "seed files in " + SEEDS.toAbsolutePath());
        ProblemHandler handler = p -> PROBLEMS.get().report(p);
        pipeline = Pipeline.builder().problems(handler).build();
        worker = newWorker();
    }

    @AfterAll
    static void tearDown() {
        worker.shutdownNow();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hostile-input");
            t.setDaemon(true);
            return t;
        });
    }

    // ------------------------------------------------------------------------------------------------ one run

    /** What one file did: its quads (any graph), the problems, the report; or what went wrong. */
    private record Outcome(List<Quad> quads, List<Problem> problems, RunReport report, Throwable thrown, boolean timedOut) {
    }

    /** Runs one file through the pipeline, on the worker thread, with a time limit. */
    private static Outcome run(Path file) {
        Future<Outcome> f = worker.submit(() -> {
            ProblemCollector problems = new ProblemCollector();
            PROBLEMS.set(problems);
            List<Quad> quads = new ArrayList<>();
            try {
                RunReport report = pipeline.run(List.of(file), new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        quads.add(quad);
                    }
                });
                return new Outcome(quads, problems.problems(), report, null, false);
            } catch (Throwable t) {
                return new Outcome(quads, problems.problems(), null, t, false);
            } finally {
                PROBLEMS.remove();
            }
        });
        try {
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the hung thread is left behind (daemon); the next case gets a fresh one
            return new Outcome(List.of(), List.of(), null, null, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            return new Outcome(List.of(), List.of(), null, e.getCause(), false);
        }
    }

    /** Null when the outcome has the property; else what is wrong. */
    private static String check(Path file, Outcome o) {
        String path = file.toString();
        if (o.timedOut()) return "no result within " + TIMEOUT_SECONDS + " s (hang?)";
        if (o.thrown() != null) return "threw " + stackTrace(o.thrown());
        Node g = IRIS.graph(file.getFileName().toString());
        boolean graph = o.quads().stream().anyMatch(q -> q.getGraph().equals(g));
        boolean error = o.problems().stream().anyMatch(p -> p.severity() != Severity.WARNING && p.pos() != null && path.equals(p.pos().file()));
        for (Problem p : o.problems()) {
            if (p.pos() == null || !path.equals(p.pos().file())) return "a problem does not name the file: " + p;
            if (p.message() == null || p.message().isBlank()) return "a problem without a message: " + p;
        }
        if (!graph && !error) return "neither the file's graph nor an error naming it; problems: " + o.problems();
        if (graph && !o.report().filesRead().contains(path)) return "graph written but the file is not in filesRead: " + o.report();
        if (!graph && !o.report().filesFailed().contains(path)) return "no graph but the file is not in filesFailed: " + o.report();
        return null;
    }

    private static String stackTrace(Throwable t) {
        StringBuilder sb = new StringBuilder(t.toString());
        StackTraceElement[] st = t.getStackTrace();
        for (int i = 0; i < Math.min(8, st.length); i++) sb.append("\n      at ").append(st[i]);
        return sb.toString();
    }

    // ------------------------------------------------------------------------------------------------ the property

    @Test
    void mutatedSeedsNeverThrowNeverHangAndAreExtractedOrReported() throws IOException {
        Random random = new Random(SEED);
        List<String> seedTexts = new ArrayList<>();
        for (Path p : seedFiles) seedTexts.add(Files.readString(p, StandardCharsets.UTF_8));
        Path dir = Files.createDirectories(tmp.resolve("mutants"));
        List<String> failures = new ArrayList<>();
        Map<String, Integer> messages = new TreeMap<>();
        Map<String, String> internal = new TreeMap<>();
        int extracted = 0;
        int reported = 0;
        long slowest = 0;
        String slowestCase = "";
        long start = System.nanoTime();
        long deadline = start + BUDGET_SECONDS * 1_000_000_000L;
        int n = 0;
        for (; n < CASES && System.nanoTime() < deadline; n++) {
            int seedIndex = random.nextInt(seedTexts.size());
            Mutant m = Mutator.mutate(seedTexts.get(seedIndex), new Random(random.nextLong()));
            String description = "case " + n + " (seed " + seedFiles.get(seedIndex).getFileName() + "): " + m.description();
            Path file = dir.resolve(String.format("case-%04d.txt", n));
            Files.write(file, m.bytes());
            long t0 = System.nanoTime();
            Outcome o = run(file);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (ms > slowest) {
                slowest = ms;
                slowestCase = description;
            }
            String wrong = check(file, o);
            if (!o.timedOut() && o.thrown() == null) {
                for (Problem p : o.problems()) {
                    String kind = p.severity() + " " + p.message().replaceAll("\\d+", "N").replaceAll("'[^']*'|\"[^\"]*\"", "…");
                    if (kind.length() > 110) kind = kind.substring(0, 110) + "…";
                    messages.merge(kind, 1, Integer::sum);
                    if (p.message().contains("internal error")) internal.putIfAbsent(p.message(), description);
                }
            }
            if (wrong != null) {
                failures.add(description + "\n    " + wrong);
                keep(file, n);
            } else if (o.report().filesRead().contains(file.toString())) {
                extracted++;
            } else {
                reported++;
            }
            Files.delete(file);
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        int cases = n;
        System.out.printf("HostileInputTest: %d of %d cases in %d ms (seed %d): %d extracted, %d reported as errors, %d failed; slowest %d ms: %s%n",
                cases, CASES, total, SEED, extracted, reported, failures.size(), slowest, slowestCase);
        if (Boolean.getBoolean("fuzz.verbose")) messages.forEach((m, c) -> System.out.printf("%6d  %s%n", c, m));
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + cases + " mutated files broke the property (seed " + SEED + "; inputs kept in target/fuzz-failures/):\n"
                    + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
        }
        // a reader or rule that throws is caught and reported ("internal error …"), so the property holds; still a bug
        assertTrue(internal.isEmpty(), () -> internal.size() + " internal errors (bugs caught by the pipeline):\n"
                + internal.entrySet().stream().map(e -> e.getKey() + "\n    in " + e.getValue()).collect(java.util.stream.Collectors.joining("\n")));
        assertTrue(cases >= MIN_CASES, () -> "only " + cases + " cases ran within " + BUDGET_SECONDS + " s (-Dfuzz.budget.seconds)");
        // the mutations are not all fatal, nor all harmless: both outcomes must be exercised
        assertTrue(extracted > cases / 10, "only " + extracted + " of " + cases + " mutants were extracted");
        assertTrue(reported > cases / 20, "only " + reported + " of " + cases + " mutants were reported as errors");
    }

    /**
     * What the extractor writes for a mutated file conforms to the SHACL shapes (ontology/shapes.ttl).
     */
    @Test
    void extractedMutantsConformToTheShapes() throws IOException {
        Random random = new Random(SEED + 1);
        List<String> seedTexts = new ArrayList<>();
        for (Path p : seedFiles) seedTexts.add(Files.readString(p, StandardCharsets.UTF_8));
        Path dir = Files.createDirectories(tmp.resolve("shacl"));
        Map<String, String> kinds = new TreeMap<>();
        long deadline = System.nanoTime() + BUDGET_SECONDS * 1_000_000_000L;
        int validated = 0;
        for (int n = 0; n < CASES && System.nanoTime() < deadline; n++) {
            int seedIndex = random.nextInt(seedTexts.size());
            Mutant m = Mutator.mutate(seedTexts.get(seedIndex), new Random(random.nextLong()));
            Path file = dir.resolve(String.format("shacl-%04d.txt", n));
            Files.write(file, m.bytes());
            Outcome o = run(file);
            if (o.report() == null || !o.report().filesRead().contains(file.toString())) continue;
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            o.quads().forEach(dsg::add);
            validated++;
            for (Violation v : Validator.standard().validate(dsg).violations()) {
                String kind = v.path() + ": " + v.message().replaceAll("\"[^\"]*\"|<[^>]*>|\\d+", "…");
                if (kinds.putIfAbsent(kind, seedFiles.get(seedIndex).getFileName() + " " + m.description() + "\n      " + v) == null) keep(file, 20_000 + n);
            }
        }
        StringBuilder sb = new StringBuilder();
        kinds.forEach((k, e) -> sb.append(k).append("\n    e.g. ").append(e).append('\n'));
        assertTrue(kinds.isEmpty(), kinds.size() + " kinds of violation in " + validated + " extracted mutants:\n" + sb);
    }

    /** Hand-picked hostile files beside the random ones: every one is extracted or reported, within the limit. */
    @Test
    void handPickedHostileFiles() throws IOException {
        String s0 = Files.readString(seedFiles.get(0), StandardCharsets.UTF_8);
        String s2 = Files.readString(seedFiles.get(2), StandardCharsets.UTF_8);
        List<byte[]> inputs = List.of(
                new byte[0],
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'a'},
                new byte[] {(byte) 0xFF, (byte) 0xFE, 'a'},               // UTF-16 with an odd number of bytes
                "\n\n\n   \t\n".getBytes(StandardCharsets.UTF_8),
                "#### **Citation:**\n".getBytes(StandardCharsets.UTF_8),
                "---\n---\n---\n".getBytes(StandardCharsets.UTF_8),
                "← Back to index\n".getBytes(StandardCharsets.UTF_8),
                s0.replace("\n", "").getBytes(StandardCharsets.UTF_8),    // one long line
                s0.replace('\n', '\r').getBytes(StandardCharsets.UTF_8),  // old Mac line ends
                (s0 + s2).getBytes(StandardCharsets.UTF_8),                // two documents in one file
                (s2 + s2 + s2).getBytes(StandardCharsets.UTF_8),
                "x".repeat(200_000).getBytes(StandardCharsets.UTF_8),      // one huge word
                ("(".repeat(5_000) + "1950" + ")".repeat(5_000)).getBytes(StandardCharsets.UTF_8),
                (s0.substring(0, s0.length() / 2) + "\u0000" + s0.substring(s0.length() / 2)).getBytes(StandardCharsets.UTF_8),
                s0.replaceAll("[0-9]", "9").getBytes(StandardCharsets.UTF_8),
                s0.replaceAll("[0-9]", "").getBytes(StandardCharsets.UTF_8),
                s2.replace("October", "Octember").replace("1950", "0000").getBytes(StandardCharsets.UTF_8),
                s2.replace("1950", "99999999999999999999").getBytes(StandardCharsets.UTF_8),
                s0.replace("f. ", "f. " + "1".repeat(40) + " ").getBytes(StandardCharsets.UTF_8));
        List<String> failures = new ArrayList<>();
        Path dir = Files.createDirectories(tmp.resolve("hand-picked"));
        for (int i = 0; i < inputs.size(); i++) {
            Path file = dir.resolve(String.format("hostile-%02d.txt", i));
            Files.write(file, inputs.get(i));
            String wrong = check(file, run(file));
            if (wrong != null) {
                failures.add("input " + i + ": " + wrong);
                keep(file, 10_000 + i);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    /** A file that cannot be read at all (a directory named like a document, an unreadable file) is reported by name. */
    @Test
    void filesThatCannotBeReadAreReportedByName() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("unreadable"));
        Path file = dir.resolve("locked.txt");
        Files.write(file, Files.readAllBytes(seedFiles.get(0)));
        boolean locked = file.toFile().setReadable(false) && !Files.isReadable(file);
        try {
            if (locked) {
                String wrong = check(file, run(file));
                assertEquals(null, wrong);
            }
        } finally {
            file.toFile().setReadable(true);
        }
        // and through SourceLoader directly: the path in every problem
        ProblemCollector problems = new ProblemCollector();
        Path missing = dir.resolve("gone.txt");
        assertTrue(new SourceLoader().load(missing, problems).isEmpty());
        assertTrue(problems.problems().stream().anyMatch(p -> p.severity() != Severity.WARNING && missing.toString().equals(p.pos().file())),
                problems.problems()::toString);
    }

    // ------------------------------------------------------------------------------------------------ encodings

    static Stream<Arguments> seedsAndEncodings() throws IOException {
        List<Arguments> args = new ArrayList<>();
        try (Stream<Path> s = Files.list(SEEDS)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                for (String enc : List.of("windows-1251", "KOI8-R", "UTF-8 BOM", "CRLF", "UTF-16LE BOM", "windows-1251 CRLF")) {
                    args.add(Arguments.of(p.getFileName().toString(), enc));
                }
            }
        }
        return args.stream();
    }

    /**
     * A seed re-encoded as archives publish it gives the same catalogue facts as the UTF-8 original. Characters the
     * target charset cannot represent (KOI8-R has no «», —, №; windows-1251 no ←) are replaced by ASCII look-alikes
     * in both versions first, and that replacement alone must not change the facts either.
     */
    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("seedsAndEncodings")
    void realWorldEncodingsGiveTheSameCatalogueFacts(String seed, String encoding) throws IOException {
        String original = Files.readString(SEEDS.resolve(seed), StandardCharsets.UTF_8);
        Charset cs = encoding.startsWith("windows-1251") ? CP1251 : encoding.equals("KOI8-R") ? KOI8R : StandardCharsets.UTF_8;
        String text = representable(original, cs);
        Set<String> expected = catalogueFacts(seed, "utf-8", original.getBytes(StandardCharsets.UTF_8));
        assertTrue(expected.stream().anyMatch(f -> f.contains(Vocab.date.getURI())) && expected.stream().anyMatch(f -> f.contains(Vocab.hasSender.getURI())),
                "the UTF-8 seed has no date or sender: " + expected);
        if (!text.equals(original)) {
            assertEquals(expected, catalogueFacts(seed, "look-alikes", text.getBytes(StandardCharsets.UTF_8)),
                    "replacing characters " + cs.name() + " lacks by look-alikes changed the facts");
        }
        if (encoding.endsWith("CRLF")) text = text.replace("\n", "\r\n");
        byte[] bytes = switch (encoding) {
            case "UTF-8 BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE BOM" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
            default -> strictlyEncode(text, cs);
        };
        assertEquals(expected, catalogueFacts(seed, encoding.replace(' ', '-'), bytes), seed + " as " + encoding);
    }

    private static final List<Node> CATALOGUE = List.of(Vocab.hasSender.asNode(), Vocab.hasRecipient.asNode(), Vocab.date.asNode(),
            Vocab.datePrecision.asNode(), Vocab.signedAs.asNode(), Vocab.locatedAt.asNode(), Vocab.kind.asNode(),
            Vocab.transmittedVia.asNode(), Vocab.documentNumber.asNode(), DCTerms.title.asNode());

    /** The catalogue triples of the file's own graph, as N-Triples-ish strings (sorted, for readable diffs). */
    private static Set<String> catalogueFacts(String name, String variant, byte[] bytes) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("encodings").resolve(variant + "-" + name));
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        Outcome o = run(file);
        assertEquals(null, check(file, o), variant + " " + name);
        assertTrue(o.report().filesRead().contains(file.toString()), () -> variant + " " + name + " was not extracted: " + o.problems());
        List<Problem> errors = o.problems().stream().filter(p -> p.severity() != Severity.WARNING).toList();
        assertTrue(errors.isEmpty(), () -> variant + " " + name + ": " + errors);
        Node g = IRIS.graph(name);
        Set<String> facts = new TreeSet<>();
        for (Quad q : o.quads()) {
            if (q.getGraph().equals(g) && CATALOGUE.contains(q.getPredicate())) {
                Triple t = q.asTriple();
                facts.add(t.getSubject() + " " + t.getPredicate() + " " + t.getObject());
            }
        }
        return facts;
    }

    /** The text with every character the charset cannot encode replaced by an ASCII look-alike (or '?'). */
    private static String representable(String text, Charset cs) {
        CharsetEncoder enc = cs.newEncoder();
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String s = new String(Character.toChars(c));
            if (enc.canEncode(s)) {
                sb.append(s);
                return;
            }
            sb.append(switch (c) {
                case '«', '»', '“', '”', '„' -> "\"";
                case '‘', '’' -> "'";
                case '–', '—' -> "-";
                case '№' -> "No.";
                case '←' -> ""; // "← Back to index" → " Back to index" (FormatDetector.BACK_LINK takes "<- Back…" for a title)
                case '…' -> "...";
                case '\u00A0' -> " ";
                default -> "?";
            });
        });
        return sb.toString();
    }

    private static byte[] strictlyEncode(String text, Charset cs) {
        try {
            ByteBuffer b = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new AssertionError("cannot encode in " + cs + ": " + e);
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static void keep(Path file, int n) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
            Files.copy(file, dir.resolve(String.format("seed-%d-case-%04d.txt", SEED, n)), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    // ------------------------------------------------------------------------------------------------ mutations

    /** A mutated file: its bytes and how they were made. */
    record Mutant(byte[] bytes, String description) {
    }

    /** Random mutations of a seed's text, then of its bytes (encoding, inserted bytes). */
    static final class Mutator {

        private static final String[] INSERTS = {
                "\u0000", "\u0007", "\u001B[31m", "\uFEFF", "\u200B", "\u200E", "\u202E", "\u2028", "\u2029", "\u00AD", "\u0301\u0301\u0301",
                "\uD835\uDD38", "\uD83D\uDE00", "\t", "\f", "\r", "\\", "\"", "<", ">", "&amp;", "]]>", "{{", "%s", "#", "####", "**", "---",
                "[", "]", "(", ")", "ф.", "оп.", "д.", "л.", "ll.", "f.", " or ", " и ", "1950", "31.12.1950", "32.13.1950", "October 0, 1950",
                "Filippov", "Фын Си", "Citation:", "#### **Citation:**", "Original Language:", "Source:", "Translated by", "Дорогой товарищ",
                "← Back to index", "\n\n\n", "�", "Ω", "ß", "ﬁ", "Ⅻ", "٣", "𝟙𝟡𝟝𝟘"};

        static Mutant mutate(String seed, Random r) {
            String text = seed;
            List<String> steps = new ArrayList<>();
            int textSteps = 1 + r.nextInt(3);
            for (int i = 0; i < textSteps; i++) {
                int kind = r.nextInt(14);
                text = switch (kind) {
                    case 0 -> {
                        int cut = r.nextInt(text.length() + 1);
                        steps.add("truncated at char " + cut);
                        yield text.substring(0, cut);
                    }
                    case 1 -> deleteLines(text, r, steps);
                    case 2 -> duplicateLines(text, r, steps);
                    case 3 -> swapChunks(text, r, steps, "\n\n", "paragraphs");
                    case 4 -> swapChunks(text, r, steps, "(?m)(?=^#)|(?=^---)", "sections");
                    case 5 -> shuffleLines(text, r, steps);
                    case 6 -> insertStrings(text, r, steps);
                    case 7 -> replaceChars(text, r, steps);
                    case 8 -> changeDigits(text, r, steps);
                    case 9 -> {
                        steps.add("line ends removed");
                        yield text.replace("\n", r.nextBoolean() ? " " : "");
                    }
                    case 10 -> {
                        int lines = 1 + r.nextInt(12);
                        steps.add("first " + lines + " lines only");
                        yield String.join("\n", text.lines().limit(lines).toList());
                    }
                    case 11 -> repeatALine(text, r, steps);
                    case 12 -> {
                        steps.add("Cyrillic/Latin look-alikes swapped");
                        yield swapLookAlikes(text, r);
                    }
                    default -> {
                        steps.add("whitespace mangled");
                        yield text.replace(" ", r.nextBoolean() ? "\t" : "  ").replace("\n", r.nextBoolean() ? "\n \n" : "\n\t");
                    }
                };
            }
            byte[] bytes = encode(text, r, steps);
            if (r.nextInt(4) == 0) bytes = insertBytes(bytes, r, steps);
            if (r.nextInt(8) == 0) {
                int cut = r.nextInt(bytes.length + 1);
                steps.add("truncated at byte " + cut);
                bytes = java.util.Arrays.copyOf(bytes, cut);
            }
            return new Mutant(bytes, String.join(", ", steps));
        }

        private static String deleteLines(String text, Random r, List<String> steps) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int n = 1 + r.nextInt(Math.max(1, Math.min(8, lines.size())));
            for (int i = 0; i < n && lines.size() > 1; i++) lines.remove(r.nextInt(lines.size()));
            steps.add(n + " lines deleted");
            return String.join("\n", lines);
        }

        private static String duplicateLines(String text, Random r, List<String> steps) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int n = 1 + r.nextInt(5);
            for (int i = 0; i < n; i++) {
                int at = r.nextInt(lines.size());
                lines.add(r.nextInt(lines.size() + 1), lines.get(at));
            }
            steps.add(n + " lines duplicated elsewhere");
            return String.join("\n", lines);
        }

        private static String swapChunks(String text, Random r, List<String> steps, String separator, String what) {
            boolean split = separator.startsWith("(?");
            List<String> chunks = new ArrayList<>(List.of(text.split(separator, -1)));
            if (chunks.size() < 2) {
                steps.add("no " + what + " to swap");
                return text;
            }
            int a = r.nextInt(chunks.size());
            int b = r.nextInt(chunks.size());
            Collections.swap(chunks, a, b);
            steps.add(what + " " + a + " and " + b + " swapped");
            return String.join(split ? "" : separator, chunks);
        }

        private static String shuffleLines(String text, Random r, List<String> steps) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int from = r.nextInt(lines.size());
            int to = Math.min(lines.size(), from + 2 + r.nextInt(20));
            Collections.shuffle(lines.subList(from, to), r);
            steps.add("lines " + (from + 1) + "-" + to + " shuffled");
            return String.join("\n", lines);
        }

        private static String insertStrings(String text, Random r, List<String> steps) {
            StringBuilder sb = new StringBuilder(text);
            int n = 1 + r.nextInt(10);
            for (int i = 0; i < n; i++) {
                int at = r.nextInt(sb.length() + 1);
                // never between the two halves of a surrogate pair
                if (at > 0 && at < sb.length() && Character.isLowSurrogate(sb.charAt(at))) at--;
                sb.insert(at, INSERTS[r.nextInt(INSERTS.length)]);
            }
            steps.add(n + " strange strings inserted");
            return sb.toString();
        }

        private static String replaceChars(String text, Random r, List<String> steps) {
            if (text.isEmpty()) return text;
            StringBuilder sb = new StringBuilder(text);
            int n = 1 + r.nextInt(30);
            for (int i = 0; i < n; i++) {
                int at = r.nextInt(sb.length());
                if (Character.isSurrogate(sb.charAt(at))) continue;
                char c = switch (r.nextInt(4)) {
                    case 0 -> (char) (0x20 + r.nextInt(0x5F));          // printable ASCII
                    case 1 -> (char) (0x0400 + r.nextInt(0x60));        // Cyrillic
                    case 2 -> (char) (0x2000 + r.nextInt(0x70));        // punctuation, spaces
                    default -> (char) (0x4E00 + r.nextInt(0x5000));     // CJK
                };
                sb.setCharAt(at, c);
            }
            steps.add(n + " characters replaced");
            return sb.toString();
        }

        private static String changeDigits(String text, Random r, List<String> steps) {
            StringBuilder sb = new StringBuilder(text);
            int changed = 0;
            for (int i = 0; i < sb.length(); i++) {
                if (Character.isDigit(sb.charAt(i)) && r.nextInt(4) == 0) {
                    sb.setCharAt(i, (char) ('0' + r.nextInt(10)));
                    changed++;
                }
            }
            steps.add(changed + " digits changed");
            return sb.toString();
        }

        private static String repeatALine(String text, Random r, List<String> steps) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int at = r.nextInt(lines.size());
            int times = 10 + r.nextInt(300);
            String line = lines.get(at);
            if ((long) line.length() * times > 60_000) times = Math.max(1, 60_000 / Math.max(1, line.length()));
            lines.set(at, (line + (r.nextBoolean() ? "\n" : " ")).repeat(times));
            steps.add("line " + (at + 1) + " repeated " + times + " times");
            return String.join("\n", lines);
        }

        private static String swapLookAlikes(String text, Random r) {
            String latin = "aceopxyABCEHKMOPTX";
            String cyrillic = "асеорхуАВСЕНКМОРТХ";
            StringBuilder sb = new StringBuilder(text);
            for (int i = 0; i < sb.length(); i++) {
                if (r.nextInt(3) != 0) continue;
                int l = latin.indexOf(sb.charAt(i));
                int c = cyrillic.indexOf(sb.charAt(i));
                if (l >= 0) sb.setCharAt(i, cyrillic.charAt(l));
                else if (c >= 0) sb.setCharAt(i, latin.charAt(c));
            }
            return sb.toString();
        }

        /** The text's bytes: UTF-8 mostly, else a real-world or a mixed encoding. */
        private static byte[] encode(String text, Random r, List<String> steps) {
            int kind = r.nextInt(12);
            String crlf = text.replace("\n", "\r\n");
            switch (kind) {
                case 0:
                    steps.add("windows-1251");
                    return text.getBytes(CP1251);
                case 1:
                    steps.add("KOI8-R");
                    return text.getBytes(KOI8R);
                case 2:
                    steps.add("UTF-16LE with BOM");
                    return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
                case 3:
                    steps.add("UTF-16BE with BOM");
                    return concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
                case 4:
                    steps.add("UTF-16LE without BOM");
                    return text.getBytes(StandardCharsets.UTF_16LE);
                case 5:
                    steps.add("UTF-8 with BOM");
                    return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
                case 6:
                    steps.add("CRLF");
                    return crlf.getBytes(StandardCharsets.UTF_8);
                case 7:
                    steps.add("windows-1251 with CRLF");
                    return crlf.getBytes(CP1251);
                case 8: {
                    int cut = text.isEmpty() ? 0 : r.nextInt(text.length());
                    if (cut > 0 && Character.isLowSurrogate(text.charAt(cut))) cut--;
                    Charset[] pair = r.nextBoolean() ? new Charset[] {StandardCharsets.UTF_8, CP1251} : new Charset[] {CP1251, KOI8R};
                    steps.add("mixed encodings: " + pair[0] + " up to char " + cut + ", then " + pair[1]);
                    return concat(text.substring(0, cut).getBytes(pair[0]), text.substring(cut).getBytes(pair[1]));
                }
                case 9:
                    steps.add("UTF-8 BOM + windows-1251 body");
                    return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(CP1251));
                default:
                    return text.getBytes(StandardCharsets.UTF_8);
            }
        }

        private static byte[] insertBytes(byte[] bytes, Random r, List<String> steps) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
            int n = 1 + r.nextInt(16);
            int[] at = new int[n];
            for (int i = 0; i < n; i++) at[i] = r.nextInt(bytes.length + 1);
            java.util.Arrays.sort(at);
            int k = 0;
            for (int i = 0; i <= bytes.length; i++) {
                while (k < n && at[k] == i) {
                    out.write(r.nextInt(256));
                    k++;
                }
                if (i < bytes.length) out.write(bytes[i]);
            }
            steps.add(n + " random bytes inserted");
            return out.toByteArray();
        }
    }
}
