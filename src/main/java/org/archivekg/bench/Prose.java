package org.archivekg.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The running text of generated letters, in one language: sentences of pseudo-words drawn from a Zipf (s = 1)
 * vocabulary, mixed with the language's commonest function words. Pseudo-words keep generated texts from sharing
 * passages by chance (the quotation finder would rightly link them); words the extractor treats as cues (months,
 * "reply", "your", "sent", address markers …) or that are someone's name are never drawn, so that every reference,
 * address and signature in a generated text is one the generator put there.
 */
final class Prose {

    private static final int VOCABULARY = 4000;

    private static final String[] RU_FUNCTION = {"и", "в", "не", "на", "что", "с", "по", "как", "о", "из", "за", "это",
            "но", "же", "бы", "так", "все", "мы", "они", "его", "их", "при", "уже", "только", "также", "этого", "нас"};
    private static final String[] EN_FUNCTION = {"the", "of", "and", "in", "a", "that", "is", "was", "with", "as", "by", "on",
            "it", "at", "be", "this", "which", "not", "are", "have", "all", "they", "our", "we", "will", "their", "an", "also"};
    private static final String RU_ONSETS = "бвгдзклмнпрстфхцчшжщ";
    private static final String RU_VOWELS = "аеиоуыя";
    private static final String EN_ONSETS = "bcdfghjklmnprstvwz";
    private static final String EN_VOWELS = "aeiouy";

    final String language;
    private final String[] words;
    private final String[] function;
    private final double[] cumulative;

    /** A vocabulary for "ru" or "en"; {@code forbidden} rejects words the extractor would read as something. */
    Prose(String language, Random random, Predicate<String> forbidden) {
        this.language = language;
        boolean ru = language.equals("ru");
        this.function = ru ? RU_FUNCTION : EN_FUNCTION;
        Set<String> seen = new HashSet<>(Arrays.asList(function));
        List<String> vocabulary = new ArrayList<>(VOCABULARY);
        while (vocabulary.size() < VOCABULARY) {
            String w = pseudoWord(random, ru ? RU_ONSETS : EN_ONSETS, ru ? RU_VOWELS : EN_VOWELS);
            if (seen.add(w) && !forbidden.test(w) && !forbidden.test(capitalise(w))) vocabulary.add(w);
        }
        this.words = vocabulary.toArray(String[]::new);
        this.cumulative = new double[VOCABULARY];
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) cumulative[i] /= sum;
    }

    private static String pseudoWord(Random r, String onsets, String vowels) {
        int syllables = 2 + r.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            sb.append(onsets.charAt(r.nextInt(onsets.length()))).append(vowels.charAt(r.nextInt(vowels.length())));
            if (r.nextInt(4) == 0) sb.append(onsets.charAt(r.nextInt(onsets.length())));
        }
        return sb.toString();
    }

    String word(Random r) {
        if (r.nextDouble() < 0.3) return function[r.nextInt(function.length)];
        int i = Arrays.binarySearch(cumulative, r.nextDouble());
        return words[Math.min(VOCABULARY - 1, i < 0 ? -i - 1 : i)];
    }

    /** A sentence of 6–17 words: capitalised, a comma here and there, a full stop. */
    String sentence(Random r) {
        StringBuilder sb = new StringBuilder();
        sentence(r, sb);
        return sb.toString();
    }

    /** Appends a sentence; returns its number of words. */
    private int sentence(Random r, StringBuilder sb) {
        int n = 6 + r.nextInt(12);
        String first = word(r);
        sb.append(Character.toUpperCase(first.charAt(0))).append(first, 1, first.length());
        for (int i = 1; i < n; i++) {
            if (i > 2 && i < n - 2 && r.nextInt(9) == 0) sb.append(',');
            sb.append(' ').append(word(r));
        }
        sb.append('.');
        return n;
    }

    /** A paragraph of about {@code words} words, on one line (as the sources print them). */
    String paragraph(Random r, int words) {
        StringBuilder sb = new StringBuilder(words * 9);
        int n = 0;
        while (n < words) {
            if (n > 0) sb.append(' ');
            n += sentence(r, sb);
        }
        return sb.toString();
    }

    static int wordCount(CharSequence s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    static String capitalise(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}
