package org.archivekg.link;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.archivekg.link.QuotationFinder.Match;
import org.archivekg.link.QuotationFinder.Text;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Throughput and accuracy of {@link QuotationFinder} on a synthetic corpus with planted quotations.
 *
 * <p>The generator is deterministic (a seeded {@link Random}): N documents of 400–800 words drawn from a Zipf-like
 * (s = 1) vocabulary of 4,000 generated pseudo-words per language; half the documents "ru" (Cyrillic letters), half
 * "en" (Latin); punctuation, capitals, line breaks every ~12 words, blank lines between paragraphs. About 20% of the
 * documents quote a 40–200-word passage of an earlier document of the same language, in « » or " " quotes,
 * half of them whole and half edited (about 2% of the words dropped and 2% inserted), all with OCR noise: one
 * character replaced, dropped or swapped (or a Latin look-alike in Cyrillic) in ~3% of the words.
 *
 * <p>Ground truth: the planted (quoting, quoted) pairs. Every generated word has an origin (the document and
 * position where it was first written), so a planted passage that itself contains an earlier quotation also links
 * the quoting document to that earlier source: such pairs (sharing ≥ 20 words of common origin) are counted as
 * correct when found, but only the planted pairs are needed for recall.
 *
 * <pre>
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.archivekg.link.QuotationBenchmark --docs 10000 --seed 42
 * </pre>
 */
public final class QuotationBenchmark {

    private static final int VOCABULARY = 4000;
    private static final double QUOTING_SHARE = 0.2;

    private QuotationBenchmark() {
    }

    /** A generated corpus: the texts in order of add, the planted pairs and the pairs related through common origin. */
    record Corpus(List<Text> texts, Set<Long> planted, Set<Long> related, long words) {
    }

    /** Accuracy of a run: the pairs linked by matches, scored against the corpus's ground truth. */
    record Score(int matches, int pairsFound, int planted, int plantedFound, int correctPairs, double recall, double precision) {
    }

    static long pair(int x, int y) {
        return ((long) Math.min(x, y) << 32) | Math.max(x, y);
    }

    // ------------------------------------------------------------------ the generator

    private static final String RU_CONSONANTS = "бвгдзклмнпрстфхцчшщж";
    private static final String RU_VOWELS = "аеиоуыяюэ";
    private static final String EN_CONSONANTS = "bcdfghjklmnprstvwz";
    private static final String EN_VOWELS = "aeiouy";
    private static final String RU_LETTERS = "абвгдежзийклмнопрстуфхцчшщыьэюя";
    private static final String EN_LETTERS = "abcdefghijklmnopqrstuvwxyz";

    /** A language's vocabulary and the cumulative Zipf weights of its ranks. */
    private static final class Language {
        final String tag;
        final String letters;
        final String[] words;
        final double[] cumulative;

        Language(String tag, String consonants, String vowels, String letters, Random r) {
            this.tag = tag;
            this.letters = letters;
            Set<String> set = new LinkedHashSet<>();
            while (set.size() < VOCABULARY) {
                int syllables = 1 + r.nextInt(4);
                StringBuilder w = new StringBuilder();
                for (int s = 0; s < syllables; s++) {
                    w.append(consonants.charAt(r.nextInt(consonants.length())));
                    w.append(vowels.charAt(r.nextInt(vowels.length())));
                    if (r.nextInt(3) == 0) w.append(consonants.charAt(r.nextInt(consonants.length())));
                }
                set.add(w.toString());
            }
            words = set.toArray(new String[0]);
            cumulative = new double[VOCABULARY];
            double sum = 0;
            for (int i = 0; i < VOCABULARY; i++) {
                sum += 1.0 / (i + 1);
                cumulative[i] = sum;
            }
            for (int i = 0; i < VOCABULARY; i++) cumulative[i] /= sum;
        }

        String word(Random r) {
            double u = r.nextDouble();
            int lo = 0;
            int hi = VOCABULARY - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] < u) lo = mid + 1;
                else hi = mid;
            }
            return words[lo];
        }

        /** OCR noise: one character replaced, dropped or swapped; in Cyrillic sometimes a Latin look-alike. */
        String garble(String w, Random r) {
            if (w.length() < 2) return w + letters.charAt(r.nextInt(letters.length()));
            int i = r.nextInt(w.length());
            switch (r.nextInt(4)) {
                case 0:
                    return w.substring(0, i) + w.substring(i + 1);
                case 1:
                    if (i + 1 < w.length()) return w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
                    return w.substring(0, i) + letters.charAt(r.nextInt(letters.length()));
                case 2:
                    if (tag.equals("ru")) {
                        int k = "аеорсхук".indexOf(w.charAt(i));
                        if (k >= 0) return w.substring(0, i) + "aeopcxyk".charAt(k) + w.substring(i + 1);
                    }
                    return w.substring(0, i) + letters.charAt(r.nextInt(letters.length())) + w.substring(i + 1);
                default:
                    return w.substring(0, i) + letters.charAt(r.nextInt(letters.length())) + w.substring(i + 1);
            }
        }
    }

    /** Generates {@code docs} documents from {@code seed}. */
    static Corpus generate(int docs, long seed) {
        Random r = new Random(seed);
        Language ru = new Language("ru", RU_CONSONANTS, RU_VOWELS, RU_LETTERS, r);
        Language en = new Language("en", EN_CONSONANTS, EN_VOWELS, EN_LETTERS, r);
        List<String[]> words = new ArrayList<>(docs);
        List<long[]> origins = new ArrayList<>(docs);
        List<Integer> ruDocs = new ArrayList<>();
        List<Integer> enDocs = new ArrayList<>();
        List<Text> texts = new ArrayList<>(docs);
        Set<Long> planted = new HashSet<>();
        long totalWords = 0;
        for (int d = 0; d < docs; d++) {
            Language lang = d % 2 == 0 ? ru : en;
            List<Integer> same = lang == ru ? ruDocs : enDocs;
            int length = 400 + r.nextInt(401);
            List<String> w = new ArrayList<>(length + 250);
            List<Long> o = new ArrayList<>(length + 250);
            for (int i = 0; i < length; i++) {
                w.add(lang.word(r));
                o.add(((long) d << 32) | i);
            }
            int quoteStart = -1;
            int quoteEnd = -1;
            if (!same.isEmpty() && r.nextDouble() < QUOTING_SHARE) {
                int src = same.get(r.nextInt(same.size()));
                String[] sw = words.get(src);
                long[] so = origins.get(src);
                int len = Math.min(sw.length, 40 + r.nextInt(161));
                int from = r.nextInt(sw.length - len + 1);
                boolean edited = r.nextBoolean();
                List<String> qw = new ArrayList<>();
                List<Long> qo = new ArrayList<>();
                for (int i = from; i < from + len; i++) {
                    if (edited && r.nextDouble() < 0.02) continue;                       // dropped
                    qw.add(r.nextDouble() < 0.03 ? lang.garble(sw[i], r) : sw[i]);       // OCR noise
                    qo.add(so[i]);
                    if (edited && r.nextDouble() < 0.02) {                               // inserted
                        qw.add(lang.word(r));
                        qo.add(((long) d << 32) | (length + qw.size()));
                    }
                }
                int at = r.nextInt(w.size() + 1);
                w.addAll(at, qw);
                o.addAll(at, qo);
                quoteStart = at;
                quoteEnd = at + qw.size();
                planted.add(pair(d, src));
            }
            String[] wa = w.toArray(new String[0]);
            long[] oa = new long[o.size()];
            for (int i = 0; i < oa.length; i++) oa[i] = o.get(i);
            words.add(wa);
            origins.add(oa);
            same.add(d);
            totalWords += wa.length;
            texts.add(new Text("doc" + d, "file" + d, lang.tag, render(wa, quoteStart, quoteEnd, lang, r)));
        }
        return new Corpus(texts, planted, related(origins, 20), totalWords);
    }

    /** The words as a printed text: sentences, commas, line breaks, paragraphs, and quotes around [qs, qe). */
    private static String render(String[] w, int qs, int qe, Language lang, Random r) {
        StringBuilder sb = new StringBuilder(w.length * 8);
        boolean capital = true;
        int onLine = 0;
        for (int i = 0; i < w.length; i++) {
            if (i > 0) {
                if (onLine >= 10 + r.nextInt(5)) {
                    sb.append(r.nextInt(6) == 0 ? "\n\n" : "\n");
                    onLine = 0;
                } else {
                    sb.append(' ');
                }
            }
            if (i == qs) sb.append(lang.tag.equals("ru") ? "«" : "\"");
            String x = w[i];
            sb.append(capital ? Character.toUpperCase(x.charAt(0)) + x.substring(1) : x);
            capital = false;
            if (i == qe - 1) sb.append(lang.tag.equals("ru") ? "»" : "\"");
            double p = r.nextDouble();
            if (p < 0.07) {
                sb.append('.');
                capital = true;
            } else if (p < 0.15) {
                sb.append(',');
            }
            onLine++;
        }
        return sb.append('.').toString();
    }

    /** Pairs of documents that share at least {@code min} words of common origin. */
    private static Set<Long> related(List<long[]> origins, int min) {
        // (origin, holder) for every copied word and for its original, sorted by origin
        int n = 0;
        for (int d = 0; d < origins.size(); d++) for (long o : origins.get(d)) if ((int) (o >>> 32) != d) n += 2;
        long[] origin = new long[n];
        long[] holder = new long[n];
        int c = 0;
        for (int d = 0; d < origins.size(); d++) {
            for (long o : origins.get(d)) {
                if ((int) (o >>> 32) == d) continue;
                origin[c] = o;
                holder[c++] = d;
                origin[c] = o;
                holder[c++] = o >>> 32;
            }
        }
        LongPairSort.sort(origin, holder, 0, n);
        // one entry per pair of distinct holders of an origin, then the pairs counted
        long[] pairs = new long[16];
        int p = 0;
        for (int s = 0; s < n; ) {
            int e = s + 1;
            while (e < n && origin[e] == origin[s]) e++;
            for (int x = s; x < e; x++) {
                if (x > s && holder[x] == holder[x - 1]) continue;
                for (int y = x + 1; y < e; y++) {
                    if (holder[y] == holder[y - 1] || holder[y] == holder[x]) continue;
                    if (p == pairs.length) pairs = Arrays.copyOf(pairs, p * 2);
                    pairs[p++] = pair((int) holder[x], (int) holder[y]);
                }
            }
            s = e;
        }
        Arrays.sort(pairs, 0, p);
        Set<Long> out = new HashSet<>();
        for (int s = 0; s < p; ) {
            int e = s + 1;
            while (e < p && pairs[e] == pairs[s]) e++;
            if (e - s >= min) out.add(pairs[s]);
            s = e;
        }
        return out;
    }

    // ------------------------------------------------------------------ scoring

    static Score score(Corpus corpus, List<Match> matches) {
        Map<Text, Integer> index = new HashMap<>();
        for (int i = 0; i < corpus.texts().size(); i++) index.put(corpus.texts().get(i), i);
        Set<Long> found = new HashSet<>();
        for (Match m : matches) found.add(pair(index.get(m.a()), index.get(m.b())));
        int plantedFound = 0;
        for (long p : corpus.planted()) if (found.contains(p)) plantedFound++;
        int correct = 0;
        for (long p : found) if (corpus.planted().contains(p) || corpus.related().contains(p)) correct++;
        double recall = corpus.planted().isEmpty() ? 1 : (double) plantedFound / corpus.planted().size();
        double precision = found.isEmpty() ? 1 : (double) correct / found.size();
        return new Score(matches.size(), found.size(), corpus.planted().size(), plantedFound, correct, recall, precision);
    }

    static List<Match> find(Corpus corpus) {
        QuotationFinder finder = new QuotationFinder();
        for (Text t : corpus.texts()) finder.add(t);
        return finder.findAll();
    }

    // ------------------------------------------------------------------ main

    public static void main(String[] args) {
        int docs = 10_000;
        long seed = 42;
        boolean warmup = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--no-warmup" -> warmup = false;
                default -> throw new IllegalArgumentException("usage: QuotationBenchmark [--docs N] [--seed S] [--no-warmup]");
            }
        }
        if (warmup) {
            for (int i = 0; i < 3; i++) find(generate(2000, seed + 1 + i));   // JIT warm-up, not measured
        }

        Corpus corpus = generate(docs, seed);
        long baseline = usedAfterGc();
        // peak: the heap in use sampled every 5 ms during the run (includes garbage not yet collected: an upper bound)
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peakUsed = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        // peak live heap: the largest heap in use just after a collection during the run (a lower bound of the need)
        AtomicLong peakAfterGc = new AtomicLong();
        AtomicBoolean listening = new AtomicBoolean(true);
        NotificationListener onGc = (notification, handback) -> {
            if (!listening.get() || !notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
            peakAfterGc.accumulateAndGet(after, Math::max);
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) emitter.addNotificationListener(onGc, null, null);
        }

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        QuotationFinder finder = new QuotationFinder();
        for (Text t : corpus.texts()) finder.add(t);
        long t1 = System.nanoTime();
        List<Match> matches = finder.findAll();
        long t2 = System.nanoTime();
        long cpu = os.getProcessCpuTime() - cpu0;

        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long peak = Math.max(peakUsed.get(), memory.getHeapMemoryUsage().getUsed());
        listening.set(false);
        long peakLive = peakAfterGc.get();
        long retained = usedAfterGc();
        Score s = score(corpus, matches);
        double seconds = (t2 - t0) / 1e9;
        Locale l = Locale.ROOT;
        System.out.printf(l, "documents: %d%n", docs);
        System.out.printf(l, "total words: %d%n", corpus.words());
        System.out.printf(l, "processors: %d, max heap: %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(l, "time add: %.3f s, findAll: %.3f s, total: %.3f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, seconds);
        System.out.printf(l, "process CPU time during add+findAll (all threads, incl. GC): %.3f s%n", cpu / 1e9);
        System.out.printf(l, "documents/s: %.0f%n", docs / seconds);
        System.out.printf(l, "words/s: %.0f%n", corpus.words() / seconds);
        System.out.printf(l, "corpus heap after GC (the generated texts): %d MB%n", baseline >> 20);
        System.out.printf(l, "peak heap in use during the run (sampled every 5 ms, incl. garbage): %d MB (%d MB above the corpus)%n",
                peak >> 20, Math.max(0, peak - baseline) >> 20);
        System.out.printf(l, "peak heap after a GC during the run (live data at collections): %s%n",
                peakLive == 0 ? "no collection during the run" : (peakLive >> 20) + " MB (" + (Math.max(0, peakLive - baseline) >> 20) + " MB above the corpus)");
        System.out.printf(l, "retained after the run, after GC (finder + matches): %d MB%n", Math.max(0, retained - baseline) >> 20);
        System.out.printf(l, "matches: %d, document pairs linked: %d%n", s.matches(), s.pairsFound());
        System.out.printf(l, "planted pairs: %d, found: %d%n", s.planted(), s.plantedFound());
        System.out.printf(l, "recall: %.4f%n", s.recall());
        System.out.printf(l, "precision: %.4f (%d of %d linked pairs planted or sharing >= 20 words of common origin)%n",
                s.precision(), s.correctPairs(), s.pairsFound());
        Map<Text, Integer> index = new HashMap<>();
        for (int i = 0; i < corpus.texts().size(); i++) index.put(corpus.texts().get(i), i);
        Set<Long> found = new HashSet<>();
        for (Match m : matches) found.add(pair(index.get(m.a()), index.get(m.b())));
        corpus.planted().stream().filter(p -> !found.contains(p)).sorted().limit(10)
                .forEach(p -> System.out.printf(l, "  missed: doc%d ~ doc%d%n", p >>> 32, (int) (long) p));
        if (finder.hashCode() == 0) System.out.print("");   // keep the finder reachable until the retained measure
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
