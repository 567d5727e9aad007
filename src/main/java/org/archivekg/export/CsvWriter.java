package org.archivekg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.archivekg.export.CorrespondenceNetwork.Edge;
import org.archivekg.export.CorrespondenceNetwork.Node;
import org.archivekg.export.CorrespondenceNetwork.NodeType;

/**
 * Writes the network as two CSV tables (RFC 4180, UTF-8, header row first) in the shape Gephi's spreadsheet import
 * and most tools expect:
 * <ul>
 *   <li>nodes: {@code Id, Label, type, iri, pseudonyms, unresolved, title, date, kind, signedAs, embedded, start};</li>
 *   <li>edges: {@code Source, Target, Type} (always {@code Directed}){@code , Id, Label, kind, Weight, start, end, dates,
 *       records}.</li>
 * </ul>
 * Cells that do not apply are empty. Names are joined with {@code "; "}, other lists with {@code " | "}; dates are ISO
 * days, and {@code dates} lists each record's day (or {@code first/last} day for a month or year).
 */
public final class CsvWriter {

    public static final List<String> NODE_COLUMNS = List.of("Id", "Label", "type", "iri", "pseudonyms", "unresolved", "title",
            "date", "kind", "signedAs", "embedded", "start");
    public static final List<String> EDGE_COLUMNS = List.of("Source", "Target", "Type", "Id", "Label", "kind", "Weight", "start",
            "end", "dates", "records");

    private CsvWriter() {
    }

    public static void writeNodes(CorrespondenceNetwork network, OutputStream out) {
        print(out, NODE_COLUMNS, p -> {
            for (Node n : network.nodes()) {
                boolean person = n.type() == NodeType.PERSON;
                boolean record = n.type() == NodeType.RECORD;
                p.printRecord(n.id(), n.label(), n.type().label(), n.iri(),
                        String.join("; ", n.pseudonyms()),
                        person ? Boolean.toString(n.unresolved()) : "",
                        String.join(" | ", n.titles()),
                        String.join(" | ", n.dates()),
                        String.join(" | ", n.kinds()),
                        String.join("; ", n.signedAs()),
                        record ? Boolean.toString(n.embedded()) : "",
                        n.start().map(Object::toString).orElse(""));
            }
        });
    }

    public static void writeEdges(CorrespondenceNetwork network, OutputStream out) {
        print(out, EDGE_COLUMNS, p -> {
            for (Edge e : network.edges()) {
                p.printRecord(e.source(), e.target(), "Directed", e.id(), e.label(), e.kind().label(), e.weight(),
                        e.start().map(Object::toString).orElse(""),
                        e.end().map(Object::toString).orElse(""),
                        String.join(" | ", e.dates()),
                        String.join(" | ", e.records()));
            }
        });
    }

    private interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private static void print(OutputStream out, List<String> header, Rows rows) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
            rows.print(p);
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
