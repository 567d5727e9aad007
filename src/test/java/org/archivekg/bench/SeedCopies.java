package org.archivekg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A benchmark corpus made of copies of the seed files, until the corpus generator is merged: copy {@code i} of each
 * seed has its archive file numbers ("d. 347", "Д. 334", "delo 334") raised by {@code 1000 × i}, so most copies
 * publish Records of their own (a seed without a signature keeps its Record key: its copies are editions of one
 * Record). Copies go 1,000 to a directory. Good for throughput and memory, not for accuracy.
 * <p>
 * {@code java -cp … org.archivekg.bench.SeedCopies --seeds seeds --out DIR --copies N} writes {@code 5 × N} files.
 */
public final class SeedCopies {

    private static final Pattern DELO = Pattern.compile("(?iu)(\\b(?:d|д)\\.\\s*|\\bdelo\\s+)(\\d+)");

    private SeedCopies() {
    }

    /** Writes {@code copies} copies of every file of {@code seeds} under {@code out}; returns the files written. */
    public static List<Path> write(Path seeds, Path out, int copies) throws IOException {
        List<Path> originals;
        try (Stream<Path> s = Files.list(seeds)) {
            originals = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> texts = new ArrayList<>();
        for (Path p : originals) texts.add(Files.readString(p, StandardCharsets.UTF_8));
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            Path dir = out.resolve(String.format("%04d", i / 1000));
            Files.createDirectories(dir);
            for (int k = 0; k < originals.size(); k++) {
                Path target = dir.resolve(String.format("c%07d_%s", i, originals.get(k).getFileName()));
                Files.writeString(target, renumber(texts.get(k), i), StandardCharsets.UTF_8);
                written.add(target);
            }
        }
        return written;
    }

    static String renumber(String text, int copy) {
        if (copy == 0) return text;
        Matcher m = DELO.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            long n = Long.parseLong(m.group(2)) + 1000L * copy;
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + n));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of("seeds");
        Path out = null;
        int copies = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seeds" -> seeds = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--seeds DIR --out DIR --copies N)");
            }
        }
        if (out == null || copies < 1) throw new IllegalArgumentException("usage: --seeds DIR --out DIR --copies N");
        long t = System.nanoTime();
        List<Path> files = write(seeds, out, copies);
        System.out.printf("%d files in %s (%.1f s)%n", files.size(), out, (System.nanoTime() - t) / 1e9);
    }
}
