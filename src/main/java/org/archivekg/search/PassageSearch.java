package org.archivekg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.text.analyzer.Util;
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

    /** A person whose name forms matched, with each written form and where it stands. */
    public record PersonHit(String person, String label, List<Place> forms) {
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
            SELECT ?passage ?score ?t ?s ?e ?line ?file ?record WHERE {
              (?passage ?score) text:query (akg:passageText ?q ?lang ?limit) .
              GRAPH ?g {
                ?sec akg:hasPassage ?passage . ?pub akg:hasText ?sec ; akg:sourceFile ?file .
                ?passage akg:passageText ?t ; akg:startOffset ?s ; akg:endOffset ?e ; akg:line ?line .
                OPTIONAL { ?sec a ?note FILTER (?note = akg:NoteSection) }
                OPTIONAL {
                  { ?pub akg:publishes ?record BIND ("published" AS ?how) }
                  UNION
                  { ?pub akg:carries ?record .
                    ?st rdf:subject ?pub ; rdf:predicate akg:carries ; rdf:object ?record ; akg:evidence ?ev .
                    ?ev akg:startOffset ?from ; akg:endOffset ?to ; akg:rule ?rule .
                    FILTER (?rule IN (?embedded, ?quoted)) BIND ("carried" AS ?how) }
                  # a note's passages are not the published record's text; a carried record's text is its span
                  FILTER (?how = "published" && !BOUND(?note) || ?how = "carried" && ?s < ?to && ?e > ?from)
                }
              }
            } ORDER BY DESC(?score) ?file ?s""";

    private static final String PEOPLE = PREFIXES + """
            SELECT DISTINCT ?person ?label ?written ?file ?line ?s ?e WHERE {
              { SELECT DISTINCT ?person WHERE {
                  (?person ?score) text:query (akg:writtenForm ?q ?limit) .
                  GRAPH ?gp { ?person a akg:Person } } }
              OPTIONAL { GRAPH ?gl { ?person skos:prefLabel ?label } }
              OPTIONAL { GRAPH ?g {
                ?person akg:writtenForm ?written .
                ?st rdf:subject ?person ; rdf:predicate akg:writtenForm ; rdf:object ?written ; akg:evidence ?ev .
                ?ev akg:inFile ?file ; akg:line ?line ; akg:startOffset ?s ; akg:endOffset ?e . } }
            } ORDER BY ?person ?file ?s""";

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
        return Txn.calculateRead(dataset, () -> {
            Map<String, PassageHit> hits = new LinkedHashMap<>();
            for (String lang : languages) {
                ParameterizedSparqlString pss = new ParameterizedSparqlString(PASSAGES);
                pss.setLiteral("q", query);
                pss.setLiteral("lang", "lang:" + lang);
                pss.setLiteral("limit", limit);
                pss.setParam("embedded", iris.rule(EmbeddedDocumentRule.EMBEDDED));
                pss.setParam("quoted", iris.rule(Linker.QUOTATION));
                select(pss, row -> {
                    String iri = row.getResource("passage").getURI();
                    String record = row.contains("record") ? row.getResource("record").getURI() : null;
                    PassageHit old = hits.get(iri);
                    if (old != null) {
                        if (record != null && !old.records().contains(record)) old.records().add(record);
                        return;
                    }
                    String text = row.getLiteral("t").getLexicalForm();
                    int start = row.getLiteral("s").getInt();
                    List<String> records = new ArrayList<>();
                    if (record != null) records.add(record);
                    hits.put(iri, new PassageHit(iri, row.getLiteral("file").getString(), lang, text, start,
                            row.getLiteral("e").getInt(), row.getLiteral("line").getInt(), row.getLiteral("score").getDouble(),
                            records, matches(text, start, query, lang)));
                });
            }
            List<PassageHit> passages = new ArrayList<>(hits.values());
            passages.sort((a, b) -> Double.compare(b.score(), a.score()));
            return new Result(query, passages.size() > limit ? passages.subList(0, limit) : passages, people(query, limit));
        });
    }

    private List<PersonHit> people(String query, int limit) {
        Map<String, PersonHit> people = new LinkedHashMap<>();
        ParameterizedSparqlString pss = new ParameterizedSparqlString(PEOPLE);
        pss.setLiteral("q", query);
        pss.setLiteral("limit", limit);
        select(pss, row -> {
            String person = row.getResource("person").getURI();
            String label = row.contains("label") ? row.getLiteral("label").getString() : person.substring(person.lastIndexOf('/') + 1);
            PersonHit hit = people.computeIfAbsent(person, p -> new PersonHit(p, label, new ArrayList<>()));
            if (row.contains("written")) {
                hit.forms().add(new Place(row.getLiteral("written").getString(), row.getLiteral("file").getString(),
                        row.getLiteral("line").getInt(), row.getLiteral("s").getInt(), row.getLiteral("e").getInt()));
            }
        });
        return new ArrayList<>(people.values());
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

    private void select(ParameterizedSparqlString query, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query.asQuery()).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }
}
