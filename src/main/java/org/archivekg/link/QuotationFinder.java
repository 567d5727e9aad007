package org.archivekg.link;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Quotation detection (text reuse) between all texts of a corpus: the passages of one text that reproduce another,
 * robust to OCR noise, punctuation, line breaks, typography and small edits between editions.
 *
 * <h2>Method</h2>
 * Seed-and-extend alignment on hashed word n-grams ("shingles"), the approach of passim:
 * D. A. Smith, R. Cordell, A. Mullen, "Computational Methods for Uncovering Reprinted Texts in Antebellum
 * Newspapers", <i>American Literary History</i> 27(3), 2015, E1–E15; the hashed k-gram document fingerprints
 * are those of S. Schleimer, D. S. Wilkerson, A. Aiken, "Winnowing: Local Algorithms for Document Fingerprinting",
 * SIGMOD 2003 (every k-gram is kept rather than a winnowed sample, so that short, noisy quotations still give
 * several seeds); word shingles as in A. Z. Broder, "On the resemblance and containment of documents", 1997.
 * <ol>
 *   <li><b>Normalise and shingle</b> ({@link Tokens}): words are runs of letters/digits, lower-cased, ё → е,
 *       Latin/Cyrillic look-alikes unified inside mixed-script words, punctuation and quotes dropped, hyphenated
 *       line-end words joined; every word keeps its character span. Each run of k consecutive words is hashed to
 *       64 bits.</li>
 *   <li><b>Inverted index</b>: all (shingle hash, text, position) postings are sorted by hash — in hash-partitions of
 *       a few million postings, so memory stays bounded — and each run of equal hashes gives seeds: one seed
 *       (position in a, position in b) for each two texts of the same language and different groups that share the
 *       shingle. Shingles found in more than max(50, 1% of the texts) texts, and in any case in more than 1,000, are
 *       skipped as boilerplate (passim's max-df filter). No pair of texts is ever compared unless they share a
 *       shingle: the cost is linear in the corpus plus the number of shared shingles. Past {@value #SPILL_ABOVE_TEXTS} texts the seeds go to files on
 *       disk, spread by pair of texts, and are aligned one file at a time.</li>
 *   <li><b>Chain</b> the seeds of each pair of texts along near-diagonals: a seed may follow another if it is
 *       later in both texts, at most {@value #MAX_GAP} words lie between them on either side, and the diagonal
 *       drifts by at most {@value #MAX_DRIFT} words (OCR errors kill the k shingles around a wrong word; edits add or
 *       drop words). The best chains are found by dynamic programming (the colinear chaining of minimap2:
 *       H. Li, "Minimap2: pairwise alignment for nucleotide sequences", <i>Bioinformatics</i> 34(18), 2018), score
 *       = words covered − 0.25 · drift. Chains separated by at most {@value #MERGE_GAP} words on both sides (a page
 *       header inside a quotation, a dropped sentence) are merged; a chain that overlaps a stronger one on both
 *       sides (an off-diagonal repeat inside the same passage) is dropped.</li>
 *   <li><b>Extend and score</b>: the passage is extended word by word at both ends while the words are equal or
 *       OCR-similar ({@link #similar}: Damerau–Levenshtein distance ≤ a third of the length), up to 2k words. Its
 *       <b>similarity</b> is a token-level alignment ratio: the words of the two spans aligned in order to an equal
 *       or OCR-similar word (the seeds are exact k-word matches; between consecutive seeds, a longest common
 *       subsequence), divided by the longer span's word count. A match needs ≥ minWords words on both sides,
 *       ≥ {@value #MIN_SEEDS} seeds and similarity ≥ {@value #MIN_SIMILARITY}. When a merged passage falls below
 *       the threshold, its parts are scored alone.</li>
 * </ol>
 * The threshold separates copies from independent translations: on the seed files, OCR-noisy and edited copies score
 * 0.91–0.99, while whole passages translated independently by different translators score only 0.70–0.83. Single
 * sentences that two translators happened to render alike can still pass, but they are short (≈ 30 words). A
 * shorter or looser shared passage (formulae such as "the Korean comrades", "the 38th parallel") is no quotation:
 * it gives too few seeds, too few words or too low a similarity.
 * Not thread-safe; {@link #findAll()} may be called again after more {@link #add}s. Output is deterministic.
 */
public final class QuotationFinder {

    /**
     * A text to compare: an id chosen by the caller (e.g. "002_fe4253cd466e7b7f.txt#text-ru-0"), a group (texts of the
     * same group are never compared with each other — e.g. the same source file; null: a group of its own), its
     * language tag ("ru"/"en"; only texts of the same language are compared), and the text.
     */
    public record Text(String id, String group, String language, String text) implements java.io.Serializable {
        public Text {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A passage shared by two texts: char offsets [aStart,aEnd) in a and [bStart,bEnd) in b (offsets into
     * Text.text, end exclusive), its length in words (the shorter side), and a similarity in [0,1] (see the class
     * comment). a and b are ordered so that a's index (order of add) &lt; b's index.
     */
    public record Match(Text a, int aStart, int aEnd, Text b, int bStart, int bEnd, int words, double similarity) {
    }

    /** Most words between two consecutive seeds of a chain, on either side. */
    static final int MAX_GAP = 12;
    /** Most change of diagonal (words added on one side only) between two consecutive seeds. */
    static final int MAX_DRIFT = 12;
    /** Most words between two chains merged into one passage, on either side. */
    static final int MERGE_GAP = 36;
    /** Fewest seeds (shared shingles) in a match. */
    public static final int MIN_SEEDS = 3;
    /** Lowest similarity of a match. */
    static final double MIN_SIMILARITY = 0.9;
    /** A shingle found in more than max(this, {@link #BOILERPLATE_SHARE} of the texts) texts is boilerplate. */
    static final int BOILERPLATE_TEXTS = 50;
    static final double BOILERPLATE_SHARE = 0.01;
    /**
     * A shingle found in more than this many texts is boilerplate however big the corpus: a shingle in k texts gives
     * k²/2 seeds, so a limit that grew with the corpus would let the seeds of one phrase grow with its square. A phrase
     * in over 1,000 letters is a formula.
     */
    static final int BOILERPLATE_MAX_TEXTS = 1_000;

    /** Most predecessors examined per seed in the chaining (bounds the work on repetitive texts). */
    private static final int MAX_PREDECESSORS = 64;
    /** Postings sorted at a time. */
    private static final int PARTITION_TARGET = 4_000_000;
    /** Low bits of a sort key that hold the posting's index in its partition (the high bits are the hash's). */
    private static final int LOCAL_BITS = 25;
    private static final long LOCAL_MASK = (1L << LOCAL_BITS) - 1;
    private static final long HASH_MASK = ~LOCAL_MASK;

    private final int k;
    private final int minWords;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> languages = new HashMap<>();
    private final Map<String, Integer> groups = new HashMap<>();

    /** An added text: its language and group as numbers, its shingle hashes and word count. */
    private record Entry(Text text, int language, int group, long[] shingles, int words) {
    }

    /** Defaults: 5-word shingles, passages of at least 20 words. */
    public QuotationFinder() {
        this(5, 20);
    }

    public QuotationFinder(int shingleWords, int minWords) {
        if (shingleWords < 1) throw new IllegalArgumentException("shingleWords must be ≥ 1: " + shingleWords);
        if (minWords < shingleWords) throw new IllegalArgumentException("minWords must be ≥ shingleWords: " + minWords);
        this.k = shingleWords;
        this.minWords = minWords;
    }

    /** Tokenises and indexes a text; may be called many times. */
    public void add(Text text) {
        Objects.requireNonNull(text, "text");
        String lang = text.language() == null ? "" : text.language().trim().toLowerCase(Locale.ROOT);
        String group = text.group() == null ? "\u0000" + entries.size() : "\u0001" + text.group();
        int l = languages.computeIfAbsent(lang, x -> languages.size());
        int g = groups.computeIfAbsent(group, x -> groups.size());
        Tokens t = Tokens.of(text.text(), text.language(), false);
        entries.add(new Entry(text, l, g, t.shingles(k), t.size));
    }

    /** All matches between texts of different groups and the same language, in order of (a, b, aStart, bStart). */
    public List<Match> findAll() {
        int maxTexts = maxTexts(entries.size());
        List<Found> found = new ArrayList<>();
        if (entries.size() <= spillAboveTexts) {
            Seeds seeds = new Seeds();
            seeds(maxTexts, seeds::add);
            found.addAll(alignAll(seeds));
        } else {
            // a big corpus: the seeds go to files on disk by pair, and one file's seeds are aligned at a time
            try (SeedBuckets buckets = new SeedBuckets(SEED_BUCKETS)) {
                seeds(maxTexts, buckets);
                for (int b = 0; b < SEED_BUCKETS; b++) found.addAll(alignAll(buckets.read(b)));
            }
        }
        found.sort(Comparator.comparingInt(Found::ia).thenComparingInt(Found::ib).thenComparing(Found::match, MATCH_ORDER));
        List<Match> out = new ArrayList<>(found.size());
        for (Found f : found) out.add(f.match());
        return out;
    }

    /** The matches of every pair of texts whose seeds these are (all of each pair's seeds are here). */
    private List<Found> alignAll(Seeds seeds) {
        seeds.sort();
        // one range of seeds per pair of texts
        List<int[]> ranges = new ArrayList<>();
        for (int s = 0; s < seeds.size; ) {
            int e = s + 1;
            while (e < seeds.size && seeds.pair[e] == seeds.pair[s]) e++;
            if (e - s >= MIN_SEEDS) ranges.add(new int[] {s, e});
            s = e;
        }
        return ranges.parallelStream().flatMap(r -> align(seeds, r[0], r[1]).stream()).toList();
    }

    /** Past this many texts, {@link #findAll} keeps the seeds on disk (16 bytes each; several GB at a million documents). */
    static final int SPILL_ABOVE_TEXTS = 100_000;
    /** Files the seeds of a big corpus are spread over, by pair of texts. */
    static final int SEED_BUCKETS = 64;

    private int spillAboveTexts = SPILL_ABOVE_TEXTS;

    /** For tests: spill the seeds past {@code texts} texts (0: always). */
    QuotationFinder spillAbove(int texts) {
        this.spillAboveTexts = texts;
        return this;
    }

    private record Found(int ia, int ib, Match match) {
    }

    /** The order of the matches of one pair of texts. */
    private static final Comparator<Match> MATCH_ORDER = Comparator.comparingInt(Match::aStart).thenComparingInt(Match::bStart)
            .thenComparingInt(Match::aEnd).thenComparingInt(Match::bEnd);

    // ------------------------------------------------------------------ the steps, for a distributed run

    /*
     * findAll() is three steps that a distributed run (org.archivekg.spark) can spread over machines as a join:
     * shingles(text) per text; shingleSeeds(...) per shingle, over all its postings; alignSeeds(...) per pair of
     * texts, over all its seeds. findAll() uses the same rules, so both give the same matches.
     */

    /** Most texts a shingle may be found in before it counts as boilerplate, in a corpus of {@code texts} texts. */
    public static int maxTexts(int texts) {
        return Math.min(BOILERPLATE_MAX_TEXTS, Math.max(BOILERPLATE_TEXTS, (int) Math.ceil(BOILERPLATE_SHARE * texts)));
    }

    /** The hashes of the text's shingles (k consecutive normalised words), in word order: position i starts at word i. */
    public long[] shingles(Text text) {
        return Tokens.of(text.text(), text.language(), false).shingles(k);
    }

    /** Receives the seeds of a shingle: texts a &lt; b (in corpus order) share it at word positions pa and pb. */
    @FunctionalInterface
    public interface SeedSink {
        void seed(int a, int b, int pa, int pb);
    }

    /**
     * The seeds one shingle gives, from its postings {@code [0, n)} — text (corpus order), word position, and the
     * text's language and group as numbers — sorted by text, then position: one seed for each two postings in texts
     * of the same language and different groups. None when the shingle has more than 4·maxTexts postings, or lies
     * in fewer than 2 or more than {@code maxTexts} texts (boilerplate).
     */
    public static void shingleSeeds(int n, int[] text, int[] position, int[] language, int[] group, int maxTexts, SeedSink sink) {
        if (n < 2 || n > 4 * maxTexts) return;
        int distinct = 1;
        for (int x = 1; x < n; x++) if (text[x] != text[x - 1]) distinct++;
        if (distinct < 2 || distinct > maxTexts) return;
        for (int x = 0; x < n; x++) {
            for (int y = x + 1; y < n; y++) {
                if (text[y] == text[x] || language[x] != language[y] || group[x] == group[y]) continue;
                sink.seed(text[x], text[y], position[x], position[y]);
            }
        }
    }

    /**
     * The matches of two texts (a before b in corpus order) from all the seeds they share, as findAll() gives them
     * for this pair: {@code pa[i], pb[i]} are the word positions of seed i, sorted by pa, then pb.
     */
    public List<Match> alignSeeds(Text a, Text b, int[] pa, int[] pb) {
        if (pa.length != pb.length) throw new IllegalArgumentException("seed positions differ in number");
        if (pa.length < MIN_SEEDS) return List.of();
        return align(-1, a, -1, b, pa, pb).stream().map(Found::match).sorted(MATCH_ORDER).toList();
    }

    // ------------------------------------------------------------------ inverted index → seeds

    /** Seeds of all pairs: pair = (text a &lt;&lt; 32 | text b), pos = (position in a &lt;&lt; 32 | position in b). */
    private static final class Seeds {
        long[] pair = new long[1024];
        long[] pos = new long[1024];
        int size;

        void add(int a, int b, int pa, int pb) {
            if (size == pair.length) {
                pair = Arrays.copyOf(pair, size * 2);
                pos = Arrays.copyOf(pos, size * 2);
            }
            pair[size] = ((long) a << 32) | (b & 0xFFFFFFFFL);
            pos[size] = ((long) pa << 32) | (pb & 0xFFFFFFFFL);
            size++;
        }

        void sort() {
            LongPairSort.sort(pair, pos, 0, size);
        }
    }

    /** Seeds written to files by pair of texts, in a temporary directory deleted on close; read back a file at a time. */
    private static final class SeedBuckets implements SeedSink, AutoCloseable {
        private final Path dir;
        private final DataOutputStream[] out;
        private final int[] counts;

        SeedBuckets(int buckets) {
            try {
                dir = Files.createTempDirectory("archive-kg-seeds");
                out = new DataOutputStream[buckets];
                counts = new int[buckets];
                for (int b = 0; b < buckets; b++) {
                    out[b] = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file(b)), 1 << 16));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the quotation finder's seeds to a temporary directory", e);
            }
        }

        private Path file(int b) {
            return dir.resolve("seeds-" + b);
        }

        @Override
        public void seed(int a, int b, int pa, int pb) {
            int bucket = Math.floorMod(a * 31 + b, out.length); // every seed of a pair in one bucket
            try {
                DataOutputStream o = out[bucket];
                o.writeInt(a);
                o.writeInt(b);
                o.writeInt(pa);
                o.writeInt(pb);
                counts[bucket]++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The seeds of one bucket; the writing is over once the first bucket is read. */
        Seeds read(int bucket) {
            try {
                for (DataOutputStream o : out) o.close();
                Seeds seeds = new Seeds();
                seeds.pair = new long[Math.max(1, counts[bucket])];
                seeds.pos = new long[Math.max(1, counts[bucket])];
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file(bucket)), 1 << 16))) {
                    for (int i = 0; i < counts[bucket]; i++) seeds.add(in.readInt(), in.readInt(), in.readInt(), in.readInt());
                }
                Files.delete(file(bucket));
                return seeds;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the quotation finder's seeds back from " + dir, e);
            }
        }

        @Override
        public void close() {
            try (Stream<Path> files = Files.list(dir)) {
                for (DataOutputStream o : out) o.close();
                for (Path f : files.toList()) Files.deleteIfExists(f);
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete " + dir, e);
            }
        }
    }

    private void seeds(int maxTexts, SeedSink seeds) {
        long total = 0;
        for (Entry e : entries) total += e.shingles().length;
        int parts = (int) Math.max(1, (total + PARTITION_TARGET - 1) / PARTITION_TARGET);
        int[] counts;
        while (true) {
            counts = new int[parts];
            for (Entry e : entries) for (long h : e.shingles()) counts[partition(h, parts)]++;
            if (Arrays.stream(counts).max().orElse(0) < LOCAL_MASK) break;
            parts *= 2;
        }
        for (int p = 0; p < parts; p++) {
            int m = counts[p];
            long[] keys = new long[m];
            int[] text = new int[m];
            int[] pos = new int[m];
            int c = 0;
            for (int t = 0; t < entries.size(); t++) {
                long[] sh = entries.get(t).shingles();
                for (int i = 0; i < sh.length; i++) {
                    if (partition(sh[i], parts) != p) continue;
                    keys[c] = (sh[i] & HASH_MASK) | c;
                    text[c] = t;
                    pos[c] = i;
                    c++;
                }
            }
            // postings of a hash end up together, in order of (text, position), since c grows in that order
            Arrays.parallelSort(keys);
            Postings run = new Postings();
            for (int s = 0; s < m; ) {
                long h = keys[s] & HASH_MASK;
                int e = s + 1;
                while (e < m && (keys[e] & HASH_MASK) == h) e++;
                if (e - s >= 2) pairs(keys, s, e, text, pos, maxTexts, seeds, run);
                s = e;
            }
        }
    }

    /** The postings of one shingle, gathered for {@link #shingleSeeds}; reused from run to run. */
    private static final class Postings {
        int n;
        int[] text = new int[16];
        int[] position = new int[16];
        int[] language = new int[16];
        int[] group = new int[16];

        void clear(int capacity) {
            n = 0;
            if (text.length < capacity) {
                text = new int[capacity];
                position = new int[capacity];
                language = new int[capacity];
                group = new int[capacity];
            }
        }
    }

    private static int partition(long h, int parts) {
        return (int) (((h & LOCAL_MASK) * parts) >>> LOCAL_BITS);   // the low bits, scaled to [0, parts)
    }

    /**
     * The seeds of the postings keys[s, e), whose hashes are equal in their high bits: usually one shingle, else
     * (rarely) several, each given its seeds on its own, so that the boilerplate limits count one shingle's texts.
     */
    private void pairs(long[] keys, int s, int e, int[] text, int[] pos, int maxTexts, SeedSink seeds, Postings run) {
        long first = fullHash(keys[s], text, pos);
        boolean one = true;
        for (int x = s + 1; x < e && one; x++) one = fullHash(keys[x], text, pos) == first;
        if (one) {
            seedsOf(keys, s, e, text, pos, maxTexts, seeds, run, first, false);
            return;
        }
        long[] hashes = new long[e - s];
        for (int x = s; x < e; x++) hashes[x - s] = fullHash(keys[x], text, pos);
        long[] distinct = Arrays.stream(hashes).distinct().sorted().toArray();
        for (long h : distinct) seedsOf(keys, s, e, text, pos, maxTexts, seeds, run, h, true);
    }

    private long fullHash(long key, int[] text, int[] pos) {
        int i = (int) (key & LOCAL_MASK);
        return entries.get(text[i]).shingles()[pos[i]];
    }

    /** Gathers the postings of shingle {@code h} among keys[s, e) (all of them unless {@code filter}) and seeds them. */
    private void seedsOf(long[] keys, int s, int e, int[] text, int[] pos, int maxTexts, SeedSink seeds, Postings run, long h, boolean filter) {
        run.clear(e - s);
        for (int x = s; x < e; x++) {
            int i = (int) (keys[x] & LOCAL_MASK);
            Entry entry = entries.get(text[i]);
            if (filter && entry.shingles()[pos[i]] != h) continue;
            run.text[run.n] = text[i];
            run.position[run.n] = pos[i];
            run.language[run.n] = entry.language();
            run.group[run.n] = entry.group();
            run.n++;
        }
        shingleSeeds(run.n, run.text, run.position, run.language, run.group, maxTexts, seeds);
    }

    // ------------------------------------------------------------------ chaining

    /** A chain of seeds, increasing in both texts. */
    private static final class Chain {
        int[] a = new int[8];
        int[] b = new int[8];
        int n;

        void add(int pa, int pb) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
                b = Arrays.copyOf(b, n * 2);
            }
            a[n] = pa;
            b[n] = pb;
            n++;
        }

        int firstA() {
            return a[0];
        }

        int firstB() {
            return b[0];
        }

        int lastA() {
            return a[n - 1];
        }

        int lastB() {
            return b[n - 1];
        }
    }

    /** The matches of one pair of texts, from its seeds [from, to) (sorted by position in a, then in b). */
    private List<Found> align(Seeds seeds, int from, int to) {
        int ia = (int) (seeds.pair[from] >>> 32);
        int ib = (int) seeds.pair[from];
        int h = to - from;
        int[] pa = new int[h];
        int[] pb = new int[h];
        for (int i = 0; i < h; i++) {
            pa[i] = (int) (seeds.pos[from + i] >>> 32);
            pb[i] = (int) seeds.pos[from + i];
        }
        return align(ia, entries.get(ia).text(), ib, entries.get(ib).text(), pa, pb);
    }

    /** The matches of texts a (index ia) and b (index ib) from their seeds, sorted by position in a, then in b. */
    private List<Found> align(int ia, Text a, int ib, Text b, int[] pa, int[] pb) {
        List<List<Chain>> chains = dropOverlapping(merge(chains(pa, pb)));
        chains.removeIf(g -> g.get(0).n < MIN_SEEDS || !longEnough(g.get(0)));
        if (chains.isEmpty()) return List.of();
        Tokens ta = Tokens.of(a.text(), a.language(), true);
        Tokens tb = Tokens.of(b.text(), b.language(), true);
        List<Found> out = new ArrayList<>();
        for (List<Chain> g : chains) {
            Match m = match(g.get(0), a, ta, b, tb);
            if (m != null) {
                out.add(new Found(ia, ib, m));
                continue;
            }
            // the merged passage is too loose: its parts may still be quotations of their own
            for (Chain part : g.subList(1, g.size())) {
                if (part.n < MIN_SEEDS || !longEnough(part)) continue;
                Match pm = match(part, a, ta, b, tb);
                if (pm != null) out.add(new Found(ia, ib, pm));
            }
        }
        return out;
    }

    /** Whether the chain may reach minWords words once extended (at most 2k words at each end). */
    private boolean longEnough(Chain c) {
        return Math.min(c.lastA() + k - c.firstA(), c.lastB() + k - c.firstB()) + 4 * k >= minWords;
    }

    /** Colinear chaining by dynamic programming, then the chains read back from the best-scoring ends down. */
    private List<Chain> chains(int[] pa, int[] pb) {
        int h = pa.length;
        double[] f = new double[h];
        int[] prev = new int[h];
        int reach = k + MAX_GAP;
        for (int i = 0; i < h; i++) {
            f[i] = k;
            prev[i] = -1;
            int scanned = 0;
            for (int j = i - 1; j >= 0 && scanned < MAX_PREDECESSORS; j--, scanned++) {
                int da = pa[i] - pa[j];
                if (da > reach) break;
                if (da <= 0) continue;
                int db = pb[i] - pb[j];
                if (db <= 0 || db > reach) continue;
                int drift = Math.abs(da - db);
                if (drift > MAX_DRIFT) continue;
                double g = f[j] + Math.min(Math.min(da, db), k) - 0.25 * drift;
                if (g > f[i]) {
                    f[i] = g;
                    prev[i] = j;
                }
            }
        }
        Integer[] order = new Integer[h];
        for (int i = 0; i < h; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> f[x] != f[y] ? Double.compare(f[y], f[x]) : Integer.compare(x, y));
        boolean[] used = new boolean[h];
        List<Chain> chains = new ArrayList<>();
        int[] path = new int[h];
        for (int end : order) {
            if (used[end]) continue;
            int len = 0;
            for (int c = end; c >= 0 && !used[c]; c = prev[c]) {
                used[c] = true;
                path[len++] = c;
            }
            if (len < 2) continue; // a lone seed is noise; chains of two may still merge with others
            Chain chain = new Chain();
            for (int x = len - 1; x >= 0; x--) chain.add(pa[path[x]], pb[path[x]]);
            chains.add(chain);
        }
        return chains;
    }

    /**
     * Joins chains that follow each other in both texts with at most {@link #MERGE_GAP} words between them. Each
     * result keeps its parts, to be scored alone when the whole falls below the similarity threshold.
     */
    private List<List<Chain>> merge(List<Chain> chains) {
        chains.sort(Comparator.comparingInt(Chain::firstA).thenComparingInt(Chain::firstB));
        List<Chain> merged = new ArrayList<>();
        List<List<Chain>> parts = new ArrayList<>();
        for (Chain c : chains) {
            int into = -1;
            for (int x = merged.size() - 1; x >= 0 && x >= merged.size() - 8; x--) {
                Chain d = merged.get(x);
                if (c.firstA() > d.lastA() && c.firstB() > d.lastB()
                        && c.firstA() - (d.lastA() + k) <= MERGE_GAP && c.firstB() - (d.lastB() + k) <= MERGE_GAP
                        && c.n >= MIN_SEEDS && d.n >= MIN_SEEDS) {
                    into = x;
                    break;
                }
            }
            if (into < 0) {
                Chain copy = new Chain();
                for (int i = 0; i < c.n; i++) copy.add(c.a[i], c.b[i]);
                merged.add(copy);
                parts.add(new ArrayList<>(List.of(c)));
            } else {
                Chain d = merged.get(into);
                for (int i = 0; i < c.n; i++) d.add(c.a[i], c.b[i]);
                parts.get(into).add(c);
            }
        }
        List<List<Chain>> out = new ArrayList<>();
        for (int x = 0; x < merged.size(); x++) {
            List<Chain> group = new ArrayList<>();
            group.add(merged.get(x));
            if (parts.get(x).size() > 1) group.addAll(parts.get(x));
            out.add(group);
        }
        return out;
    }

    /**
     * Drops a merged chain that overlaps a stronger one in both texts: a repeat inside an already aligned passage.
     * Each element is a merged chain followed by its parts (if it has several).
     */
    private List<List<Chain>> dropOverlapping(List<List<Chain>> chains) {
        List<List<Chain>> bySize = new ArrayList<>(chains);
        bySize.sort(Comparator.comparingInt((List<Chain> g) -> -g.get(0).n)
                .thenComparingInt(g -> g.get(0).firstA()).thenComparingInt(g -> g.get(0).firstB()));
        List<List<Chain>> kept = new ArrayList<>();
        for (List<Chain> g : bySize) {
            Chain c = g.get(0);
            boolean redundant = false;
            for (List<Chain> h : kept) {
                Chain d = h.get(0);
                boolean overlapA = c.firstA() < d.lastA() + k && d.firstA() < c.lastA() + k;
                boolean overlapB = c.firstB() < d.lastB() + k && d.firstB() < c.lastB() + k;
                if (overlapA && overlapB) {
                    redundant = true;
                    break;
                }
            }
            if (!redundant) kept.add(g);
        }
        return kept;
    }

    // ------------------------------------------------------------------ extension and scoring

    private Match match(Chain c, Text a, Tokens ta, Text b, Tokens tb) {
        int as = c.firstA();
        int bs = c.firstB();
        int ae = c.lastA() + k;
        int be = c.lastB() + k;
        for (int x = 0; x < 2 * k && as > 0 && bs > 0 && similar(ta.words[as - 1], tb.words[bs - 1]); x++) {
            as--;
            bs--;
        }
        for (int x = 0; x < 2 * k && ae < ta.size && be < tb.size && similar(ta.words[ae], tb.words[be]); x++) {
            ae++;
            be++;
        }
        int words = Math.min(ae - as, be - bs);
        if (words < minWords) return null;
        // matched words: the seeds (exact k-word matches) plus the longest common subsequence between them
        int matched = 0;
        int ca = as;
        int cb = bs;
        for (int i = 0; i < c.n; i++) {
            int sa = c.a[i];
            int sb = c.b[i];
            int d = Math.max(0, Math.max(ca - sa, cb - sb));
            if (d >= k) continue;
            matched += align(ta, ca, sa + d, tb, cb, sb + d) + (k - d);
            ca = sa + k;
            cb = sb + k;
        }
        matched += align(ta, ca, ae, tb, cb, be);
        double similarity = Math.min(1.0, (double) matched / Math.max(ae - as, be - bs));
        if (similarity < MIN_SIMILARITY) return null;
        return new Match(a, ta.start[as], ta.end[ae - 1], b, tb.start[bs], tb.end[be - 1], words, similarity);
    }

    /**
     * Words of x[xs, xe) aligned to an equal or OCR-similar word of y[ys, ye), in order: the longest common
     * subsequence under {@link #similar}. 0 for an (unexpectedly) huge gap.
     */
    static int align(Tokens x, int xs, int xe, Tokens y, int ys, int ye) {
        int n = xe - xs;
        int m = ye - ys;
        if (n <= 0 || m <= 0) return 0;
        if ((long) n * m > 250_000L) return 0;
        int[] row = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            int diag = 0;
            for (int j = 1; j <= m; j++) {
                int up = row[j];
                int best = Math.max(up, row[j - 1]);
                if (diag + 1 > best && (x.hash[xs + i - 1] == y.hash[ys + j - 1] || similar(x.words[xs + i - 1], y.words[ys + j - 1]))) {
                    best = diag + 1;
                }
                row[j] = best;
                diag = up;
            }
        }
        return row[m];
    }

    /**
     * Equal, or an OCR variant: both of 4+ characters, lengths differing by at most one, and within an edit distance
     * (Damerau–Levenshtein, optimal string alignment: a swap of two neighbours counts one) of a third of the longer
     * ("топорь"/"теперь", "Стали"/"Ставя", "wiht"/"with").
     */
    static boolean similar(String x, String y) {
        if (x.equals(y)) return true;
        int lx = x.length();
        int ly = y.length();
        if (lx < 4 || ly < 4 || Math.abs(lx - ly) > 1) return false;
        int max = Math.max(1, Math.max(lx, ly) / 3);
        int[] before = new int[ly + 1];
        int[] prev = new int[ly + 1];
        int[] row = new int[ly + 1];
        for (int j = 0; j <= ly; j++) prev[j] = j;
        for (int i = 1; i <= lx; i++) {
            row[0] = i;
            int best = i;
            for (int j = 1; j <= ly; j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(prev[j], row[j - 1]) + 1, prev[j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                row[j] = d;
                best = Math.min(best, d);
            }
            if (best > max) return false;
            int[] t = before;
            before = prev;
            prev = row;
            row = t;
        }
        return prev[ly] <= max;
    }
}
