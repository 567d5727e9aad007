package org.archivekg.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The only place that mints IRIs. Every IRI is a function of the base and a normalised key, so the same
 * input always gives the same IRIs, and no entity is a blank node. Layout under the base
 * (default {@code http://localhost:3030/id/}): {@code record/…}, {@code publication/…}, {@code person/…},
 * {@code nameform/…}, {@code office/…}, {@code archive/…}, {@code unit/…}, {@code location/…}, {@code note/…},
 * {@code statement/…}, {@code evidence/…}, {@code rule/…}, {@code file/…}, {@code extraction/…}, {@code graph/…}.
 */
public final class Iris {

    public static final String DEFAULT_BASE = "http://localhost:3030/id/";

    private final String base;
    private final String records;
    private final String people;

    public Iris(String base) {
        if (base == null || !(base.startsWith("http://") || base.startsWith("https://"))) {
            throw new IllegalArgumentException("the base must be an http(s) IRI, got: " + base);
        }
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
        this.records = this.base + RECORD;
        this.people = this.base + PERSON;
    }

    private static final String RECORD = "record/";
    private static final String PERSON = "person/";

    public String base() {
        return base;
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    public Node record(String key) {
        return iri(RECORD + slug(key));
    }

    /** Whether a node is a Record's IRI under this base. */
    public boolean isRecord(Node node) {
        return node.isURI() && node.getURI().startsWith(records);
    }

    /** Whether a node is a person's IRI under this base. */
    public boolean isPerson(Node node) {
        return node.isURI() && node.getURI().startsWith(people);
    }

    public Node publication(String fileName) {
        return iri("publication/" + slug(stem(fileName)));
    }

    public Node text(Node publication, String language, int n) {
        return NodeFactory.createURI(publication.getURI() + "/text/" + language + (n > 0 ? "-" + n : ""));
    }

    /** The n-th passage (from 1) of a text section. */
    public Node passage(Node text, int n) {
        return NodeFactory.createURI(text.getURI() + "/p" + n);
    }

    public Node note(Node publication, int n) {
        return NodeFactory.createURI(publication.getURI() + "/note/" + n);
    }

    public Node person(String key) {
        return iri(PERSON + slug(key));
    }

    public Node nameForm(String key) {
        return iri("nameform/" + slug(key));
    }

    public Node pseudonym(String key) {
        return iri("pseudonym/" + slug(key));
    }

    public Node office(String label) {
        return iri("office/" + slug(label));
    }

    public Node archive(String key) {
        return iri("archive/" + slug(key));
    }

    /** A unit of the fond hierarchy: {@code unit/aprf/45}, {@code unit/aprf/45/1}, {@code unit/aprf/45/1/334}. */
    public Node unit(String archiveKey, String... numbers) {
        StringBuilder sb = new StringBuilder("unit/").append(slug(archiveKey));
        for (String n : numbers) sb.append('/').append(slug(n));
        return iri(sb.toString());
    }

    public Node location(String label) {
        return iri("location/" + slug(label));
    }

    public Node quotation(String quotingFile, int start, int end, String quotedFile, int quotedStart, int quotedEnd) {
        return iri("quotation/" + hash(quotingFile, Integer.toString(start), Integer.toString(end), quotedFile,
                Integer.toString(quotedStart), Integer.toString(quotedEnd)));
    }

    public Node rule(String id) {
        return iri("rule/" + slug(id));
    }

    public Node sourceFile(String fileName) {
        return iri("file/" + encode(fileName));
    }

    /** The PROV activity that produced one file's graph. */
    public Node extraction(String fileName) {
        return iri("extraction/" + encode(fileName));
    }

    /** The named graph holding everything read from one source file. */
    public Node graph(String fileName) {
        return iri("graph/" + encode(fileName));
    }

    /** The graph of labels from the authority, lexicon and rules that the file graphs refer to. */
    public Node referenceGraph() {
        return iri("graph/reference");
    }

    /** The graph of run facts (time, files): replaced by each run, left out of graph comparisons. */
    public Node runGraph() {
        return iri("graph/run");
    }

    public Node statement(Node s, Node p, Node o) {
        return iri("statement/" + hash(s.toString(), p.toString(), o.toString()));
    }

    public Node evidence(Node statement, String file, int start, int end, String rule) {
        return iri("evidence/" + hash(statement.getURI(), file, Integer.toString(start), Integer.toString(end), rule));
    }

    /** Lower case ASCII letters, digits and hyphens: "APRF 45/1/334, ll. 99-103" → "aprf-45-1-334-ll-99-103". */
    public static String slug(String s) {
        if (isSlug(s)) return s; // most keys (records, people) are slugs already: the patterns below would not change them
        String ascii = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGE_DASHES.matcher(NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (slug.isEmpty() || !ASCII.matcher(ascii).matches()) {
            // letters outside ASCII would vanish from the slug: keep the key's identity through a hash
            return (slug.isEmpty() ? "x" : slug) + "-" + hash(s).substring(0, 8);
        }
        return slug;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    private static final Pattern ASCII = Pattern.compile("[\\p{ASCII}]*");

    /** Whether {@link #slug} would return the string as it is: a-z, 0-9 and single inner dashes. */
    static boolean isSlug(String s) {
        if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && s.charAt(i - 1) != '-';
            if (!ok) return false;
        }
        return true;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String hash(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
