package org.archivekg.export;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.archivekg.export.CorrespondenceNetwork.Edge;
import org.archivekg.export.CorrespondenceNetwork.Node;
import org.archivekg.export.CorrespondenceNetwork.NodeType;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes the network as GraphML with JGraphT's {@link GraphMLExporter} (a directed, weighted pseudograph). Keys:
 * nodes {@code label, type, iri, pseudonyms, unresolved, title, date, kind, signedAs, embedded, start}; edges
 * {@code label, relation, weight, start, end, dates, records}. GraphML has no notion of time, so dates are plain
 * {@code start}/{@code end} strings (ISO days): for a node the first day it takes part, for an edge the first and last
 * day of its records. {@code weight} (double) is the number of records behind an edge; JGraphT leaves it out when it
 * is the default 1.0, which the key declares.
 */
public final class GraphMlWriter {

    private GraphMlWriter() {
    }

    public static void write(CorrespondenceNetwork network, OutputStream out) {
        Graph<Node, Edge> g = GraphTypeBuilder.<Node, Edge>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .weighted(true).buildGraph();
        for (Node n : network.nodes()) g.addVertex(n);
        for (Edge e : network.edges()) {
            Node s = network.node(e.source()).orElseThrow();
            Node t = network.node(e.target()).orElseThrow();
            g.addEdge(s, t, e);
            g.setEdgeWeight(e, e.weight());
        }

        GraphMLExporter<Node, Edge> exporter = new GraphMLExporter<>(Node::id);
        exporter.setEdgeIdProvider(Edge::id);
        exporter.setExportVertexLabels(true);
        exporter.setVertexLabelAttributeName("label");
        exporter.setExportEdgeLabels(true);
        exporter.setEdgeLabelAttributeName("label");
        exporter.setExportEdgeWeights(true);
        exporter.registerAttribute("type", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("iri", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("pseudonyms", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("unresolved", AttributeCategory.NODE, AttributeType.BOOLEAN);
        exporter.registerAttribute("title", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("date", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("kind", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("signedAs", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("embedded", AttributeCategory.NODE, AttributeType.BOOLEAN);
        exporter.registerAttribute("start", AttributeCategory.ALL, AttributeType.STRING);
        exporter.registerAttribute("end", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("relation", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("dates", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("records", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.setVertexAttributeProvider(GraphMlWriter::nodeAttributes);
        exporter.setEdgeAttributeProvider(GraphMlWriter::edgeAttributes);

        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // JGraphT asks JAXP for the default TransformerFactory, which the service loader of the thread's context class
        // loader may resolve to Saxon when it is on the class path (Jing, Schematron); Saxon's handler rejects JGraphT's
        // SAX events ("Failed to export as GraphML"). The platform class loader sees no such provider, so JAXP falls
        // back to the JDK's built-in transformer, for this call and this thread only.
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            exporter.exportGraph(g, writer);
        } finally {
            thread.setContextClassLoader(saved);
        }
    }

    private static Map<String, Attribute> nodeAttributes(Node n) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(n.label()));
        a.put("type", DefaultAttribute.createAttribute(n.type().label()));
        a.put("iri", DefaultAttribute.createAttribute(n.iri()));
        if (n.type() == NodeType.PERSON) {
            if (!n.pseudonyms().isEmpty()) a.put("pseudonyms", DefaultAttribute.createAttribute(String.join("; ", n.pseudonyms())));
            a.put("unresolved", DefaultAttribute.createAttribute(n.unresolved()));
        }
        if (n.type() == NodeType.RECORD) {
            if (!n.titles().isEmpty()) a.put("title", DefaultAttribute.createAttribute(String.join(" | ", n.titles())));
            if (!n.dates().isEmpty()) a.put("date", DefaultAttribute.createAttribute(String.join(" | ", n.dates())));
            if (!n.kinds().isEmpty()) a.put("kind", DefaultAttribute.createAttribute(String.join(" | ", n.kinds())));
            if (!n.signedAs().isEmpty()) a.put("signedAs", DefaultAttribute.createAttribute(String.join("; ", n.signedAs())));
            a.put("embedded", DefaultAttribute.createAttribute(n.embedded()));
        }
        n.start().ifPresent(d -> a.put("start", DefaultAttribute.createAttribute(d.toString())));
        return a;
    }

    private static Map<String, Attribute> edgeAttributes(Edge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(e.label()));
        a.put("relation", DefaultAttribute.createAttribute(e.kind().label()));
        e.start().ifPresent(d -> a.put("start", DefaultAttribute.createAttribute(d.toString())));
        e.end().ifPresent(d -> a.put("end", DefaultAttribute.createAttribute(d.toString())));
        if (!e.dates().isEmpty()) a.put("dates", DefaultAttribute.createAttribute(String.join(" | ", e.dates())));
        a.put("records", DefaultAttribute.createAttribute(String.join(" | ", e.records())));
        return a;
    }
}
