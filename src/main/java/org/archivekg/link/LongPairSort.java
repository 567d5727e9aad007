package org.archivekg.link;

/** In-place sort of two parallel {@code long} arrays by (first, second), without boxing: a 3-way quicksort. */
final class LongPairSort {

    private LongPairSort() {
    }

    /** Sorts the entries [from, to) of {@code x} and {@code y} together, by x then y. */
    static void sort(long[] x, long[] y, int from, int to) {
        while (to - from > 24) {
            // median of three as pivot
            int mid = (from + to) >>> 1;
            int p = median(x, y, from, mid, to - 1);
            long px = x[p];
            long py = y[p];
            // Dijkstra 3-way partition: [from, lt) < pivot, [lt, i) == pivot, (gt, to) > pivot
            int lt = from;
            int gt = to - 1;
            int i = from;
            while (i <= gt) {
                int c = compare(x[i], y[i], px, py);
                if (c < 0) swap(x, y, lt++, i++);
                else if (c > 0) swap(x, y, i, gt--);
                else i++;
            }
            // recurse into the smaller side, loop on the larger: stack depth O(log n)
            if (lt - from < to - (gt + 1)) {
                sort(x, y, from, lt);
                from = gt + 1;
            } else {
                sort(x, y, gt + 1, to);
                to = lt;
            }
        }
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && compare(x[j - 1], y[j - 1], x[j], y[j]) > 0; j--) swap(x, y, j - 1, j);
        }
    }

    private static int compare(long ax, long ay, long bx, long by) {
        int c = Long.compare(ax, bx);
        return c != 0 ? c : Long.compare(ay, by);
    }

    private static int median(long[] x, long[] y, int a, int b, int c) {
        if (compare(x[a], y[a], x[b], y[b]) > 0) {
            int t = a;
            a = b;
            b = t;
        }
        if (compare(x[b], y[b], x[c], y[c]) > 0) {
            b = c;
            if (compare(x[a], y[a], x[b], y[b]) > 0) b = a;
        }
        return b;
    }

    private static void swap(long[] x, long[] y, int i, int j) {
        long t = x[i];
        x[i] = x[j];
        x[j] = t;
        t = y[i];
        y[i] = y[j];
        y[j] = t;
    }
}
