package org.archivekg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.archivekg.problem.Problem;
import org.archivekg.problem.ProblemCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SourceFiles}: the lazy walk finds the files a sort of the whole walk finds, in the same order; it lists a
 * directory only when it enters it; and it reports what it cannot list or find, with the path, and goes on.
 */
class SourceFilesTest {

    @TempDir
    Path dir;

    /** What the walk must equal: every regular, non-hidden file under the roots, sorted by its full path. */
    private static List<Path> walkedAndSorted(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    @Test
    void findsTheFilesOfAWholeSortedWalkInTheSameOrder() throws IOException {
        // names that sort differently as names and as paths: "a" + '/' sorts after "a.txt", "a-b" and "a b", before "ab"
        for (String f : List.of("a.txt", "a-b", "a b", "ab", "a/x", "a/.hidden", "a/b/c.txt", "a/b.txt", "a.d/z", "Z", "ä", "я/1",
                "0/0", ".git/config", "empty/.keep", "B/a", "b/A")) {
            Path p = dir.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, f);
        }
        Files.createDirectories(dir.resolve("no-files/deeper"));
        Files.createSymbolicLink(dir.resolve("link-to-file"), dir.resolve("ab"));
        Files.createSymbolicLink(dir.resolve("link-to-dir"), dir.resolve("a"));
        // and a random tree, to try many orders
        Random random = new Random(5);
        String alphabet = "ab.-_ 0Zé/";
        for (int i = 0; i < 300; i++) {
            StringBuilder name = new StringBuilder("r/");
            int length = 1 + random.nextInt(8);
            for (int j = 0; j < length; j++) name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = name.toString().replaceAll("/+", "/").replaceAll("/$", "x").replaceAll("/ ", "/s").replaceAll(" /", "s/");
            Path p = dir.resolve(s);
            if (Files.isDirectory(p)) continue;
            try {
                Files.createDirectories(p.getParent());
                if (!Files.exists(p)) Files.writeString(p, s);
            } catch (IOException clash) {
                // a file already stands where this name needs a directory: skip it
            }
        }

        ProblemCollector problems = new ProblemCollector();
        SourceFiles files = SourceFiles.of(List.of(dir), problems);
        List<Path> expected = walkedAndSorted(dir);
        assertTrue(expected.size() > 200, "the random tree has files: " + expected.size());
        assertEquals(expected, files.toList());
        assertEquals(expected.size(), files.count());
        assertTrue(files.toList().contains(dir.resolve("link-to-file")), "a linked file is read");
        assertTrue(files.toList().contains(dir.resolve(".git/config")), "a hidden directory's files are read, as before");
        assertEquals(List.of(), problems.problems());
    }

    @Test
    void filesAndDirectoriesAreWalkedInTheOrderGiven() throws IOException {
        Path one = Files.writeString(dir.resolve("one.txt"), "1");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path two = Files.writeString(sub.resolve("two.txt"), "2");
        Path hidden = Files.writeString(dir.resolve(".given"), "a file named on the command line is read even if hidden");
        assertEquals(List.of(two, one, hidden, two), SourceFiles.of(List.of(sub, one, hidden, sub), problem -> { }).toList());
    }

    @Test
    void listsADirectoryOnlyWhenItEntersIt() throws IOException {
        Path first = Files.createDirectories(dir.resolve("0001"));
        Path second = Files.createDirectories(dir.resolve("0002"));
        Files.writeString(first.resolve("a.txt"), "a");
        Files.writeString(second.resolve("b.txt"), "b");
        Iterator<Path> walk = SourceFiles.of(List.of(dir), problem -> { }).iterator();
        assertEquals(first.resolve("a.txt"), walk.next());
        // written after the walk began, in a directory it has not entered yet: a list made up front would miss it
        Path late = Files.writeString(second.resolve("a-late.txt"), "late");
        List<Path> rest = new ArrayList<>();
        walk.forEachRemaining(rest::add);
        assertEquals(List.of(late, second.resolve("b.txt")), rest);
    }

    @Test
    void reportsWhatItCannotListOrFindAndGoesOn() throws IOException {
        Path gone = Files.createDirectories(dir.resolve("d2"));
        Files.writeString(Files.createDirectories(dir.resolve("d1")).resolve("x.txt"), "x");
        Files.writeString(gone.resolve("y.txt"), "y");
        Path last = Files.writeString(Files.createDirectories(dir.resolve("d3")).resolve("z.txt"), "z");
        Path missing = dir.resolve("no-such-file.txt");
        ProblemCollector problems = new ProblemCollector();
        Iterator<Path> walk = SourceFiles.of(List.of(dir, missing), problems).iterator();
        assertEquals(dir.resolve("d1/x.txt"), walk.next());
        Files.delete(gone.resolve("y.txt"));
        Files.delete(gone); // listed by its parent, gone when the walk enters it
        assertEquals(last, walk.next());
        assertEquals(false, walk.hasNext());
        List<Problem> reported = problems.problems();
        assertEquals(2, reported.size(), reported.toString());
        assertTrue(reported.get(0).message().startsWith("cannot list directory"), reported.toString());
        assertEquals(gone.toString(), reported.get(0).pos().file());
        assertEquals("no such file or directory", reported.get(1).message());
        assertEquals(missing.toString(), reported.get(1).pos().file());
        assertTrue(problems.hasErrors());
    }
}
