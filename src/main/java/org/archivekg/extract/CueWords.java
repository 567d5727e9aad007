package org.archivekg.extract;

import java.util.BitSet;
import java.util.List;

/**
 * Finds the first of a set of cue words in a text, as whole words: a cue matches where no letter precedes it and
 * none follows it. "I" is matched in capitals only, every other cue in any case. The same answer as the first match
 * of {@code (?<!\p{L})(?:cue1|cue2|…)(?!\p{L})} (case-insensitive, Unicode case) but without the regex engine:
 * ReferenceRule asks this five times of every sentence, and the regex tried every cue at every position
 * (profiled: 10 % of the extraction).
 */
final class CueWords {

    private final String[] cues;
    private final boolean[] caseSensitive;
    /** The characters (UTF-16 units) a cue can start with, in every case variant a case-insensitive match accepts. */
    private final BitSet firstChars = new BitSet(Character.MAX_VALUE + 1);

    CueWords(List<String> cues) {
        this.cues = cues.toArray(String[]::new);
        this.caseSensitive = new boolean[this.cues.length];
        StringBuilder first = new StringBuilder(); // the first characters and their case variants
        for (int i = 0; i < this.cues.length; i++) {
            String cue = this.cues[i];
            if (cue.isEmpty()) throw new IllegalArgumentException("empty cue");
            caseSensitive[i] = cue.equals("I");
            char c = cue.charAt(0);
            first.append(c).append(Character.toUpperCase(c)).append(Character.toLowerCase(c))
                    .append(Character.toLowerCase(Character.toUpperCase(c)));
        }
        // a table of every char, so that the scan asks no case question per character (profiled: toUpperCase was the cost)
        String firsts = first.toString();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (firsts.indexOf(c) >= 0 || firsts.indexOf(Character.toLowerCase(Character.toUpperCase((char) c))) >= 0) firstChars.set(c);
        }
    }

    /** Where the earliest cue starts, or -1. */
    int firstIn(String text) {
        int n = text.length();
        for (int p = 0; p < n; p++) {
            if (!firstChars.get(text.charAt(p))) continue;
            // one char back, as the regex's one-character lookbehind sees it (half a surrogate pair is no letter)
            if (p > 0 && Character.isLetter(text.charAt(p - 1))) continue;
            for (int i = 0; i < cues.length; i++) {
                String cue = cues[i];
                int end = p + cue.length();
                if (end > n || !text.regionMatches(!caseSensitive[i], p, cue, 0, cue.length())) continue;
                if (end == n || !Character.isLetter(text.codePointAt(end))) return p;
            }
        }
        return -1;
    }
}
