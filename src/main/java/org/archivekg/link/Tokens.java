package org.archivekg.link;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The normalised words of a text, for text-reuse detection ({@link QuotationFinder}), each with its exact character
 * span in the original text so that matches map back to the source.
 *
 * <p>Normalisation, chosen so that two printings of one text that differ only by OCR noise or typography give the
 * same word sequence:
 * <ul>
 *   <li>a word is a run of letters and digits (Unicode); combining marks inside a word are kept with it;
 *       soft hyphens and zero-width characters inside a word are ignored;</li>
 *   <li>everything else — punctuation, quotes of any style (« » “ ” " '), dashes, brackets, markup — separates words
 *       and is dropped; line breaks are ordinary whitespace;</li>
 *   <li>a word broken at a line end by a hyphen ("япон-\n\nского") is joined with the next word when that one
 *       starts in lower case; lines between them that carry no letters (page numbers "114", "- 2 -") are skipped;</li>
 *   <li>lower case; NFC, then remaining combining marks (stress accents) dropped; ё → е;</li>
 *   <li>a word that mixes Latin and Cyrillic letters (OCR or typing noise: "Maо" with Latin M, a) has its
 *       look-alike letters mapped to the script of the text's language: Cyrillic for "ru", Latin for "en", else
 *       the majority script of the word (Cyrillic on a tie).</li>
 * </ul>
 * Each word is hashed to 64 bits (FNV-1a, then the SplitMix64 finaliser).
 */
final class Tokens {

    /** Number of words. */
    final int size;
    /** Character offset of each word's first character in the text. */
    final int[] start;
    /** Character offset just past each word's last character (a joined hyphenated word ends after its second part). */
    final int[] end;
    /** 64-bit hash of each normalised word. */
    final long[] hash;
    /** The normalised words, or null when not asked for. */
    final String[] words;

    private Tokens(int size, int[] start, int[] end, long[] hash, String[] words) {
        this.size = size;
        this.start = start;
        this.end = end;
        this.hash = hash;
        this.words = words;
    }

    /** Tokenises {@code text}; {@code language} (e.g. "ru", "en", may be null) decides the script of mixed words. */
    static Tokens of(String text, String language, boolean keepWords) {
        Script target = Script.forLanguage(language);
        int cap = Math.max(16, text.length() / 6);
        int[] start = new int[cap];
        int[] end = new int[cap];
        long[] hash = new long[cap];
        String[] words = keepWords ? new String[cap] : null;
        int n = 0;
        StringBuilder sb = new StringBuilder(32);
        int len = text.length();
        int i = 0;
        while (i < len) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int s = i;
            int e;
            sb.setLength(0);
            boolean marks = false;
            while (true) {
                while (i < len) {
                    int c = text.codePointAt(i);
                    if (Character.isLetterOrDigit(c)) {
                        appendLower(sb, c);
                    } else if (isMark(c)) {
                        marks = true;
                        sb.appendCodePoint(c);
                    } else if (!isIgnorable(c)) {
                        break;
                    }
                    i += Character.charCount(c);
                }
                e = i;
                int next = hyphenContinuation(text, i);
                if (next < 0) break;
                i = next;
            }
            // strip trailing ignorables from the span (a soft hyphen at the end of a word is not part of it)
            while (e > s && isIgnorable(text.charAt(e - 1))) e--;
            String w = normalise(sb, marks, target);
            if (w.isEmpty()) continue;
            if (n == start.length) {
                int c2 = n * 2;
                start = Arrays.copyOf(start, c2);
                end = Arrays.copyOf(end, c2);
                hash = Arrays.copyOf(hash, c2);
                if (words != null) words = Arrays.copyOf(words, c2);
            }
            start[n] = s;
            end[n] = e;
            hash[n] = hash(w);
            if (words != null) words[n] = w;
            n++;
        }
        return new Tokens(n, start, end, hash, words);
    }

    /** Shingle hashes: {@code result[p]} hashes words p … p+k-1 (order-sensitive); empty when fewer than k words. */
    long[] shingles(int k) {
        int m = size - k + 1;
        if (m <= 0) return new long[0];
        long[] out = new long[m];
        for (int p = 0; p < m; p++) {
            long h = 0x2545F4914F6CDD1DL;
            for (int t = p; t < p + k; t++) h = h * 0x9E3779B97F4A7C15L + hash[t];
            out[p] = mix(h);
        }
        return out;
    }

    // ------------------------------------------------------------------ characters

    private static boolean isMark(int c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /** Characters that do not break a word and are dropped: soft hyphen, zero-width space/joiners, BOM. */
    private static boolean isIgnorable(int c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00AC' || c == '\u00AD';
    }

    /**
     * If a word that ends at {@code i} is hyphenated across a line break, the offset where its continuation starts;
     * otherwise -1. Up to three lines without letters (page numbers, "- 2 -") may lie between the two parts.
     */
    static int hyphenContinuation(String text, int i) {
        int len = text.length();
        if (i >= len || !isHyphen(text.charAt(i))) return -1;
        int j = i + 1;
        while (j < len && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
        if (j >= len || (text.charAt(j) != '\n' && text.charAt(j) != '\r')) return -1;
        int skipped = 0;
        while (true) {
            while (j < len && Character.isWhitespace(text.charAt(j))) j++;
            if (j >= len) return -1;
            int lineEnd = text.indexOf('\n', j);
            if (lineEnd < 0) lineEnd = len;
            boolean letters = false;
            for (int x = j; x < lineEnd; x++) {
                if (Character.isLetter(text.charAt(x))) {
                    letters = true;
                    break;
                }
            }
            if (letters) break;
            if (++skipped > 3 || lineEnd - j > 20 || lineEnd >= len) return -1;
            j = lineEnd;
        }
        int cp = text.codePointAt(j);
        return Character.isLowerCase(cp) ? j : -1;
    }

    private static void appendLower(StringBuilder sb, int c) {
        int l = Character.toLowerCase(c);
        if (l == 'ё') l = 'е';
        sb.appendCodePoint(l);
    }

    // ------------------------------------------------------------------ scripts

    enum Script {
        CYRILLIC, LATIN, MAJORITY;

        static Script forLanguage(String language) {
            if (language == null) return MAJORITY;
            String l = language.toLowerCase(java.util.Locale.ROOT);
            if (l.startsWith("ru") || l.startsWith("uk") || l.startsWith("be") || l.startsWith("bg")) return CYRILLIC;
            if (l.startsWith("en")) return LATIN;
            return MAJORITY;
        }
    }

    /** Latin letters (lower case) that look like Cyrillic ones, and their Cyrillic twins. */
    private static final String LATIN_LOOKALIKES = "aeopcxykmthb";
    private static final String CYRILLIC_TWINS = "аеорсхукмтнв";
    /** Cyrillic letters (lower case) that look like Latin ones, and their Latin twins. */
    private static final String CYRILLIC_LOOKALIKES = "аеорсхукмтнвіјѕ";
    private static final String LATIN_TWINS = "aeopcxykmthbijs";

    private static String normalise(StringBuilder sb, boolean marks, Script target) {
        String w = sb.toString();
        if (marks) {
            w = Normalizer.normalize(w, Normalizer.Form.NFC);
            StringBuilder b = new StringBuilder(w.length());
            w.codePoints().filter(c -> !isMark(c)).map(c -> c == 'ё' ? 'е' : c).forEach(b::appendCodePoint);
            w = b.toString();
        }
        int latin = 0;
        int cyrillic = 0;
        for (int x = 0; x < w.length(); x++) {
            char c = w.charAt(x);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z') latin++;
            } else if (c >= 0x0400 && c <= 0x04FF) {
                cyrillic++;
            } else if (Character.isLetter(c)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.LATIN) latin++;
                else if (script == Character.UnicodeScript.CYRILLIC) cyrillic++;
            }
        }
        if (latin == 0 || cyrillic == 0) return w;
        Script to = target == Script.MAJORITY ? (cyrillic >= latin ? Script.CYRILLIC : Script.LATIN) : target;
        String from = to == Script.CYRILLIC ? LATIN_LOOKALIKES : CYRILLIC_LOOKALIKES;
        String into = to == Script.CYRILLIC ? CYRILLIC_TWINS : LATIN_TWINS;
        char[] cs = w.toCharArray();
        for (int x = 0; x < cs.length; x++) {
            int k = from.indexOf(cs[x]);
            if (k >= 0) cs[x] = into.charAt(k);
        }
        return new String(cs);
    }

    // ------------------------------------------------------------------ hashing

    static long hash(String w) {
        long h = 0xcbf29ce484222325L;
        for (int x = 0; x < w.length(); x++) {
            h ^= w.charAt(x);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
