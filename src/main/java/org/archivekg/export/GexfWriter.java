package org.archivekg.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.archivekg.Version;
import org.archivekg.export.CorrespondenceNetwork.Edge;
import org.archivekg.export.CorrespondenceNetwork.EdgeKind;
import org.archivekg.export.CorrespondenceNetwork.Interval;
import org.archivekg.export.CorrespondenceNetwork.Node;
import org.archivekg.export.CorrespondenceNetwork.NodeType;
import org.archivekg.export.CorrespondenceNetwork.Occurrence;

/**
 * Writes the network as dynamic GEXF 1.3 (Gephi) with a streaming {@link XMLStreamWriter}; JGraphT's GEXF exporter
 * writes static graphs only. Valid against both the RELAX NG grammar and the XSD of GEXF 1.3 (no {@code viz:}
 * elements, no foreign attributes).
 *
 * <p>The graph is {@code mode="dynamic" timeformat="date"}, with the span of the data as {@code start}/{@code end}:
 * <ul>
 *   <li>a record node exists from its date on ({@code start}, no {@code end}: once written, a record can be answered
 *       or quoted later); a person or office exists from the first record it takes part in;</li>
 *   <li>a bipartite edge (sent, received, copy, via, quotes, replies-to, refers-to) is an event: {@code start} and
 *       {@code end} are the record's day (or the first and last day of its month or year when that is all we know);</li>
 *   <li>a {@code wrote-to} edge is a relationship: it exists from the first letter on, its static {@code weight} is
 *       the total number of letters, and the dynamic attribute {@code weight} (Gephi reads an attribute titled
 *       "weight" as the dynamic edge weight) counts the letters written so far, stepping up on each letter's day;</li>
 *   <li>elements without a known date carry no time and are present throughout.</li>
 * </ul>
 */
public final class GexfWriter {

    public static final String NS = "http://gexf.net/1.3";

    private GexfWriter() {
    }

    public static void write(CorrespondenceNetwork network, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            new GexfWriter.Doc(w).write(network);
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write GEXF: " + e.getMessage(), e);
        }
    }

    private static final class Doc {
        private final XMLStreamWriter w;
        private int depth;

        Doc(XMLStreamWriter w) {
            this.w = w;
        }

        void write(CorrespondenceNetwork net) throws XMLStreamException {
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(NS);
            start("gexf");
            w.writeDefaultNamespace(NS);
            w.writeAttribute("version", "1.3");

            start("meta");
            text("creator", "Archive KG " + Version.VERSION);
            text("keywords", "correspondence, archives, letters, telegrams");
            text("description", "Correspondence network: people and offices, records (letters, telegrams), and who sent, "
                    + "received, carried, quoted and answered what. Dynamic: records and edges carry their dates.");
            end();

            start("graph");
            w.writeAttribute("defaultedgetype", "directed");
            w.writeAttribute("mode", "dynamic");
            w.writeAttribute("timeformat", "date");
            Optional<Interval> span = net.span();
            if (span.isPresent()) {
                w.writeAttribute("start", span.get().start().toString());
                w.writeAttribute("end", span.get().end().toString());
            }

            start("attributes");
            w.writeAttribute("class", "node");
            w.writeAttribute("mode", "static");
            declare("type", "type", "string");
            declare("iri", "iri", "anyURI");
            declare("pseudonyms", "pseudonyms", "string");
            declare("unresolved", "unresolved", "boolean");
            declare("title", "title", "string");
            declare("date", "date", "string");
            declare("kind", "kind", "string");
            declare("signedAs", "signedAs", "string");
            declare("embedded", "embedded", "boolean");
            end();
            start("attributes");
            w.writeAttribute("class", "edge");
            w.writeAttribute("mode", "static");
            declare("relation", "relation", "string");
            declare("dates", "dates", "string");
            declare("records", "records", "string");
            end();
            start("attributes");
            w.writeAttribute("class", "edge");
            w.writeAttribute("mode", "dynamic");
            declare("weight", "weight", "double");
            end();

            start("nodes");
            w.writeAttribute("count", Integer.toString(net.nodes().size()));
            for (Node n : net.nodes()) node(n);
            end();

            start("edges");
            w.writeAttribute("count", Integer.toString(net.edges().size()));
            for (Edge e : net.edges()) edge(e);
            end();

            end(); // graph
            end(); // gexf
            w.writeCharacters("\n");
            w.writeEndDocument();
        }

        private void node(Node n) throws XMLStreamException {
            start("node");
            w.writeAttribute("id", n.id());
            w.writeAttribute("label", n.label());
            if (n.start().isPresent()) w.writeAttribute("start", n.start().get().toString());
            start("attvalues");
            value("type", n.type().label());
            value("iri", n.iri());
            if (n.type() == NodeType.PERSON) {
                if (!n.pseudonyms().isEmpty()) value("pseudonyms", String.join("; ", n.pseudonyms()));
                value("unresolved", Boolean.toString(n.unresolved()));
            }
            if (n.type() == NodeType.RECORD) {
                if (!n.titles().isEmpty()) value("title", String.join(" | ", n.titles()));
                if (!n.dates().isEmpty()) value("date", String.join(" | ", n.dates()));
                if (!n.kinds().isEmpty()) value("kind", String.join(" | ", n.kinds()));
                if (!n.signedAs().isEmpty()) value("signedAs", String.join("; ", n.signedAs()));
                value("embedded", Boolean.toString(n.embedded()));
            }
            end();
            end();
        }

        private void edge(Edge e) throws XMLStreamException {
            start("edge");
            w.writeAttribute("id", e.id());
            w.writeAttribute("source", e.source());
            w.writeAttribute("target", e.target());
            w.writeAttribute("kind", e.kind().label());
            w.writeAttribute("label", e.label());
            w.writeAttribute("weight", Double.toString(e.weight()));
            Optional<LocalDate> s = e.start();
            if (s.isPresent()) {
                w.writeAttribute("start", s.get().toString());
                // events end with their record's day; the aggregated relationship stays from the first letter on
                if (e.kind().bipartite()) w.writeAttribute("end", e.end().orElseThrow().toString());
            }
            start("attvalues");
            value("relation", e.kind().label());
            if (!e.dates().isEmpty()) value("dates", String.join(" | ", e.dates()));
            value("records", String.join(" | ", e.records()));
            if (e.kind() == EdgeKind.WROTE_TO) cumulativeWeight(e);
            end();
            end();
        }

        /** weight = letters written so far: one step per distinct day, each closed interval ending the day before the next. */
        private void cumulativeWeight(Edge e) throws XMLStreamException {
            TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
            for (Occurrence o : e.occurrences()) o.when().ifPresent(i -> perDay.merge(i.start(), 1, Integer::sum));
            int undated = (int) e.occurrences().stream().filter(o -> o.when().isEmpty()).count();
            List<Map.Entry<LocalDate, Integer>> steps = new ArrayList<>(perDay.entrySet());
            int total = undated;
            for (int i = 0; i < steps.size(); i++) {
                total += steps.get(i).getValue();
                LocalDate from = steps.get(i).getKey();
                emptyStart("attvalue");
                w.writeAttribute("for", "weight");
                w.writeAttribute("value", Double.toString(total));
                w.writeAttribute("start", from.toString());
                if (i + 1 < steps.size()) w.writeAttribute("end", steps.get(i + 1).getKey().minusDays(1).toString());
            }
        }

        private void declare(String id, String title, String type) throws XMLStreamException {
            emptyStart("attribute");
            w.writeAttribute("id", id);
            w.writeAttribute("title", title);
            w.writeAttribute("type", type);
        }

        private void value(String forId, String value) throws XMLStreamException {
            emptyStart("attvalue");
            w.writeAttribute("for", forId);
            w.writeAttribute("value", value);
        }

        private void text(String name, String text) throws XMLStreamException {
            indent();
            w.writeStartElement(NS, name);
            w.writeCharacters(text);
            w.writeEndElement();
        }

        private void start(String name) throws XMLStreamException {
            indent();
            w.writeStartElement(NS, name);
            depth++;
        }

        private void emptyStart(String name) throws XMLStreamException {
            indent();
            w.writeEmptyElement(NS, name);
        }

        private void end() throws XMLStreamException {
            depth--;
            indent();
            w.writeEndElement();
        }

        private void indent() throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
