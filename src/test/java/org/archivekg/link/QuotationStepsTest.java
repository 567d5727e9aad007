package org.archivekg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.archivekg.link.QuotationFinder.Match;
import org.archivekg.link.QuotationFinder.Text;
import org.junit.jupiter.api.Test;

/**
 * The finder's steps for a distributed run — {@link QuotationFinder#shingles}, {@link QuotationFinder#shingleSeeds}
 * per shingle, {@link QuotationFinder#alignSeeds} per pair of texts — joined here with plain maps, as the Spark job
 * joins them, give exactly what {@link QuotationFinder#findAll} gives: on the benchmark's synthetic corpus (quotations
 * with OCR noise and edits), plus a boilerplate passage in more texts than the limit, and texts of one group.
 */
class QuotationStepsTest {

    @Test
    void theShingleJoinGivesWhatFindAllGives() {
        List<Text> texts = new ArrayList<>(QuotationBenchmark.generate(400, 11).texts());
        // a passage in 60 "en" texts: over the boilerplate limit (50), so its shingles give no seeds
        String boilerplate = " Printed in the collection of documents of the foreign policy of the republic in the year of "
                + "the great change by the editorial board of the ministry under the direction of its chief archivist. ";
        for (int i = 1; i <= 120 && i < texts.size(); i += 2) {
            Text t = texts.get(i);
            texts.set(i, new Text(t.id(), t.group(), t.language(), t.text() + boilerplate));
        }
        // two texts of one group (one file) share a passage: never compared
        Text a = texts.get(200);
        texts.add(new Text("same-file", a.group(), a.language(), a.text()));

        QuotationFinder finder = new QuotationFinder();
        texts.forEach(finder::add);
        List<Match> expected = finder.findAll();

        List<Match> joined = join(texts);
        assertFalse(expected.isEmpty(), "the corpus has quotations");
        assertTrue(expected.stream().noneMatch(m -> m.a().group().equals(m.b().group())), "a match inside one group");
        assertTrue(expected.stream().noneMatch(m -> m.a().text().indexOf(boilerplate) >= 0 && m.aStart() >= m.a().text().indexOf(boilerplate)
                && m.b().text().indexOf(boilerplate) >= 0 && m.bStart() >= m.b().text().indexOf(boilerplate)), "boilerplate matched");
        assertEquals(expected, joined, "matches of the shingle join vs findAll");
    }

    /** The distributed run's joins, with maps: postings by shingle → seeds by pair → alignment per pair. */
    private static List<Match> join(List<Text> texts) {
        QuotationFinder steps = new QuotationFinder();
        Map<String, Integer> languages = new HashMap<>();
        Map<String, Integer> groups = new HashMap<>();
        int[] language = new int[texts.size()];
        int[] group = new int[texts.size()];
        Map<Long, List<long[]>> postings = new HashMap<>();
        for (int t = 0; t < texts.size(); t++) {
            language[t] = languages.computeIfAbsent(texts.get(t).language(), k -> languages.size());
            group[t] = groups.computeIfAbsent(texts.get(t).group(), k -> groups.size());
            long[] shingles = steps.shingles(texts.get(t));
            for (int i = 0; i < shingles.length; i++) postings.computeIfAbsent(shingles[i], k -> new ArrayList<>()).add(new long[] {t, i});
        }
        int maxTexts = QuotationFinder.maxTexts(texts.size());
        Map<Long, List<Long>> seeds = new TreeMap<>();
        for (List<long[]> p : postings.values()) {
            int n = p.size();
            int[] text = new int[n];
            int[] position = new int[n];
            int[] lang = new int[n];
            int[] grp = new int[n];
            for (int i = 0; i < n; i++) {   // already in (text, position) order
                text[i] = (int) p.get(i)[0];
                position[i] = (int) p.get(i)[1];
                lang[i] = language[text[i]];
                grp[i] = group[text[i]];
            }
            QuotationFinder.shingleSeeds(n, text, position, lang, grp, maxTexts,
                    (x, y, px, py) -> seeds.computeIfAbsent(((long) x << 32) | y, k -> new ArrayList<>()).add(((long) px << 32) | py));
        }
        List<Match> out = new ArrayList<>();
        for (Map.Entry<Long, List<Long>> e : seeds.entrySet()) {   // pairs in order of (a, b)
            long[] s = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            int[] pa = Arrays.stream(s).mapToInt(v -> (int) (v >>> 32)).toArray();
            int[] pb = Arrays.stream(s).mapToInt(v -> (int) v).toArray();
            out.addAll(steps.alignSeeds(texts.get((int) (e.getKey() >>> 32)), texts.get((int) (long) e.getKey()), pa, pb));
        }
        return out;
    }
}
