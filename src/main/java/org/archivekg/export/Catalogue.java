package org.archivekg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;

/**
 * The catalogue ({@code queries/catalogue.rq}): one row per Record with the columns fixed by the catalogue
 * contract. The same query serves the server, the tests and {@code extract -o OUT.csv}.
 */
public final class Catalogue {

    public static final List<String> COLUMNS = List.of("record", "title", "kind", "date", "sender", "signedAs", "recipients",
            "via", "signatures", "editions", "translators", "language", "sourceFiles", "carriedIn");

    private Catalogue() {
    }

    /** The query text, as shipped in {@code queries/catalogue.rq}. */
    public static String queryText() {
        try (InputStream in = Catalogue.class.getResourceAsStream("/queries/catalogue.rq")) {
            if (in == null) throw new IllegalStateException("queries/catalogue.rq is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Query query() {
        return QueryFactory.create(queryText());
    }

    /** The catalogue's rows, each column as a string ("" when empty). */
    public static List<Map<String, String>> rows(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query()).build()) {
                return rows(qe.execSelect());
            }
        });
    }

    public static List<Map<String, String>> rows(ResultSet rs) {
        List<Map<String, String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String c : COLUMNS) {
                RDFNode n = s.get(c);
                row.put(c, n == null ? "" : n.isResource() ? n.asResource().getURI() : n.asLiteral().getLexicalForm());
            }
            rows.add(row);
        }
        return rows;
    }

    /** Writes the catalogue as CSV (RFC 4180, header row first). */
    public static void writeCsv(Dataset dataset, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query()).build()) {
                ResultSetFormatter.outputAsCSV(out, qe.execSelect());
            }
        });
    }
}
