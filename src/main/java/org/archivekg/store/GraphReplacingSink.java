package org.archivekg.store;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes quads into a dataset (inside the caller's write transaction), replacing each named graph the first time
 * one of its quads arrives: what a file contributed before is removed, what it contributes now is added. The shared
 * graph (the reference graph of labels) is only added to.
 */
public final class GraphReplacingSink extends StreamRDFBase {

    private final DatasetGraph target;
    private final Node shared;
    private final Set<Node> replaced = new HashSet<>();

    public GraphReplacingSink(DatasetGraph target, Node shared) {
        this.target = target;
        this.shared = shared;
    }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        if (!g.equals(shared) && replaced.add(g)) target.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        target.add(quad);
    }
}
