package org.archivekg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivekg.rdf.Vocab;

/**
 * Dereferenceable IRIs (as Pubby or LodView do): a GET on one of our minted IRIs returns its description —
 * every statement about it and pointing to it, from all graphs — as Turtle ({@code text/turtle}), JSON-LD
 * ({@code application/ld+json}) or a readable HTML page with labels, links and the source passages its facts
 * were read from. {@code ?format=ttl|jsonld|html} overrides the Accept header. The IRI asked for is the base
 * plus the request's path below the servlet, so a real archive publishing under its own domain is served too.
 */
public final class LinkedDataServlet extends HttpServlet {

    private final transient Dataset dataset;
    private final String base;
    private final String mountPath;

    /** @param mountPath the path the servlet is mounted at, e.g. "/id" for the base http://host/id/ */
    public LinkedDataServlet(Dataset dataset, String base, String mountPath) {
        this.dataset = dataset;
        this.base = base.endsWith("/") ? base : base + "/";
        this.mountPath = mountPath;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getRequestURI().substring(req.getContextPath().length() + mountPath.length());
        if (rest.startsWith("/")) rest = rest.substring(1);
        Node iri = NodeFactory.createURI(base + rest);
        Model description = Txn.calculateRead(dataset, () -> describe(dataset.asDatasetGraph(), iri));
        if (description.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "nothing is known about " + iri.getURI());
            return;
        }
        String format = chooseFormat(req);
        resp.setHeader("Vary", "Accept");
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream out = resp.getOutputStream()) {
            switch (format) {
                case "jsonld" -> {
                    resp.setContentType("application/ld+json");
                    RDFDataMgr.write(out, description, Lang.JSONLD);
                }
                case "html" -> {
                    resp.setContentType("text/html");
                    String html = Txn.calculateRead(dataset, () -> html(dataset.asDatasetGraph(), iri, description, base));
                    out.write(html.getBytes(StandardCharsets.UTF_8));
                }
                default -> {
                    resp.setContentType("text/turtle");
                    RDFDataMgr.write(out, description, Lang.TURTLE);
                }
            }
        }
    }

    static String chooseFormat(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) return f.toLowerCase(Locale.ROOT).replace("turtle", "ttl").replace("json-ld", "jsonld");
        String accept = req.getHeader("Accept") == null ? "" : req.getHeader("Accept").toLowerCase(Locale.ROOT);
        int html = position(accept, "text/html");
        int turtle = position(accept, "text/turtle");
        int jsonld = position(accept, "application/ld+json");
        if (jsonld >= 0 && (html < 0 || jsonld < html) && (turtle < 0 || jsonld < turtle)) return "jsonld";
        if (html >= 0 && (turtle < 0 || html < turtle)) return "html";
        return "ttl";
    }

    private static int position(String accept, String type) {
        return accept.indexOf(type);
    }

    /** Every triple with the IRI as subject or object, in any graph, plus the labels of the resources they name. */
    static Model describe(DatasetGraph dsg, Node iri) {
        Graph g = ModelFactory.createDefaultModel().getGraph();
        dsg.find(Node.ANY, iri, Node.ANY, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
        dsg.find(Node.ANY, Node.ANY, Node.ANY, iri).forEachRemaining(q -> {
            if (!q.getPredicate().equals(RDF.subject.asNode()) && !q.getPredicate().equals(RDF.object.asNode())) g.add(q.asTriple());
        });
        List<Node> named = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            if (t.getObject().isURI()) named.add(t.getObject());
            if (t.getSubject().isURI()) named.add(t.getSubject());
        });
        for (Node n : named) {
            for (Node p : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode())) {
                dsg.find(Node.ANY, n, p, Node.ANY).forEachRemaining(q -> g.add(q.asTriple()));
            }
        }
        Model m = ModelFactory.createModelForGraph(g);
        m.setNsPrefix("akg", Vocab.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        m.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        m.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        return m;
    }

    private static String html(DatasetGraph dsg, Node iri, Model description, String base) {
        Graph g = description.getGraph();
        String title = label(dsg, iri);
        StringBuilder sb = new StringBuilder(Pages.head(title));
        sb.append("<h1>").append(Pages.escape(title)).append("</h1>\n<p><code>").append(Pages.escape(iri.getURI()))
                .append("</code> · <a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a>");
        if (g.contains(iri, RDF.type.asNode(), Vocab.Record.asNode()) && iri.getURI().startsWith(base)) {
            sb.append(" · <a class=\"versions-link\" href=\"").append(Pages.escape(VersionsServlet.PATH + iri.getURI().substring(base.length())))
                    .append("\">versions side by side</a>");
        }
        sb.append("</p>\n");
        sb.append("<h2>Statements</h2>\n<table>\n");
        g.find(iri, Node.ANY, Node.ANY).toList().stream().sorted((a, b) -> a.toString().compareTo(b.toString())).forEach(t ->
                sb.append("<tr><th>").append(Pages.escape(shortName(t.getPredicate()))).append("</th><td>")
                        .append(value(dsg, t.getObject())).append("</td></tr>\n"));
        sb.append("</table>\n");
        List<Triple> incoming = g.find(Node.ANY, Node.ANY, iri).toList();
        if (!incoming.isEmpty()) {
            sb.append("<h2>Referred to by</h2>\n<table>\n");
            incoming.stream().sorted((a, b) -> a.toString().compareTo(b.toString())).forEach(t ->
                    sb.append("<tr><td>").append(value(dsg, t.getSubject())).append("</td><th>")
                            .append(Pages.escape(shortName(t.getPredicate()))).append("</th></tr>\n"));
            sb.append("</table>\n");
        }
        passages(dsg, iri, sb);
        return sb.append(Pages.FOOT).toString();
    }

    /** The source passages behind the resource's facts: each reified statement's evidence. */
    private static void passages(DatasetGraph dsg, Node iri, StringBuilder sb) {
        List<String> rows = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, RDF.subject.asNode(), iri).forEachRemaining(st -> {
            Node statement = st.getSubject();
            Node predicate = first(dsg, statement, RDF.predicate.asNode());
            dsg.find(Node.ANY, statement, Vocab.evidence.asNode(), Node.ANY).forEachRemaining(e -> {
                Node ev = e.getObject();
                rows.add("<tr><th>" + Pages.escape(predicate == null ? "" : shortName(predicate)) + "</th><td>"
                        + Pages.escape(literal(dsg, ev, Vocab.inFile.asNode())) + ":" + Pages.escape(literal(dsg, ev, Vocab.line.asNode()))
                        + " <span class=\"muted\">(" + Pages.escape(literal(dsg, ev, Vocab.startOffset.asNode())) + "–"
                        + Pages.escape(literal(dsg, ev, Vocab.endOffset.asNode())) + ", "
                        + Pages.escape(shortName(first(dsg, ev, Vocab.rule.asNode()))) + ")</span>"
                        + "<blockquote>" + Pages.escape(literal(dsg, ev, Vocab.exact.asNode())) + "</blockquote></td></tr>\n");
            });
        });
        if (rows.isEmpty()) return;
        sb.append("<h2>Where the facts were read</h2>\n<table>\n");
        rows.stream().distinct().sorted().forEach(sb::append);
        sb.append("</table>\n");
    }

    private static String value(DatasetGraph dsg, Node n) {
        if (n.isLiteral()) return Pages.escape(n.getLiteralLexicalForm())
                + (n.getLiteralLanguage().isEmpty() ? "" : " <span class=\"muted\">@" + n.getLiteralLanguage() + "</span>");
        if (n.isURI()) {
            String label = label(dsg, n);
            return "<a href=\"" + Pages.escape(n.getURI()) + "\">" + Pages.escape(label) + "</a>";
        }
        return Pages.escape(n.toString());
    }

    /** The resource's label: an English one where there is one (titles come in English and Russian), else any. */
    private static String label(DatasetGraph dsg, Node n) {
        for (Node p : List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), DCTerms.title.asNode())) {
            List<Node> labels = new ArrayList<>();
            dsg.find(Node.ANY, n, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) labels.add(q.getObject());
            });
            if (labels.isEmpty()) continue;
            return labels.stream().filter(l -> l.getLiteralLanguage().equals("en")).findFirst().orElse(labels.get(0)).getLiteralLexicalForm();
        }
        return shortName(n);
    }

    private static Node first(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String literal(DatasetGraph dsg, Node s, Node p) {
        Node o = first(dsg, s, p);
        return o == null ? "" : o.isLiteral() ? o.getLiteralLexicalForm() : o.toString();
    }

    private static String shortName(Node n) {
        if (n == null) return "";
        if (!n.isURI()) return n.toString();
        String uri = n.getURI();
        int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        return cut >= 0 && cut < uri.length() - 1 ? uri.substring(cut + 1) : uri;
    }

}
