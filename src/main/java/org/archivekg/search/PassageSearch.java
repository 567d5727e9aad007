package org.archivekg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.archivekg.extract.EmbeddedDocumentRule;
import org.archivekg.link.Linker;
import org.archivekg.rdf.Iris;

/**
 * The search behind the server's {@code /search}: the words of a query in the passages of one or both languages
 * (each with its analyzer, so with stemming), and the people whose name forms match it in either script. Every
 * passage hit says where it lies (file, line, offsets) and which words matched, as offsets in the file, so a page
 * can highlight them; a person hit lists how the documents write the person and where.
 */
public final class PassageSearch {

    /** A passage that matched, with the offsets (in its file) of the words that did. */
    public record PassageHit(String passage, String file, String language, String text, int start, int end, int line,
                             double score, List<String> records, List<int[]> matches) {
    }

    /**
     * A person whose name forms matched, with written forms and where they stand: some of the places, each form
     * first ({@code more} when the documents hold more places than those listed).
     */
    public record PersonHit(String person, String label, List<Place> forms, boolean more) {
    }

    /** A written form of a name at a place in a file. */
    public record Place(String written, String file, int line, int start, int end) {
    }

    public record Result(String query, List<PassageHit> passages, List<PersonHit> people) {
    }

    private static final String PREFIXES = """
            PREFIX akg: <https://w3id.org/archive-kg/ns#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX text: <http://jena.apache.org/text#>
            """;

    private static final String PASSAGES = PREFIXES + """
            SELECT ?passage ?score ?t ?s ?e ?line ?file ?g ?pub ?note WHERE {
              (?passage ?score) text:query (akg:passageText ?q ?limit ?lang) .  # the limit comes right after the words
              GRAPH ?g {
                ?sec akg:hasPassage ?passage . ?pub akg:hasText ?sec ; akg:sourceFile ?file .
                ?passage akg:passageText ?t ; akg:startOffset ?s ; akg:endOffset ?e ; akg:line ?line .
                OPTIONAL { ?sec a ?note FILTER (?note = akg:NoteSection) }
              }
            } ORDER BY DESC(?score) ?file ?s""";

    /** The passage query, for tests (a method: a constant would be compiled into them). */
    static String passagesQuery() {
        return PASSAGES;
    }

    /**
     * The Records a publication publishes or carries (with the span of its text that carries each), asked once per
     * publication of the hits with the publication bound, so that its cost follows the hits and not the store (it was
     * an OPTIONAL of the passage query, whose condition on the passage's offsets keeps ARQ from binding it per row).
     */
    private static final String RECORDS = PREFIXES + """
            SELECT ?record ?how ?from ?to WHERE {
              GRAPH ?g {
                { ?pub akg:publishes ?record BIND ("published" AS ?how) }
                UNION
                { ?pub akg:carries ?record .
                  ?st rdf:subject ?pub ; rdf:predicate akg:carries ; rdf:object ?record ; akg:evidence ?ev .
                  ?ev akg:startOffset ?from ; akg:endOffset ?to ; akg:rule ?rule .
                  FILTER (?rule IN (?embedded, ?quoted)) BIND ("carried" AS ?how) }
              }
            }""";

    /** A Record of a publication: published by it, or carried in the span [from, to) of its text. */
    private record RecordOf(String record, boolean carried, int from, int to) {
        /** A note's passages are not the published record's text; a carried record's text is its span. */
        boolean holds(int start, int end, boolean inNote) {
            return carried ? start < to && end > from : !inNote;
        }
    }

    private static final String PEOPLE = PREFIXES + """
            SELECT ?person ?label WHERE {
              { SELECT DISTINCT ?person WHERE {
                  (?person ?score) text:query (akg:writtenForm ?q ?limit) .
                  GRAPH ?gp { ?person a akg:Person } } }
              OPTIONAL { GRAPH ?gl { ?person skos:prefLabel ?label } }
            } ORDER BY ?person ?label""";

    /**
     * Where the documents write one person's name: asked per person, with a LIMIT and no ORDER BY, so that a person
     * written in 100,000 documents costs as much as one written in ten (all of them, sorted, took seconds).
     */
    private static final String PLACES = PREFIXES + """
            SELECT ?written ?file ?line ?s ?e WHERE {
              GRAPH ?g {
                ?person akg:writtenForm ?written .
                ?st rdf:subject ?person ; rdf:predicate akg:writtenForm ; rdf:object ?written ; akg:evidence ?ev .
                ?ev akg:inFile ?file ; akg:line ?line ; akg:startOffset ?s ; akg:endOffset ?e . }
            } LIMIT %d""";

    /** How many places {@link #PLACES} reads per place shown: room to show each written form before repeating one. */
    private static final int PLACES_READ_PER_SHOWN = 5;

    /** The places of a person hit shown by default. */
    public static final int DEFAULT_PLACES = 20;

    private final Dataset dataset;
    private final Iris iris;

    /** @param iris the IRIs of the store (its base), to know the rules that carry a record's text */
    public PassageSearch(Dataset dataset, Iris iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    /**
     * Searches passages in the given languages (each with its own analyzer) and people by name.
     *
     * @param query Lucene query syntax: words, "a phrase", prefix*, AND/OR
     * @throws org.apache.jena.query.text.TextIndexParseException (inside a QueryException) if the query does not parse
     */
    public Result search(String query, List<String> languages, int limit) {
        return search(query, languages, limit, DEFAULT_PLACES);
    }

    /** As {@link #search(String, List, int)}, with at most {@code places} places listed per person. */
    public Result search(String query, List<String> languages, int limit, int places) {
        return Txn.calculateRead(dataset, () -> {
            Map<String, PassageHit> hits = new LinkedHashMap<>();
            Map<String, List<RecordOf>> recordsOf = new HashMap<>();
            // parsed once per search and bound per publication: parsing was most of a search's CPU
            Query recordsQuery = QueryFactory.create(RECORDS);
            for (String lang : languages) {
                ParameterizedSparqlString pss = new ParameterizedSparqlString(PASSAGES);
                pss.setLiteral("q", query);
                pss.setLiteral("lang", "lang:" + lang);
                pss.setLiteral("limit", limit);
                select(pss, row -> {
                    String iri = row.getResource("passage").getURI();
                    int start = row.getLiteral("s").getInt();
                    int end = row.getLiteral("e").getInt();
                    Resource g = row.getResource("g");
                    Resource pub = row.getResource("pub");
                    List<String> records = hits.containsKey(iri) ? hits.get(iri).records() : new ArrayList<>();
                    for (RecordOf r : recordsOf.computeIfAbsent(g.getURI() + " " + pub.getURI(), k -> recordsOf(recordsQuery, g, pub))) {
                        if (r.holds(start, end, row.contains("note")) && !records.contains(r.record())) records.add(r.record());
                    }
                    if (hits.containsKey(iri)) return;
                    String text = row.getLiteral("t").getLexicalForm();
                    hits.put(iri, new PassageHit(iri, row.getLiteral("file").getString(), lang, text, start, end,
                            row.getLiteral("line").getInt(), row.getLiteral("score").getDouble(), records,
                            matches(text, start, query, lang)));
                });
            }
            List<PassageHit> passages = new ArrayList<>(hits.values());
            passages.sort((a, b) -> Double.compare(b.score(), a.score()));
            return new Result(query, passages.size() > limit ? passages.subList(0, limit) : passages, people(query, limit, places));
        });
    }

    private List<RecordOf> recordsOf(Query recordsQuery, Resource graph, Resource publication) {
        QuerySolutionMap bindings = new QuerySolutionMap();
        bindings.add("g", graph);
        bindings.add("pub", publication);
        bindings.add("embedded", ResourceFactory.createResource(iris.rule(EmbeddedDocumentRule.EMBEDDED).getURI()));
        bindings.add("quoted", ResourceFactory.createResource(iris.rule(Linker.QUOTATION).getURI()));
        List<RecordOf> out = new ArrayList<>();
        select(recordsQuery, bindings, row -> {
            boolean carried = row.getLiteral("how").getString().equals("carried");
            out.add(new RecordOf(row.getResource("record").getURI(), carried, carried ? row.getLiteral("from").getInt() : 0,
                    carried ? row.getLiteral("to").getInt() : 0));
        });
        return out;
    }

    private List<PersonHit> people(String query, int limit, int places) {
        Map<String, String> labels = new LinkedHashMap<>();
        ParameterizedSparqlString pss = new ParameterizedSparqlString(PEOPLE);
        pss.setLiteral("q", query);
        pss.setLiteral("limit", limit);
        select(pss, row -> {
            String person = row.getResource("person").getURI();
            String label = row.contains("label") ? row.getLiteral("label").getString() : person.substring(person.lastIndexOf('/') + 1);
            labels.putIfAbsent(person, label);
        });
        List<PersonHit> people = new ArrayList<>();
        Query placesQuery = QueryFactory.create(PLACES.formatted(places * PLACES_READ_PER_SHOWN + 1));
        labels.forEach((person, label) -> people.add(placesOf(placesQuery, person, label, places)));
        return people;
    }

    /**
     * A person hit with at most {@code places} places: each written form once first (as far as the places read
     * hold them), then more places in the order read; shown sorted by file and offset.
     */
    private PersonHit placesOf(Query placesQuery, String person, String label, int places) {
        QuerySolutionMap bindings = new QuerySolutionMap();
        bindings.add("person", ResourceFactory.createResource(person));
        Set<Place> read = new LinkedHashSet<>();
        select(placesQuery, bindings, row -> read.add(new Place(row.getLiteral("written").getString(), row.getLiteral("file").getString(),
                row.getLiteral("line").getInt(), row.getLiteral("s").getInt(), row.getLiteral("e").getInt())));
        Set<Place> shown = new LinkedHashSet<>();
        Set<String> forms = new HashSet<>();
        for (Place p : read) if (shown.size() < places && forms.add(p.written())) shown.add(p);
        for (Place p : read) if (shown.size() < places) shown.add(p);
        List<Place> sorted = new ArrayList<>(shown);
        sorted.sort(Comparator.comparing(Place::file).thenComparingInt(Place::start).thenComparing(Place::written));
        return new PersonHit(person, label, sorted, read.size() > shown.size());
    }

    /**
     * The words of the passage that the query matched, as file offsets: the passage and the query analyzed with the
     * language's analyzer, a word matching when its term is a query term or begins with a query prefix ({@code word*}).
     */
    static List<int[]> matches(String text, int passageStart, String query, String lang) {
        Analyzer analyzer = Util.getLocalizedAnalyzer(lang);
        if (analyzer == null) analyzer = new StandardAnalyzer();
        Set<String> terms = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String word : query.split("[\\s\"()]+")) {
            if (word.isBlank() || word.equals("AND") || word.equals("OR") || word.equals("NOT")) continue;
            if (word.endsWith("*")) prefixes.add(word.substring(0, word.length() - 1).toLowerCase(Locale.ROOT));
            else analyze(analyzer, word, (term, offsets) -> terms.add(term));
        }
        List<int[]> found = new ArrayList<>();
        analyze(analyzer, text, (term, offsets) -> {
            if (terms.contains(term) || prefixes.stream().anyMatch(term::startsWith)
                    || prefixes.stream().anyMatch(p -> text.substring(offsets[0], offsets[1]).toLowerCase(Locale.ROOT).startsWith(p))) {
                found.add(new int[] {passageStart + offsets[0], passageStart + offsets[1]});
            }
        });
        return found;
    }

    private interface TermSink {
        void accept(String term, int[] offsets);
    }

    private static void analyze(Analyzer analyzer, String text, TermSink sink) {
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) sink.accept(term.toString(), new int[] {offset.startOffset(), offset.endOffset()});
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void select(Query query, QuerySolutionMap bindings, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).substitution(bindings).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    private void select(ParameterizedSparqlString query, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query.asQuery()).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }
}
