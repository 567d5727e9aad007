package org.archivekg.validate;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Which source file(s) a node comes from. With a dataset: the file graphs (one per source file, see
 * ontology/README.md) in which the node is a subject; else its own {@code akg:inFile} / {@code akg:sourceFile};
 * else the {@code akg:inFile} of the evidence of statements about it, or the {@code akg:sourceFile} of the
 * publications that publish it; else the file graphs in which it is an object. Not thread-safe (caches).
 */
final class SourceFiles {

    private static final String AKG = "https://w3id.org/archive-kg/ns#";
    private static final Node IN_FILE = NodeFactory.createURI(AKG + "inFile");
    private static final Node SOURCE_FILE = NodeFactory.createURI(AKG + "sourceFile");
    private static final Node SOURCE_FILE_CLASS = NodeFactory.createURI(AKG + "SourceFile");
    private static final Node EVIDENCE = NodeFactory.createURI(AKG + "evidence");
    private static final Node PUBLISHES = NodeFactory.createURI(AKG + "publishes");
    private static final Node WAS_DERIVED_FROM = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private final DatasetGraph dsg;
    private final Graph union;
    /** Graph name → the source file it holds the facts of, or empty for the reference, run or other graphs. */
    private final Map<Node, Optional<String>> fileOfGraph = new HashMap<>();
    private final Map<Node, List<String>> cache = new HashMap<>();

    SourceFiles(DatasetGraph dsg, Graph union) {
        this.dsg = dsg;
        this.union = union;
    }

    List<String> of(Node focus) {
        if (focus == null) return List.of();
        return cache.computeIfAbsent(focus, this::find);
    }

    private List<String> find(Node focus) {
        Set<String> files = new LinkedHashSet<>();
        if (dsg != null) graphsWith(focus, true, files);
        if (files.isEmpty()) {
            literals(focus, IN_FILE, files);
            literals(focus, SOURCE_FILE, files);
        }
        if (files.isEmpty()) {
            for (Iterator<Triple> st = union.find(Node.ANY, RDF.subject.asNode(), focus); st.hasNext(); ) {
                Node statement = st.next().getSubject();
                for (Iterator<Triple> ev = union.find(statement, EVIDENCE, Node.ANY); ev.hasNext(); ) {
                    literals(ev.next().getObject(), IN_FILE, files);
                }
            }
            for (Iterator<Triple> pub = union.find(Node.ANY, PUBLISHES, focus); pub.hasNext(); ) {
                literals(pub.next().getSubject(), SOURCE_FILE, files);
            }
        }
        if (files.isEmpty() && dsg != null) graphsWith(focus, false, files);
        return new ArrayList<>(files);
    }

    private void graphsWith(Node node, boolean asSubject, Set<String> files) {
        Iterator<Quad> it = asSubject ? dsg.find(Node.ANY, node, Node.ANY, Node.ANY) : dsg.find(Node.ANY, Node.ANY, Node.ANY, node);
        Set<Node> graphs = new LinkedHashSet<>();
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (g != null && !Quad.isDefaultGraph(g)) graphs.add(g);
        }
        for (Node g : graphs) fileOf(g).ifPresent(files::add);
    }

    private void literals(Node subject, Node predicate, Set<String> into) {
        for (Iterator<Triple> it = union.find(subject, predicate, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (o.isLiteral()) into.add(o.getLiteralLexicalForm());
        }
    }

    /**
     * The source file whose facts a named graph holds: the label of the akg:SourceFile the graph is
     * prov:wasDerivedFrom, else the akg:sourceFile of a publication in it, else (an IRI .../graph/NAME other than
     * the reference and run graphs) the decoded NAME. Empty for graphs that are not file graphs.
     */
    private Optional<String> fileOf(Node g) {
        return fileOfGraph.computeIfAbsent(g, graph -> {
            Graph gr = dsg.getGraph(graph);
            for (Iterator<Triple> it = gr.find(graph, WAS_DERIVED_FROM, Node.ANY); it.hasNext(); ) {
                Node file = it.next().getObject();
                if (!gr.contains(file, RDF.type.asNode(), SOURCE_FILE_CLASS)) continue;
                for (Iterator<Triple> l = gr.find(file, RDFS.label.asNode(), Node.ANY); l.hasNext(); ) {
                    Node label = l.next().getObject();
                    if (label.isLiteral()) return Optional.of(label.getLiteralLexicalForm());
                }
            }
            for (Iterator<Triple> it = gr.find(Node.ANY, SOURCE_FILE, Node.ANY); it.hasNext(); ) {
                Node o = it.next().getObject();
                if (o.isLiteral()) return Optional.of(o.getLiteralLexicalForm());
            }
            if (graph.isURI()) {
                String iri = graph.getURI();
                int i = iri.lastIndexOf("/graph/");
                if (i >= 0) {
                    String name = URLDecoder.decode(iri.substring(i + "/graph/".length()), StandardCharsets.UTF_8);
                    if (!name.isEmpty() && !name.equals("reference") && !name.equals("run")) return Optional.of(name);
                }
            }
            return Optional.empty();
        });
    }
}
