package org.archivekg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The keys that may lie within two edits of a string, found without comparing the string to every key. Each key is
 * cut into three pieces; an edit changes at most one piece, so a string within two edits of a key still contains one
 * of its pieces, shifted by at most two places (the pigeonhole filter of approximate string matching; Navarro, "A
 * guided tour to approximate string matching", 2001, §7). The candidates still need their distance computed.
 */
final class NearKeys {

    private static final int PIECES = 3;
    private static final int MAX_EDITS = PIECES - 1;

    private final Map<String, List<String>> byPiece = new HashMap<>();
    private final List<String> shortKeys = new ArrayList<>();

    void add(String key) {
        int n = key.length();
        if (n < PIECES) {
            shortKeys.add(key);
            return;
        }
        for (int i = 0; i < PIECES; i++) {
            String piece = key.substring(start(n, i), start(n, i + 1));
            byPiece.computeIfAbsent(n + ":" + i + ":" + piece, k -> new ArrayList<>()).add(key);
        }
    }

    /** Every key within {@code edits} (at most two) of the string, and some farther ones; in key order. */
    Set<String> candidates(String s, int edits) {
        if (edits > MAX_EDITS) throw new IllegalArgumentException("at most " + MAX_EDITS + " edits");
        Set<String> out = new TreeSet<>();
        for (String k : shortKeys) if (Math.abs(k.length() - s.length()) <= edits) out.add(k);
        for (int n = Math.max(PIECES, s.length() - edits); n <= s.length() + edits; n++) {
            for (int i = 0; i < PIECES; i++) {
                int at = start(n, i);
                int len = start(n, i + 1) - at;
                for (int shift = -edits; shift <= edits; shift++) {
                    int from = at + shift;
                    if (from < 0 || from + len > s.length()) continue;
                    List<String> keys = byPiece.get(n + ":" + i + ":" + s.substring(from, from + len));
                    if (keys != null) out.addAll(keys);
                }
            }
        }
        return out;
    }

    private static int start(int length, int piece) {
        return piece * length / PIECES;
    }
}
