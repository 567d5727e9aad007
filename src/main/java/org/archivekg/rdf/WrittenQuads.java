package org.archivekg.rdf;

import java.util.Arrays;

import org.apache.jena.graph.Node;

/**
 * What a document's first graph said about the things its links are about (its Records, its people, its
 * publication), kept as 64-bit fingerprints of the triples until its links are written, so that the links do not
 * write a quad of the first graph again. A run streams both parts to its output one after the other and does not keep
 * the first: without this, a fact that gains evidence in the link pass had its triple and statement header written
 * twice.
 * <p>
 * A fingerprint, not the triple: a document's few dozen of them (60 on average in generated documents, 113 in the
 * seeds) are kept, and spilled to disk, for every document until the corpus is linked. Two different triples share a
 * fingerprint with a probability of the order of 2<sup>-64</sup> per pair, and only pairs within one document are
 * compared.
 */
public final class WrittenQuads {

    private static final WrittenQuads NONE = new WrittenQuads(new long[0]);

    /** Sorted, distinct. */
    private final long[] fingerprints;

    private WrittenQuads(long[] sortedDistinct) {
        this.fingerprints = sortedDistinct;
    }

    public static WrittenQuads none() {
        return NONE;
    }

    /** From fingerprints in any order, repeats allowed (as {@link #toArray} gives them, or as collected). */
    public static WrittenQuads of(long[] fingerprints, int length) {
        long[] sorted = Arrays.copyOf(fingerprints, length);
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) sorted[n++] = sorted[i];
        return n == 0 ? NONE : new WrittenQuads(Arrays.copyOf(sorted, n));
    }

    public static WrittenQuads of(long[] fingerprints) {
        return of(fingerprints, fingerprints.length);
    }

    /** The fingerprints, sorted: to store them. */
    public long[] toArray() {
        return fingerprints.clone();
    }

    boolean contains(long fingerprint) {
        return Arrays.binarySearch(fingerprints, fingerprint) >= 0;
    }

    /** The fingerprint of a triple stated on its own. */
    static long triple(Node s, Node p, Node o) {
        long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits, over each node's string form with a separator
        h = mix(h, s);
        h = mix(h, p);
        return mix(h, o);
    }

    /** The fingerprint of a triple stated as a fact: with its statement and evidence (another value than {@link #triple}). */
    static long fact(Node s, Node p, Node o) {
        return (triple(s, p, o) ^ 0x9E3779B97F4A7C15L) * 0x100000001b3L;
    }

    private static long mix(long h, Node n) {
        String s = n.isURI() ? n.getURI() : n.toString(); // a literal's form holds its datatype and language
        h ^= n.isURI() ? 'U' : 'L';
        h *= 0x100000001b3L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= 0xFF; // the separator, so that "ab"+"c" and "a"+"bc" differ
        return h * 0x100000001b3L;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WrittenQuads w && Arrays.equals(fingerprints, w.fingerprints);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fingerprints);
    }

    @Override
    public String toString() {
        return fingerprints.length + " fingerprints";
    }
}
