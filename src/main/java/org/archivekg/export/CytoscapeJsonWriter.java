package org.archivekg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.archivekg.Version;
import org.archivekg.export.CorrespondenceNetwork.Edge;
import org.archivekg.export.CorrespondenceNetwork.Interval;
import org.archivekg.export.CorrespondenceNetwork.Node;
import org.archivekg.export.CorrespondenceNetwork.NodeType;

import com.google.gson.stream.JsonWriter;

/**
 * Writes the network as Cytoscape.js JSON ({@code cy.json()} / Cytoscape desktop {@code .cyjs}): a top-level object
 * with {@code format_version}, {@code generated_by}, {@code data} (name, start, end) and
 * {@code elements: {nodes: [{data: {...}, classes}], edges: [...]}}. Node data: {@code id, label, type, iri} and
 * per type {@code pseudonyms} (array), {@code unresolved}, {@code title}, {@code date}, {@code kind},
 * {@code signedAs} (arrays), {@code embedded}, {@code start}. Edge data: {@code id, source, target, kind, label,
 * weight} (number of records), {@code start}, {@code end}, {@code dates}, {@code records} (arrays).
 * {@code classes} is the node type or the edge kind, for stylesheets ({@code node.person}, {@code edge.replies-to}).
 * Streamed with Gson's {@link JsonWriter}.
 */
public final class CytoscapeJsonWriter {

    private CytoscapeJsonWriter() {
    }

    public static void write(CorrespondenceNetwork network, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            JsonWriter j = new JsonWriter(writer);
            j.setIndent("  ");
            j.setHtmlSafe(false);
            j.beginObject();
            j.name("format_version").value("1.0");
            j.name("generated_by").value("archive-kg-" + Version.VERSION);
            j.name("target_cytoscapejs_version").value("~3");
            j.name("data").beginObject();
            j.name("name").value("Archive KG correspondence network");
            Optional<Interval> span = network.span();
            if (span.isPresent()) {
                j.name("start").value(span.get().start().toString());
                j.name("end").value(span.get().end().toString());
            }
            j.endObject();
            j.name("elements").beginObject();
            j.name("nodes").beginArray();
            for (Node n : network.nodes()) node(j, n);
            j.endArray();
            j.name("edges").beginArray();
            for (Edge e : network.edges()) edge(j, e);
            j.endArray();
            j.endObject();
            j.endObject();
            j.flush();
            writer.write('\n');
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void node(JsonWriter j, Node n) throws IOException {
        j.beginObject();
        j.name("data").beginObject();
        j.name("id").value(n.id());
        j.name("label").value(n.label());
        j.name("type").value(n.type().label());
        j.name("iri").value(n.iri());
        if (n.type() == NodeType.PERSON) {
            array(j, "pseudonyms", n.pseudonyms());
            j.name("unresolved").value(n.unresolved());
        }
        if (n.type() == NodeType.RECORD) {
            array(j, "title", n.titles());
            array(j, "date", n.dates());
            array(j, "kind", n.kinds());
            array(j, "signedAs", n.signedAs());
            j.name("embedded").value(n.embedded());
        }
        if (n.start().isPresent()) j.name("start").value(n.start().get().toString());
        j.endObject();
        j.name("classes").value(n.type().label());
        j.endObject();
    }

    private static void edge(JsonWriter j, Edge e) throws IOException {
        j.beginObject();
        j.name("data").beginObject();
        j.name("id").value(e.id());
        j.name("source").value(e.source());
        j.name("target").value(e.target());
        j.name("kind").value(e.kind().label());
        j.name("label").value(e.label());
        j.name("weight").value(e.weight());
        if (e.start().isPresent()) j.name("start").value(e.start().get().toString());
        if (e.end().isPresent()) j.name("end").value(e.end().get().toString());
        array(j, "dates", e.dates());
        array(j, "records", e.records());
        j.endObject();
        j.name("classes").value(e.kind().label());
        j.endObject();
    }

    private static void array(JsonWriter j, String name, List<String> values) throws IOException {
        j.name(name).beginArray();
        for (String v : values) j.value(v);
        j.endArray();
    }
}
