package org.archivekg.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.archivekg.extract.EmbeddedDocumentRule;
import org.archivekg.link.Linker;
import org.archivekg.rdf.Iris;

/**
 * Reads the texts of a Record from the store, as {@link Version}s per language: the passages of each Publication
 * that publishes it, and the passages of other documents that carry it whole (an embedded document) or in part
 * (a quotation found by text reuse), clipped to the carried span. Mentions of a record ("your telegram of …") are
 * not versions and are left out.
 */
final class VersionReader {

    private static final String PUBLISHED = """
            PREFIX akg: <https://w3id.org/archive-kg/ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?pub ?file ?lang ?p ?t ?s ?e ?line WHERE {
              GRAPH ?g {
                ?pub akg:publishes ?record ; akg:sourceFile ?file ; akg:hasText ?sec .
                ?sec dcterms:language ?lang ; akg:hasPassage ?p .
                ?p akg:passageText ?t ; akg:startOffset ?s ; akg:endOffset ?e ; akg:line ?line .
                FILTER NOT EXISTS { ?sec a akg:NoteSection }
              }
            } ORDER BY ?file ?lang ?s""";

    private static final String CARRIED = """
            PREFIX akg: <https://w3id.org/archive-kg/ns#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?pub ?file ?rule ?from ?to ?lang ?p ?t ?s ?e ?line WHERE {
              GRAPH ?g {
                ?pub akg:carries ?record ; akg:sourceFile ?file .
                ?st rdf:subject ?pub ; rdf:predicate akg:carries ; rdf:object ?record ; akg:evidence ?ev .
                ?ev akg:rule ?rule ; akg:startOffset ?from ; akg:endOffset ?to .
                FILTER (?rule IN (?embedded, ?quoted))
                ?pub akg:hasText ?sec . ?sec dcterms:language ?lang ; akg:hasPassage ?p .
                ?p akg:passageText ?t ; akg:startOffset ?s ; akg:endOffset ?e ; akg:line ?line .
                FILTER (?s < ?to && ?e > ?from)
              }
              FILTER NOT EXISTS { GRAPH ?g2 { ?pub akg:publishes ?record } }
            } ORDER BY ?file ?from ?s""";

    private final Dataset dataset;
    private final Iris iris;

    VersionReader(Dataset dataset, Iris iris) {
        this.dataset = dataset;
        this.iris = iris;
    }

    /** The record's versions, published ones first (by file), then embedded and quoted copies (by file and place). */
    List<Version> read(String record) {
        return Txn.calculateRead(dataset, () -> {
            Map<String, List<Version.Passage>> passages = new LinkedHashMap<>();
            Map<String, String[]> about = new LinkedHashMap<>();
            ParameterizedSparqlString published = new ParameterizedSparqlString(PUBLISHED);
            published.setIri("record", record);
            select(published, row -> {
                String key = row.getResource("pub").getURI() + " " + row.getLiteral("lang").getString();
                about.putIfAbsent(key, new String[] {row.getLiteral("file").getString(), row.getResource("pub").getURI(), "published",
                        row.getLiteral("lang").getString()});
                passages.computeIfAbsent(key, k -> new ArrayList<>()).add(passage(row, Integer.MIN_VALUE, Integer.MAX_VALUE));
            });
            ParameterizedSparqlString carried = new ParameterizedSparqlString(CARRIED);
            carried.setIri("record", record);
            carried.setParam("embedded", iris.rule(EmbeddedDocumentRule.EMBEDDED));
            carried.setParam("quoted", iris.rule(Linker.QUOTATION));
            select(carried, row -> {
                int from = row.getLiteral("from").getInt();
                int to = row.getLiteral("to").getInt();
                boolean embedded = row.getResource("rule").getURI().equals(iris.rule(EmbeddedDocumentRule.EMBEDDED).getURI());
                String key = row.getResource("pub").getURI() + " " + from + " " + row.getLiteral("lang").getString();
                about.putIfAbsent(key, new String[] {row.getLiteral("file").getString(), row.getResource("pub").getURI(),
                        embedded ? "embedded" : "quoted", row.getLiteral("lang").getString()});
                passages.computeIfAbsent(key, k -> new ArrayList<>()).add(passage(row, from, to));
            });
            List<Version> versions = new ArrayList<>();
            for (var e : about.entrySet()) {
                String[] a = e.getValue();
                List<Version.Passage> ps = passages.get(e.getKey()).stream().filter(p -> !p.text().isBlank()).toList();
                if (!ps.isEmpty()) versions.add(new Version("v" + (versions.size() + 1), a[0], a[1], a[2], a[3], ps));
            }
            return versions;
        });
    }

    /** The passage of a result row, clipped to [from, to) of the file. */
    private static Version.Passage passage(QuerySolution row, int from, int to) {
        String text = row.getLiteral("t").getLexicalForm();
        int s = row.getLiteral("s").getInt();
        int e = row.getLiteral("e").getInt();
        int a = Math.max(s, from);
        int b = Math.min(e, to);
        String part = text.substring(a - s, Math.max(a - s, Math.min(text.length(), b - s)));
        String clipped = part.strip();
        int lead = clipped.isEmpty() ? 0 : part.indexOf(clipped);
        return new Version.Passage(row.getResource("p").getURI(), clipped, a + lead, a + lead + clipped.length(), row.getLiteral("line").getInt());
    }

    private void select(ParameterizedSparqlString query, java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query.asQuery()).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(each);
        }
    }
}
