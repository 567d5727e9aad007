package org.archivekg.extract;

import java.util.BitSet;
import java.util.List;

/**
 * Finds, for each of several sets of cue words (one set per role: "your", "I", "sent" …), where the first of them
 * occurs in a text as a whole word: a cue matches where no letter precedes it and none follows it. "I" is matched in
 * capitals only, every other cue in any case. Per set, the same answer as the first match of
 * {@code (?<!\p{L})(?:cue1|cue2|…)(?!\p{L})} (case-insensitive, Unicode case), but all sets in one pass over the text
 * and without the regex engine: ReferenceRule asks this of every sentence, and the regexes, one per set, were a tenth
 * of the extraction (profiled).
 */
final class CueWords {

    /**
     * Every char folded as a case-insensitive comparison folds it: lower case of upper case. Two chars are equal
     * ignoring case (String.regionMatches) exactly when their folds are; a table lookup instead of two case conversions.
     */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) FOLD[c] = Character.toLowerCase(Character.toUpperCase((char) c));
    }

    private final String[][] cues;
    /** The cues folded ({@link #FOLD}), or as written where matched in their case. */
    private final char[][][] folded;
    private final boolean[][] caseSensitive;
    /** Per set, the characters (UTF-16 units) a cue can start with, in every case variant a case-insensitive match accepts. */
    private final BitSet[] firstChars;
    /** The union of {@link #firstChars}. */
    private final BitSet anyFirstChar = new BitSet(Character.MAX_VALUE + 1);

    CueWords(List<List<String>> sets) {
        int n = sets.size();
        this.cues = new String[n][];
        this.caseSensitive = new boolean[n][];
        this.folded = new char[n][][];
        this.firstChars = new BitSet[n];
        for (int s = 0; s < n; s++) {
            cues[s] = sets.get(s).toArray(String[]::new);
            caseSensitive[s] = new boolean[cues[s].length];
            folded[s] = new char[cues[s].length][];
            StringBuilder first = new StringBuilder(); // the first characters and their case variants
            for (int i = 0; i < cues[s].length; i++) {
                String cue = cues[s][i];
                if (cue.isEmpty()) throw new IllegalArgumentException("empty cue");
                caseSensitive[s][i] = cue.equals("I");
                folded[s][i] = cue.toCharArray();
                if (!caseSensitive[s][i]) for (int k = 0; k < folded[s][i].length; k++) folded[s][i][k] = FOLD[folded[s][i][k]];
                char c = cue.charAt(0);
                first.append(c).append(Character.toUpperCase(c)).append(Character.toLowerCase(c))
                        .append(Character.toLowerCase(Character.toUpperCase(c)));
            }
            // a table of every char, so that the scan asks no case question per character (toUpperCase was the cost)
            firstChars[s] = new BitSet(Character.MAX_VALUE + 1);
            String firsts = first.toString();
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                if (firsts.indexOf(c) >= 0 || firsts.indexOf(Character.toLowerCase(Character.toUpperCase((char) c))) >= 0) firstChars[s].set(c);
            }
            anyFirstChar.or(firstChars[s]);
        }
    }

    /** Per set (in the constructor's order), where its earliest cue starts, or -1. */
    int[] firstIn(String text) {
        int[] at = new int[cues.length];
        java.util.Arrays.fill(at, -1);
        int missing = cues.length;
        int n = text.length();
        for (int p = 0; p < n && missing > 0; p++) {
            char c = text.charAt(p);
            if (!anyFirstChar.get(c)) continue;
            // one char back, as the regex's one-character lookbehind sees it (half a surrogate pair is no letter)
            if (p > 0 && Character.isLetter(text.charAt(p - 1))) continue;
            for (int s = 0; s < cues.length; s++) {
                if (at[s] >= 0 || !firstChars[s].get(c)) continue;
                if (matchesAt(text, p, s)) {
                    at[s] = p;
                    missing--;
                }
            }
        }
        return at;
    }

    private static boolean regionEquals(String text, int p, char[] cue, boolean caseSensitive) {
        for (int k = 0; k < cue.length; k++) {
            char c = text.charAt(p + k);
            if ((caseSensitive ? c : FOLD[c]) != cue[k]) return false;
        }
        return true;
    }

    private boolean matchesAt(String text, int p, int set) {
        int n = text.length();
        for (int i = 0; i < cues[set].length; i++) {
            char[] cue = folded[set][i];
            int end = p + cue.length;
            if (end > n || !regionEquals(text, p, cue, caseSensitive[set][i])) continue;
            if (end == n || !Character.isLetter(text.codePointAt(end))) return true;
        }
        return false;
    }
}
