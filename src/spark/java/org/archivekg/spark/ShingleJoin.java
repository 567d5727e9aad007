package org.archivekg.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.archivekg.link.QuotationFinder;

import scala.Tuple2;

/**
 * Quotation candidates as a distributed join, with the rules of {@link QuotationFinder}: every text's shingles become
 * postings (shingle hash → text, word position); grouping by hash gives each shingle's postings, and
 * {@link QuotationFinder#shingleSeeds} turns them into seeds (pairs of texts that share it, with both positions);
 * grouping the seeds by pair of texts and joining both texts back gives each pair to
 * {@link QuotationFinder#alignSeeds}. No pair of texts meets unless they share a shingle, as in the single-machine
 * finder, which does the same with a sorted in-memory index. The matches come out as {@code findAll} gives them.
 */
final class ShingleJoin {

    private ShingleJoin() {
    }

    /**
     * A text: its number in the corpus (the order the single-machine finder adds texts in), its document and section
     * (ordinal among the document's quotable sections), and the text itself.
     */
    record TextPiece(int index, int doc, int section, QuotationFinder.Text text) implements Serializable {
    }

    /** The seeds two texts share: the other text's number, and the positions, (pa &lt;&lt; 32 | pb) sorted. */
    record PairSeeds(int other, long[] seeds) implements Serializable {
    }

    /** Where a match lies: texts a &lt; b (corpus order), the passages' offsets; ordered as {@code findAll} orders matches. */
    record MatchKey(int a, int b, int aStart, int bStart, int aEnd, int bEnd) implements Serializable, Comparable<MatchKey> {
        private static final Comparator<MatchKey> ORDER = Comparator.comparingInt(MatchKey::a).thenComparingInt(MatchKey::b)
                .thenComparingInt(MatchKey::aStart).thenComparingInt(MatchKey::bStart)
                .thenComparingInt(MatchKey::aEnd).thenComparingInt(MatchKey::bEnd);

        @Override
        public int compareTo(MatchKey o) {
            return ORDER.compare(this, o);
        }
    }

    /** A match found by the finder's rules, with the documents and sections of both texts. */
    record Found(MatchKey key, int docA, int sectionA, int docB, int sectionB, int words, double similarity, String language)
            implements Serializable {
    }

    /**
     * The matches between the texts (keyed by their number in corpus order), given each text's language and group
     * as numbers and the boilerplate limit for the corpus.
     */
    static JavaRDD<Found> matches(JavaPairRDD<Integer, TextPiece> texts, Broadcast<int[]> languageOf, Broadcast<int[]> groupOf,
                                  int maxTexts, int partitions) {
        // postings: shingle hash → (text << 32 | position); language and group are looked up by text number
        JavaPairRDD<Long, Long> postings = texts.flatMapToPair(t -> {
            long[] shingles = new QuotationFinder().shingles(t._2().text());
            List<Tuple2<Long, Long>> out = new ArrayList<>(shingles.length);
            for (int i = 0; i < shingles.length; i++) out.add(new Tuple2<>(shingles[i], ((long) t._1() << 32) | i));
            return out.iterator();
        });
        // seeds: (a << 32 | b) → (pa << 32 | pb), from each shingle's postings
        JavaPairRDD<Long, Long> seeds = postings.groupByKey(partitions).flatMapToPair(g -> seedsOf(g._2(), languageOf.value(), groupOf.value(), maxTexts));
        // pairs with enough seeds, keyed by text a
        JavaPairRDD<Integer, PairSeeds> pairs = seeds.groupByKey(partitions).flatMapToPair(g -> {
            long[] s = toSortedArray(g._2());
            if (s.length < QuotationFinder.MIN_SEEDS) return java.util.Collections.emptyIterator();
            int a = (int) (g._1() >>> 32);
            int b = (int) (long) g._1();
            return List.of(new Tuple2<>(a, new PairSeeds(b, s))).iterator();
        });
        // both texts joined to the pair, then aligned
        JavaPairRDD<Integer, Tuple2<TextPiece, PairSeeds>> withA = pairs.join(texts, partitions)
                .mapToPair(j -> new Tuple2<>(j._2()._1().other(), new Tuple2<>(j._2()._2(), j._2()._1())));
        return withA.join(texts, partitions).flatMap(j -> {
            TextPiece a = j._2()._1()._1();
            PairSeeds seedsOfPair = j._2()._1()._2();
            TextPiece b = j._2()._2();
            return align(a, b, seedsOfPair.seeds()).iterator();
        });
    }

    /** The finder's alignment of one pair of texts (a before b), from their seeds sorted by position in a, then in b. */
    private static List<Found> align(TextPiece a, TextPiece b, long[] seeds) {
        int[] pa = new int[seeds.length];
        int[] pb = new int[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            pa[i] = (int) (seeds[i] >>> 32);
            pb[i] = (int) seeds[i];
        }
        List<Found> out = new ArrayList<>();
        for (QuotationFinder.Match m : new QuotationFinder().alignSeeds(a.text(), b.text(), pa, pb)) {
            MatchKey key = new MatchKey(a.index(), b.index(), m.aStart(), m.bStart(), m.aEnd(), m.bEnd());
            out.add(new Found(key, a.doc(), a.section(), b.doc(), b.section(), m.words(), m.similarity(), m.a().language()));
        }
        return out;
    }

    /** The seeds of one shingle, from its postings in any order. */
    private static Iterator<Tuple2<Long, Long>> seedsOf(Iterable<Long> postings, int[] languageOf, int[] groupOf, int maxTexts) {
        long[] p = toSortedArray(postings); // by text, then position
        int n = p.length;
        if (n < 2 || n > 4 * maxTexts) return java.util.Collections.emptyIterator();
        int[] text = new int[n];
        int[] position = new int[n];
        int[] language = new int[n];
        int[] group = new int[n];
        for (int i = 0; i < n; i++) {
            text[i] = (int) (p[i] >>> 32);
            position[i] = (int) p[i];
            language[i] = languageOf[text[i]];
            group[i] = groupOf[text[i]];
        }
        List<Tuple2<Long, Long>> out = new ArrayList<>();
        QuotationFinder.shingleSeeds(n, text, position, language, group, maxTexts,
                (a, b, pa, pb) -> out.add(new Tuple2<>(((long) a << 32) | b, ((long) pa << 32) | pb)));
        return out.iterator();
    }

    private static long[] toSortedArray(Iterable<Long> values) {
        long[] a = new long[16];
        int n = 0;
        for (long v : values) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }
        a = Arrays.copyOf(a, n);
        Arrays.sort(a);
        return a;
    }
}
