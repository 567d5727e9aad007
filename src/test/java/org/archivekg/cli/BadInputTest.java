package org.archivekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/**
 * The issue's requirement on bad input: "empty file, binary file, invalid UTF-8, a truncated record, unknown
 * format — each gives a clear message naming the file, the rest of a directory still loads, the exit code is
 * non-zero." Runs {@code extract} and {@code load} in-process through {@link ArchiveKg#commandLine()}.
 */
class BadInputTest {

    private static final String AKG = "https://w3id.org/archive-kg/ns#";
    private static final Node RECORD = NodeFactory.createURI(AKG + "Record");
    private static final Node SOURCE_FILE = NodeFactory.createURI(AKG + "sourceFile");

    private static final Path SEEDS = Path.of("seeds");
    private static final List<String> SEED_NAMES = List.of(
            "000_256815a977ff7b0b.txt",
            "001_d42d411745a7864a.txt",
            "002_fe4253cd466e7b7f.txt",
            "003_8407d3f3e1911c0a.txt",
            "004_fb0b047ba36df19f.txt");

    /** Each kind of bad input: the file it is written to, and the words its message must contain. */
    enum Bad {
        EMPTY("bad-empty.txt", "empty file"),
        WHITESPACE("bad-whitespace.txt", "empty file"),
        BINARY("bad-binary.png", "binary"),
        INVALID_UTF8("bad-invalid-utf8.txt", "invalid UTF-8"),
        TRUNCATED_AFTER_CITATION_LABEL("bad-truncated-label.txt", "truncated"),
        TRUNCATED_AFTER_CITATION("bad-truncated-citation.txt", "truncated"),
        TRUNCATED_COLLECTION_PAGE("bad-truncated-page.txt", "truncated"),
        UNKNOWN_PROSE("bad-unknown-prose.txt", "unknown format"),
        UNKNOWN_CSV("bad-unknown.csv", "unknown format");

        final String fileName;
        final String reason;

        Bad(String fileName, String reason) {
            this.fileName = fileName;
            this.reason = reason;
        }
    }

    @TempDir
    Path tmp;

    /** The 1-based line of the invalid UTF-8 sequence written by {@link #write(Bad, Path)}. */
    private int invalidUtf8Line;

    @BeforeEach
    void checkSeeds() {
        for (String s : SEED_NAMES) assertTrue(Files.isRegularFile(SEEDS.resolve(s)), "seed missing: " + s);
    }

    // ---------------------------------------------------------------- building the inputs

    private static String seed(String name) throws IOException {
        return Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8);
    }

    private Path copySeeds(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String s : SEED_NAMES) Files.copy(SEEDS.resolve(s), dir.resolve(s));
        return dir;
    }

    /** Writes one bad file into {@code dir} and returns its path. */
    private Path write(Bad bad, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(bad.fileName);
        switch (bad) {
            case EMPTY -> Files.write(file, new byte[0]);
            case WHITESPACE -> Files.writeString(file, "  \n\n\t \n");
            case BINARY -> {
                byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
                byte[] random = new byte[2048];
                new Random(42).nextBytes(random);
                random[100] = 0;
                byte[] all = new byte[png.length + random.length];
                System.arraycopy(png, 0, all, 0, png.length);
                System.arraycopy(random, 0, all, png.length, random.length);
                Files.write(file, all);
            }
            case INVALID_UTF8 -> {
                // 0xC3 0x28 in the middle of a Russian line in the middle of seed 000
                String[] lines = seed(SEED_NAMES.get(0)).split("\n", -1);
                int target = -1;
                for (int i = lines.length / 3; i < lines.length; i++) {
                    if (lines[i].chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count() > 20) {
                        target = i;
                        break;
                    }
                }
                assertTrue(target > 0, "no Russian line in seed 000");
                invalidUtf8Line = target + 1;
                String before = String.join("\n", List.of(lines).subList(0, target)) + "\n" + lines[target].substring(0, lines[target].length() / 2);
                String after = lines[target].substring(lines[target].length() / 2) + "\n"
                        + String.join("\n", List.of(lines).subList(target + 1, lines.length));
                byte[] a = before.getBytes(StandardCharsets.UTF_8);
                byte[] b = after.getBytes(StandardCharsets.UTF_8);
                byte[] all = new byte[a.length + 2 + b.length];
                System.arraycopy(a, 0, all, 0, a.length);
                all[a.length] = (byte) 0xC3;
                all[a.length + 1] = 0x28;
                System.arraycopy(b, 0, all, a.length + 2, b.length);
                Files.write(file, all);
            }
            case TRUNCATED_AFTER_CITATION_LABEL -> {
                String t = seed(SEED_NAMES.get(0));
                String label = "#### **Citation:**\n";
                int cut = t.indexOf(label);
                assertTrue(cut > 0);
                Files.writeString(file, t.substring(0, cut + label.length()));
            }
            case TRUNCATED_AFTER_CITATION -> {
                String t = seed(SEED_NAMES.get(0));
                int cut = t.indexOf("#### **Summary:**");
                assertTrue(cut > 0);
                Files.writeString(file, t.substring(0, cut));
            }
            case TRUNCATED_COLLECTION_PAGE -> {
                String t = seed(SEED_NAMES.get(2));
                int cut = t.indexOf("\n---\n");
                assertTrue(cut > 0);
                Files.writeString(file, t.substring(0, cut + 1));
            }
            case UNKNOWN_PROSE -> Files.writeString(file,
                    "The committee met on Tuesday to discuss the budget for the coming year.\n"
                            + "Several members raised concerns about the cost of the new building, and the chair\n"
                            + "promised a written report before the next meeting.\n");
            case UNKNOWN_CSV -> Files.writeString(file,
                    "date,from,to,title\n1950-10-01,Filippov,Mao Zedong,Telegram\n1950-10-08,Feng Xi,Kim Il Sung,Letter\n");
            default -> throw new AssertionError(bad);
        }
        return file;
    }

    // ---------------------------------------------------------------- running the command

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ArchiveKg.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Asserts that some line of {@code err} names {@code file} and gives {@code reason}. */
    private static String assertReported(String err, Path file, String reason) {
        String path = file.toString();
        List<String> naming = err.lines().filter(l -> l.contains(path)).toList();
        assertFalse(naming.isEmpty(), "no message names " + path + " in:\n" + err);
        return naming.stream().filter(l -> l.contains(reason)).findFirst()
                .orElseThrow(() -> new AssertionError("no message names " + path + " with reason '" + reason + "'; lines naming it:\n"
                        + String.join("\n", naming) + "\nall:\n" + err));
    }

    private void assertMessage(String err, Bad bad, Path file) {
        String line = assertReported(err, file, bad.reason);
        assertTrue(line.startsWith("error:") || line.startsWith("fatal:"), "not reported as an error: " + line);
        if (bad == Bad.INVALID_UTF8) {
            assertTrue(line.contains(file + ":" + invalidUtf8Line + ":") || line.contains("line " + invalidUtf8Line),
                    "the invalid UTF-8 message does not name line " + invalidUtf8Line + ": " + line);
        }
    }

    /** No error names a good seed. */
    private static void assertSeedsWithoutErrors(String err, Path dir) {
        for (String s : SEED_NAMES) {
            String path = dir.resolve(s).toString();
            List<String> errors = err.lines()
                    .filter(l -> l.startsWith("error:") || l.startsWith("fatal:") || l.contains("not loaded:") || l.contains("FAILED"))
                    .filter(l -> l.contains(path)).toList();
            assertTrue(errors.isEmpty(), "a good seed failed: " + errors);
        }
    }

    /** The graph of every seed is there, and nothing from the bad files. */
    private static void assertSeedGraphs(DatasetGraph dsg, Set<String> badNames) {
        Set<String> graphs = new TreeSet<>();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) graphs.add(it.next().getURI());
        for (String s : SEED_NAMES) {
            assertTrue(graphs.stream().anyMatch(g -> g.endsWith(s)), "no graph for " + s + " in " + graphs);
        }
        for (String b : badNames) {
            assertFalse(graphs.stream().anyMatch(g -> g.endsWith(b)), "a graph for the bad file " + b + " in " + graphs);
        }

        // Records the seeds publish (documents known only from inside others are Records too, but published by none)
        Set<Node> records = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, NodeFactory.createURI(AKG + "publishes"), Node.ANY).forEachRemaining(q -> records.add(q.getObject()));
        assertEquals(4, records.size(), "001 and 004 are the same record, the other three one each: " + records);
        dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), RECORD).forEachRemaining(q -> assertTrue(q.getGraph().getURI().contains("/graph/"), q::toString));

        Set<String> sourceFiles = new HashSet<>();
        dsg.find(Node.ANY, Node.ANY, SOURCE_FILE, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) sourceFiles.add(q.getObject().getLiteralLexicalForm());
        });
        for (String s : SEED_NAMES) assertTrue(sourceFiles.contains(s), "akg:sourceFile " + s + " missing: " + sourceFiles);
        for (String b : badNames) assertFalse(sourceFiles.contains(b), "akg:sourceFile of a bad file: " + b);
    }

    private Path mixedDirectory() throws IOException {
        Path dir = copySeeds(tmp.resolve("in"));
        for (Bad bad : Bad.values()) write(bad, dir);
        return dir;
    }

    private static Set<String> badNames() {
        return Stream.of(Bad.values()).map(b -> b.fileName).collect(Collectors.toSet());
    }

    // ---------------------------------------------------------------- the tests

    @Test
    void extractReportsEveryBadFileAndKeepsTheSeeds() throws IOException {
        Path dir = mixedDirectory();
        Path out = tmp.resolve("out.nq");

        Run r = run("extract", dir.toString(), "-o", out.toString());

        assertEquals(ArchiveKg.EXIT_INPUT_FAILED, r.exit(), r.err());
        for (Bad bad : Bad.values()) assertMessage(r.err(), bad, dir.resolve(bad.fileName));
        assertSeedsWithoutErrors(r.err(), dir);

        assertTrue(Files.size(out) > 0, "no output written");
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
        assertSeedGraphs(dsg, badNames());
    }

    @Test
    void loadReportsEveryBadFileAndKeepsTheSeeds() throws IOException {
        Path dir = mixedDirectory();
        Path store = tmp.resolve("store");

        Run r = run("load", dir.toString(), "--data", store.toString());

        assertEquals(ArchiveKg.EXIT_INPUT_FAILED, r.exit(), r.err());
        for (Bad bad : Bad.values()) assertMessage(r.err(), bad, dir.resolve(bad.fileName));
        assertSeedsWithoutErrors(r.err(), dir);
        for (Bad bad : Bad.values()) {
            assertReported(r.err(), dir.resolve(bad.fileName), "not loaded");
        }

        // what went into the store: every seed's graph, nothing of the bad files
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        try {
            Txn.executeRead(ds, () -> assertSeedGraphs(ds.asDatasetGraph(), badNames()));
        } finally {
            ds.close();
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @ParameterizedTest
    @EnumSource(Bad.class)
    void eachBadKindAloneFailsWithAClearMessage(Bad bad) throws IOException {
        Path file = write(bad, tmp.resolve("one"));
        Path out = tmp.resolve("out.nq");

        Run r = run("extract", file.toString(), "-o", out.toString());

        assertEquals(ArchiveKg.EXIT_INPUT_FAILED, r.exit(), r.err());
        assertMessage(r.err(), bad, file);
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            String g = it.next().getURI();
            assertFalse(g.endsWith(bad.fileName), "a graph for the bad file: " + g);
        }
    }

    @ParameterizedTest
    @EnumSource(Bad.class)
    void eachBadKindBesideOneSeedStillLoadsTheSeed(Bad bad) throws IOException {
        Path dir = tmp.resolve("pair");
        Files.createDirectories(dir);
        Files.copy(SEEDS.resolve(SEED_NAMES.get(2)), dir.resolve(SEED_NAMES.get(2)));
        Path file = write(bad, dir);
        Path out = tmp.resolve("out.nq");

        Run r = run("extract", dir.toString(), "-o", out.toString());

        assertEquals(ArchiveKg.EXIT_INPUT_FAILED, r.exit(), r.err());
        assertMessage(r.err(), bad, file);
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
        List<String> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertTrue(graphs.stream().anyMatch(g -> g.endsWith(SEED_NAMES.get(2))), "the seed's graph is missing: " + graphs);
        assertFalse(graphs.stream().anyMatch(g -> g.endsWith(bad.fileName)), "a graph for the bad file: " + graphs);
    }

    /** 000 cut right after its "#### **Citation:**" label, without the label's line break. */
    @Test
    void aRecordCutAtItsCitationLabelWithoutNewlineIsReportedAsTruncated() throws IOException {
        Path dir = copySeeds(tmp.resolve("in"));
        String t = seed(SEED_NAMES.get(0));
        String label = "#### **Citation:**";
        Path file = dir.resolve("bad-cut-no-newline.txt");
        Files.writeString(file, t.substring(0, t.indexOf(label) + label.length()));
        Path out = tmp.resolve("out.nq");

        Run r = run("extract", dir.toString(), "-o", out.toString());

        assertEquals(ArchiveKg.EXIT_INPUT_FAILED, r.exit(), r.err());
        assertReported(r.err(), file, "truncated");
        assertSeedGraphs(RDFDataMgr.loadDatasetGraph(out.toString()), Set.of(file.getFileName().toString()));
    }

    @Test
    void aMissingInputIsReportedByName() throws IOException {
        Path dir = copySeeds(tmp.resolve("in"));
        Path missing = tmp.resolve("no-such-file.txt");
        Path out = tmp.resolve("out.nq");

        Run r = run("extract", dir.toString(), missing.toString(), "-o", out.toString());

        assertEquals(ArchiveKg.EXIT_INPUT_FAILED, r.exit(), r.err());
        assertReported(r.err(), missing, "no such file");
        assertSeedGraphs(RDFDataMgr.loadDatasetGraph(out.toString()), Set.of());
    }

    @Test
    void onlyGoodSeedsExitZero() throws IOException {
        Path dir = copySeeds(tmp.resolve("in"));
        Path out = tmp.resolve("out.nq");

        Run r = run("extract", dir.toString(), "-o", out.toString());

        assertEquals(0, r.exit(), r.err());
        assertFalse(r.err().lines().anyMatch(l -> l.startsWith("error:") || l.startsWith("fatal:")), r.err());
        assertSeedGraphs(RDFDataMgr.loadDatasetGraph(out.toString()), Set.of());
    }

    @Test
    void onlyGoodSeedsLoadExitsZero() throws IOException {
        Path dir = copySeeds(tmp.resolve("in"));
        Path store = tmp.resolve("store");

        Run r = run("load", dir.toString(), "--data", store.toString());

        assertEquals(0, r.exit(), r.err());
        assertFalse(r.err().lines().anyMatch(l -> l.startsWith("error:") || l.startsWith("fatal:")), r.err());
        Dataset ds = TDB2Factory.connectDataset(store.toString());
        try {
            Txn.executeRead(ds, () -> assertSeedGraphs(ds.asDatasetGraph(), Set.of()));
        } finally {
            ds.close();
            TDBInternal.expel(ds.asDatasetGraph());
        }
    }

    @Test
    void topLevelHelpExitsZeroAndListsTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.exit(), r.err());
        for (String s : List.of("Usage:", "extract", "load", "serve", "--help", "--version")) {
            assertTrue(r.out().contains(s), "'" + s + "' missing from:\n" + r.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "load", "serve"})
    void subcommandHelpExitsZeroAndListsTheOptions(String command) {
        Run r = run(command, "--help");
        assertEquals(0, r.exit(), r.err());
        List<String> expected = switch (command) {
            case "extract" -> List.of("--base", "--output", "--format", "--quiet", "FILE-OR-DIR");
            case "load" -> List.of("--base", "--data", "--quiet", "FILE-OR-DIR");
            case "serve" -> List.of("--base", "--data", "--port", "--localhost", "FILE-OR-DIR");
            default -> throw new AssertionError(command);
        };
        assertTrue(r.out().contains("Usage:") && r.out().contains(command), r.out());
        for (String s : expected) assertTrue(r.out().contains(s), "'" + s + "' missing from " + command + " --help:\n" + r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "load", "serve"})
    void helpSubcommandPrintsTheSameUsage(String command) {
        Run viaHelp = run("help", command);
        Run viaOption = run(command, "--help");
        assertEquals(0, viaHelp.exit(), viaHelp.err());
        assertEquals(viaOption.out(), viaHelp.out());
    }

    @Test
    void noArgumentsToExtractIsAUsageError() {
        Run r = run("extract");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("FILE-OR-DIR"), r.err());
    }
}
