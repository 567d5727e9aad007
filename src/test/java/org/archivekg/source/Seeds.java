package org.archivekg.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.archivekg.problem.Problem;
import org.archivekg.problem.ProblemCollector;

/** The five seed files in {@code seeds/}, for the source-stage tests. */
final class Seeds {

    static final Path DIR = Path.of("seeds");

    static final String S000 = "000_256815a977ff7b0b.txt";
    static final String S001 = "001_d42d411745a7864a.txt";
    static final String S002 = "002_fe4253cd466e7b7f.txt";
    static final String S003 = "003_8407d3f3e1911c0a.txt";
    static final String S004 = "004_fb0b047ba36df19f.txt";
    static final List<String> ALL = List.of(S000, S001, S002, S003, S004);

    private Seeds() {
    }

    static Path path(String name) {
        Path p = DIR.resolve(name);
        assertTrue(Files.isRegularFile(p), "seed missing: " + p.toAbsolutePath());
        return p;
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** Reads a seed (or any bytes) through {@link SourceLoader}, failing the test on an error. */
    static SourceDocument read(String path, byte[] bytes) {
        ProblemCollector problems = new ProblemCollector();
        SourceDocument doc = new SourceLoader().read(path, bytes, problems)
                .orElseThrow(() -> new AssertionError(path + " was not read: " + problems.problems()));
        List<Problem> errors = new ArrayList<>(problems.problems());
        errors.removeIf(p -> p.severity() == org.archivekg.problem.Severity.WARNING);
        assertTrue(errors.isEmpty(), path + ": " + errors);
        return doc;
    }

    static SourceDocument read(String name) {
        return read(path(name).toString(), bytes(name));
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] all = new byte[n];
        int o = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, o, p.length);
            o += p.length;
        }
        return all;
    }
}
