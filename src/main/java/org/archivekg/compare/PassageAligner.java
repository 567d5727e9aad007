package org.archivekg.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;

/**
 * Aligns the passages of two versions of one text: Myers' diff (java-diff-utils) over the passage lists, two
 * passages counting as "the same" when their word sets are at least half alike (Dice coefficient); inside a changed block the
 * passages are paired in order, and what is left over stands alone (a passage added or dropped).
 */
final class PassageAligner {

    /** A row of the alignment: the index of a passage in each version, or -1 where that version has none. */
    record Pair(int left, int right) {
    }

    private static final double SAME_PASSAGE = 0.5;

    private PassageAligner() {
    }

    static List<Pair> align(List<Version.Passage> left, List<Version.Passage> right) {
        List<Set<String>> l = left.stream().map(p -> WordDiff.wordSet(p.text())).toList();
        List<Set<String>> r = right.stream().map(p -> WordDiff.wordSet(p.text())).toList();
        Patch<Set<String>> patch = DiffUtils.diff(l, r, (a, b) -> overlap(a, b) >= SAME_PASSAGE);
        List<Pair> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<Set<String>> d : patch.getDeltas()) {
            int si = d.getSource().getPosition();
            int ti = d.getTarget().getPosition();
            while (i < si && j < ti) pairs.add(new Pair(i++, j++));
            int sn = d.getSource().size();
            int tn = d.getTarget().size();
            int both = d.getType() == DeltaType.CHANGE ? Math.min(sn, tn) : 0;
            for (int k = 0; k < both; k++) pairs.add(new Pair(i++, j++));
            for (int k = both; k < sn; k++) pairs.add(new Pair(i++, -1));
            for (int k = both; k < tn; k++) pairs.add(new Pair(-1, j++));
        }
        while (i < left.size() && j < right.size()) pairs.add(new Pair(i++, j++));
        while (i < left.size()) pairs.add(new Pair(i++, -1));
        while (j < right.size()) pairs.add(new Pair(-1, j++));
        return pairs;
    }

    /** Dice's coefficient of the two word sets: twice the shared words over the words of both. */
    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return a.isEmpty() && b.isEmpty() ? 1 : 0;
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return 2.0 * shared.size() / (a.size() + b.size());
    }
}
