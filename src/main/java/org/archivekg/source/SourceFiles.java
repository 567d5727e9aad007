package org.archivekg.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.archivekg.problem.ProblemHandler;
import org.archivekg.problem.SourcePos;

/**
 * The files a run reads: the given files, and the regular files under the given directories (walked recursively;
 * files whose name starts with "." are left out), in the order of their full paths.
 * <p>
 * The walk is lazy: a directory is listed when the walk enters it, so a run holds the names of the directories it is
 * in, not the whole corpus's file list (a million files, 140 MB as {@code Path}s, would otherwise be held at the start
 * of the run). Memory is bounded by the largest directory: a corpus of a million files kept in directories of a
 * thousand, as {@code bench generate} writes it, costs a thousand names. Each walk lists the directories anew, so
 * {@link #count()} and {@link #iterator()} see the file system as it is when they run.
 */
public final class SourceFiles implements Iterable<Path> {

    private final List<Path> roots;
    private final ProblemHandler problems;

    private SourceFiles(List<Path> roots, ProblemHandler problems) {
        this.roots = List.copyOf(roots);
        this.problems = problems;
    }

    /** The files under {@code paths}; what cannot be listed or does not exist is reported to {@code problems} by {@link #iterator()}. */
    public static SourceFiles of(List<Path> paths, ProblemHandler problems) {
        return new SourceFiles(paths, problems);
    }

    /** Walks the files (reporting what cannot be listed). */
    @Override
    public Iterator<Path> iterator() {
        return new Walk(roots, problems);
    }

    /** How many files a walk finds now: one walk that only counts (problems are not reported, the iterator reports them). */
    public int count() {
        int n = 0;
        for (Iterator<Path> it = new Walk(roots, problem -> { }); it.hasNext(); it.next()) n++;
        return n;
    }

    /** All the files, in a list: for callers that need them at once (a small corpus). */
    public List<Path> toList() {
        List<Path> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    /** A depth-first walk: one level of sorted entry names per directory it is in. */
    private static final class Walk implements Iterator<Path> {
        private final ProblemHandler problems;
        private final Iterator<Path> roots;
        private final Deque<Level> levels = new ArrayDeque<>();
        private Path next;

        Walk(List<Path> roots, ProblemHandler problems) {
            this.roots = roots.iterator();
            this.problems = problems;
        }

        @Override
        public boolean hasNext() {
            if (next == null) next = advance();
            return next != null;
        }

        @Override
        public Path next() {
            if (!hasNext()) throw new NoSuchElementException();
            Path p = next;
            next = null;
            return p;
        }

        private Path advance() {
            while (true) {
                Level level = levels.peek();
                if (level == null) {
                    if (!roots.hasNext()) return null;
                    Path root = roots.next();
                    if (Files.isDirectory(root)) {
                        enter(root);
                    } else if (Files.exists(root)) {
                        return root;
                    } else {
                        problems.error("no such file or directory", SourcePos.ofFile(root.toString()));
                    }
                    continue;
                }
                if (level.index == level.entries.length) {
                    levels.pop();
                    continue;
                }
                Entry e = level.entries[level.index];
                level.entries[level.index++] = null; // the name is not needed once walked
                Path p = level.dir.resolve(e.name());
                if (e.directory) enter(p);
                else return p;
            }
        }

        private void enter(Path dir) {
            List<Entry> entries = new ArrayList<>();
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
                for (Path p : listing) {
                    String name = p.getFileName().toString();
                    // as Files.walk: directories are entered, not followed through links; linked files are read
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) entries.add(new Entry(name, true));
                    else if (!name.startsWith(".") && Files.isRegularFile(p)) entries.add(new Entry(name, false));
                }
            } catch (IOException | RuntimeException e) {
                problems.error("cannot list directory: " + e.getMessage(), SourcePos.ofFile(dir.toString()));
                return;
            }
            Entry[] sorted = entries.toArray(new Entry[0]);
            Arrays.sort(sorted);
            levels.push(new Level(dir, sorted));
        }
    }

    private static final class Level {
        final Path dir;
        final Entry[] entries;
        int index;

        Level(Path dir, Entry[] entries) {
            this.dir = dir;
            this.entries = entries;
        }
    }

    /**
     * An entry of a directory, ordered as the full paths below it are: by the bytes of its name, a directory's name
     * followed by '/' (so "a.txt" comes before the files in "a/", as it does in a sort of the whole paths).
     */
    private static final class Entry implements Comparable<Entry> {
        final boolean directory;
        private final byte[] key; // the name's only copy: a thousand entries of a directory cost ~50 bytes each

        Entry(String name, boolean directory) {
            this.directory = directory;
            this.key = (directory ? name + "/" : name).getBytes(StandardCharsets.UTF_8);
        }

        String name() {
            return new String(key, 0, directory ? key.length - 1 : key.length, StandardCharsets.UTF_8);
        }

        @Override
        public int compareTo(Entry o) {
            return Arrays.compareUnsigned(key, o.key);
        }
    }
}
