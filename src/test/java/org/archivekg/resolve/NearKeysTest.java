package org.archivekg.resolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

/** The pigeonhole filter never loses a key within the edit limit (checked against a full scan on random keys). */
class NearKeysTest {

    @Test
    void everyKeyWithinTheLimitIsACandidate() {
        Random random = new Random(11);
        List<String> keys = new ArrayList<>();
        NearKeys index = new NearKeys();
        for (int i = 0; i < 3000; i++) {
            String k = word(random, 1 + random.nextInt(16));
            keys.add(k);
            index.add(k);
        }
        LevenshteinDistance lev = new LevenshteinDistance();
        int found = 0;
        for (int q = 0; q < 1500; q++) {
            // queries near existing keys (one or two edits) and random ones
            String query = q % 3 == 2 ? word(random, 1 + random.nextInt(16)) : edit(random, keys.get(random.nextInt(keys.size())), 1 + q % 2);
            for (int limit = 1; limit <= 2; limit++) {
                Set<String> candidates = index.candidates(query, limit);
                for (String k : keys) {
                    if (lev.apply(query, k) <= limit) {
                        found++;
                        assertTrue(candidates.contains(k), "'" + k + "' is within " + limit + " of '" + query + "' but no candidate");
                    }
                }
            }
        }
        assertTrue(found > 1000, "the test compared near keys: " + found);
    }

    private static String word(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append((char) ('a' + r.nextInt(6)));
        return sb.toString();
    }

    private static String edit(Random r, String s, int edits) {
        StringBuilder sb = new StringBuilder(s);
        for (int e = 0; e < edits; e++) {
            int op = r.nextInt(3);
            int at = sb.length() == 0 ? 0 : r.nextInt(sb.length());
            if (op == 0 || sb.length() == 0) sb.insert(at, (char) ('a' + r.nextInt(6)));
            else if (op == 1) sb.deleteCharAt(at);
            else sb.setCharAt(at, (char) ('a' + r.nextInt(6)));
        }
        return sb.toString();
    }
}
