package org.archivekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.archivekg.bench.GroundTruth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code bench generate} and {@code --authority FILE}, as a user runs them. */
class BenchCommandTest {

    @TempDir
    Path dir;

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

    @Test
    void benchListsGenerateAndBothHaveHelp() {
        Run bench = run("bench", "--help");
        assertEquals(0, bench.exit());
        assertTrue(bench.out().contains("generate"), bench.out());
        Run generate = run("bench", "generate", "--help");
        assertEquals(0, generate.exit());
        for (String option : new String[] {"--docs", "--seed", "--out", "--noise"}) assertTrue(generate.out().contains(option), generate.out());
        assertTrue(run("extract", "--help").out().contains("--authority"));
    }

    @Test
    void generatedDocumentsAreReadWithTheGeneratedAuthority() throws IOException {
        Path corpus = dir.resolve("corpus");
        Run gen = run("bench", "generate", "--docs", "8", "--seed", "3", "--out", corpus.toString());
        assertEquals(0, gen.exit(), gen.err());
        assertTrue(gen.err().contains("8 documents"), gen.err());
        GroundTruth truth = GroundTruth.read(corpus.resolve(GroundTruth.FILE));
        assertEquals(8, truth.documents().size());

        Path out = dir.resolve("out.nq");
        Run extract = run("extract", corpus.resolve("docs").toString(), "--authority", corpus.resolve("authority.ttl").toString(), "-q",
                "-o", out.toString());
        assertEquals(0, extract.exit(), extract.err());
        String nquads = Files.readString(out);
        String sender = truth.documents().get(0).sender();
        assertTrue(nquads.contains("<https://w3id.org/archive-kg/ns#hasSender> <http://localhost:3030/id/person/" + sender + ">"),
                "the first document's sender, a generated person, is resolved: " + sender);

        Run without = run("extract", corpus.resolve("docs").toString(), "-q", "-o", dir.resolve("without.nq").toString());
        assertEquals(0, without.exit(), without.err());
        assertFalse(Files.readString(dir.resolve("without.nq")).contains("/id/person/" + sender + ">"),
                "without the authority the generated people stay unresolved");
    }

    @Test
    void badInputIsAUsageError() throws IOException {
        Run missing = run("extract", "seeds", "--authority", dir.resolve("missing.ttl").toString(), "-q", "-o", dir.resolve("x.nq").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("missing.ttl") && missing.err().contains("no such file"), missing.err());

        Path broken = Files.writeString(dir.resolve("broken.ttl"), "per:x a akg:Person ;");
        Run bad = run("extract", "seeds", "--authority", broken.toString(), "-q", "-o", dir.resolve("y.nq").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("broken.ttl"), bad.err());

        assertEquals(2, run("bench", "generate", "--docs", "0", "--out", dir.resolve("z").toString()).exit());
        assertEquals(0, run("bench", "generate", "--docs", "2", "--out", dir.resolve("z").toString(), "-q").exit());
        Run again = run("bench", "generate", "--docs", "2", "--out", dir.resolve("z").toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("already holds generated documents"), again.err());
    }
}
