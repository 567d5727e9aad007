package org.archivekg.export;

import static org.archivekg.export.GraphExportFixtures.GEXF_RNG;
import static org.archivekg.export.GraphExportFixtures.GEXF_XSD;
import static org.archivekg.export.GraphExportFixtures.GRAPHML_XSD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.archivekg.cli.ArchiveKg;
import org.archivekg.cli.ExportCommand;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code export} on the command line: every source (documents, N-Quads, a TDB2 store), every format, exit codes. */
class ExportCommandTest {

    @TempDir
    static Path tmp;

    private static Path nq;

    record Run(int exit, String err) {
    }

    /** The command on its own, as ArchiveKg runs it (setCaseInsensitiveEnumValuesAllowed), so this test needs no wiring. */
    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new ExportCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setErr(new PrintWriter(err, true)).execute(args);
        return new Run(exit, err.toString());
    }

    @BeforeAll
    static void extract() {
        nq = tmp.resolve("seeds.nq");
        StringWriter err = new StringWriter();
        int exit = ArchiveKg.commandLine().setErr(new PrintWriter(err, true))
                .execute("extract", GraphExportFixtures.SEEDS.toString(), "-q", "-o", nq.toString());
        assertEquals(0, exit, () -> "extract failed: " + err);
    }

    @Test
    void registeredAsASubcommandOfArchiveKg() {
        assertTrue(ArchiveKg.commandLine().getSubcommands().containsKey("export"),
                "add ExportCommand.class to the subcommands of @Command in org.archivekg.cli.ArchiveKg");
    }

    @Test
    void help() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new ExportCommand()).setOut(new PrintWriter(out, true)).execute("--help");
        assertEquals(0, exit);
        for (String word : List.of("--data", "--rdf", "--format", "gexf", "graphml", "cyjs", "csv", "FILE-OR-DIR", "Exit codes")) {
            assertTrue(out.toString().contains(word), () -> "--help does not mention " + word + ":\n" + out);
        }
    }

    @Test
    void documentsToGexf() {
        Path out = tmp.resolve("docs.gexf");
        Run r = run(GraphExportFixtures.SEEDS.toString(), "-q", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        byte[] gexf = read(out);
        assertEquals(List.of(), GraphExportFixtures.validateXsd(GEXF_XSD, gexf));
        assertEquals(List.of(), GraphExportFixtures.validateRng(GEXF_RNG, gexf));
    }

    @Test
    void nquadsToEveryFormatGiveTheSameAsDocuments() {
        Path fromDocs = tmp.resolve("a.graphml");
        Path fromRdf = tmp.resolve("b.graphml");
        assertEquals(0, run(GraphExportFixtures.SEEDS.toString(), "-q", "--format", "graphml", "-o", fromDocs.toString()).exit());
        Run r = run("--rdf", nq.toString(), "-o", fromRdf.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("exported"), r.err());
        assertArrayEquals(read(fromDocs), read(fromRdf));
        assertEquals(List.of(), GraphExportFixtures.validateXsd(GRAPHML_XSD, read(fromRdf)));

        Path cyjs = tmp.resolve("net.cyjs");
        assertEquals(0, run("--rdf", nq.toString(), "-q", "-o", cyjs.toString()).exit());
        JsonObject json = JSON.parse(new String(read(cyjs), StandardCharsets.UTF_8));
        assertTrue(json.get("elements").getAsObject().get("nodes").getAsArray().size() > 10);
    }

    @Test
    void csvWritesNodesAndEdgesIntoADirectory() throws IOException {
        Path dir = tmp.resolve("csv-out");
        Run r = run("--rdf", nq.toString(), "-q", "--format", "CSV", "-o", dir.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> nodes = Files.readAllLines(dir.resolve("nodes.csv"));
        List<String> edges = Files.readAllLines(dir.resolve("edges.csv"));
        assertEquals(String.join(",", CsvWriter.NODE_COLUMNS), nodes.get(0));
        assertEquals(String.join(",", CsvWriter.EDGE_COLUMNS), edges.get(0));
        assertTrue(nodes.stream().anyMatch(l -> l.contains("Filippov; Feng Xi; Fyn Si")), nodes::toString);
    }

    @Test
    void fromATdb2Store() {
        Path store = tmp.resolve("store");
        try (Store s = Store.open(store)) {
            s.load(Pipeline.builder().build(), List.of(GraphExportFixtures.SEEDS));
        }
        Path out = tmp.resolve("store.gexf");
        Run r = run("--data", store.toString(), "-q", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        Path fromRdf = tmp.resolve("rdf.gexf");
        assertEquals(0, run("--rdf", nq.toString(), "-q", "-o", fromRdf.toString()).exit());
        assertArrayEquals(read(fromRdf), read(out), "the store and the N-Quads give the same network");
    }

    @Test
    void usageErrorsExitWith2() {
        Path out = tmp.resolve("x.gexf");
        assertEquals(2, run("-o", out.toString()).exit(), "no source");
        assertEquals(2, run("--rdf", nq.toString(), GraphExportFixtures.SEEDS.toString(), "-o", out.toString()).exit(), "two sources");
        assertEquals(2, run("--rdf", nq.toString(), "--format", "dot", "-o", out.toString()).exit(), "unknown format");
        assertEquals(2, run("--rdf", nq.toString(), "-o", tmp.resolve("x.txt").toString()).exit(), "no format");
        assertEquals(2, run("--rdf", nq.toString(), "--format", "csv").exit(), "csv needs a directory");
        assertFalse(Files.exists(out));
    }

    @Test
    void inputThatCannotBeReadExitsWith1() throws IOException {
        Path missing = tmp.resolve("no-such.nq");
        Run r = run("--rdf", missing.toString(), "-q", "-o", tmp.resolve("m.gexf").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no-such.nq"), r.err());

        Path bad = tmp.resolve("bad.nq");
        Files.writeString(bad, "<a> <b> \"unterminated .\n");
        assertEquals(1, run("--rdf", bad.toString(), "-q", "-o", tmp.resolve("b.gexf").toString()).exit());

        Run noStore = run("--data", tmp.resolve("no-store").toString(), "-q", "-o", tmp.resolve("s.gexf").toString());
        assertEquals(1, noStore.exit());
        assertTrue(noStore.err().contains("no TDB2 store"), noStore.err());
        assertFalse(Files.exists(tmp.resolve("no-store")), "a missing store is not created");

        // a bad document among good ones: the rest is exported, exit 1
        Path docs = tmp.resolve("docs");
        Files.createDirectories(docs);
        Files.copy(GraphExportFixtures.SEEDS.resolve("002_fe4253cd466e7b7f.txt"), docs.resolve("002_fe4253cd466e7b7f.txt"));
        Files.write(docs.resolve("empty.txt"), new byte[0]);
        Path out = tmp.resolve("partial.gexf");
        Run partial = run(docs.toString(), "-q", "-o", out.toString());
        assertEquals(1, partial.exit(), partial.err());
        assertTrue(Files.size(out) > 0);
        assertEquals(List.of(), GraphExportFixtures.validateXsd(GEXF_XSD, read(out)));
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new AssertionError(p + " not written", e);
        }
    }
}
