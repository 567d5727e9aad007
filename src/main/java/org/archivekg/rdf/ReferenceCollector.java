package org.archivekg.rdf;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.archivekg.Version;
import org.archivekg.extract.Lexicon;
import org.archivekg.resolve.Authority;

/**
 * Remembers which people, archives, lexicon entries and rules the file graphs refer to, then writes their
 * labels and types into the reference graph ({@link Iris#referenceGraph}), so that a graph written out is
 * readable on its own. Thread-safe.
 */
public final class ReferenceCollector {

    private static final String AUTHORITY_PERSON = "https://w3id.org/archive-kg/authority/person/";

    private final Iris iris;
    private final Set<String> people = new TreeSet<>();
    private final Map<String, Lexicon.Entry> lexiconEntries = new TreeMap<>();
    private final Map<String, Lexicon.Entry> archives = new TreeMap<>();
    /** Rule id → its IRI: a rule id is no slug ("date.header"), and every evidence names its rule. */
    private final Map<String, Node> rules = new TreeMap<>();
    private final Set<String> pseudonyms = new TreeSet<>();

    public ReferenceCollector(Iris iris) {
        this.iris = iris;
    }

    public synchronized void person(String key) {
        people.add(key);
    }

    public synchronized Node lexicon(Lexicon.Entry e) {
        lexiconEntries.put(e.iri(), e);
        return NodeFactory.createURI(e.iri());
    }

    public synchronized Node archive(Lexicon.Entry e) {
        archives.put(e.key(), e);
        return iris.archive(e.key());
    }

    /** An authority pseudonym (all its spellings one resource), and so its person too. */
    public synchronized Node pseudonym(String key) {
        pseudonyms.add(key);
        return iris.pseudonym(key);
    }

    public synchronized Node rule(String id) {
        return rules.computeIfAbsent(id, iris::rule);
    }

    /** Writes the reference graph: what was referred to, with labels from the authority, lexicon and rule descriptions. */
    public synchronized void write(StreamRDF sink, Authority authority, Lexicon lexicon, Map<String, String> ruleDescriptions) {
        Node g = iris.referenceGraph();
        Model lex = lexicon.model();
        for (String key : pseudonyms) {
            authority.pseudonym(key).ifPresent(ps -> {
                people.add(ps.personKey());
                Node n = iris.pseudonym(key);
                quad(sink, g, n, RDF.type.asNode(), Vocab.Pseudonym.asNode());
                quad(sink, g, n, RDFS.label.asNode(), GraphMapper.str(ps.label()));
                for (String f : ps.forms()) quad(sink, g, n, Vocab.writtenForm.asNode(), GraphMapper.str(f));
                quad(sink, g, n, Vocab.pseudonymOf.asNode(), iris.person(ps.personKey()));
                quad(sink, g, iris.person(ps.personKey()), Vocab.pseudonym.asNode(), n);
                quad(sink, g, n, OWL.sameAs.asNode(), NodeFactory.createURI("https://w3id.org/archive-kg/authority/pseudonym/" + key));
            });
        }
        for (String key : people) {
            authority.person(key).ifPresent(p -> {
                Node n = iris.person(key);
                quad(sink, g, n, RDF.type.asNode(), Vocab.Person.asNode());
                quad(sink, g, n, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(p.label(), "en"));
                for (String f : p.forms()) if (!f.equals(p.label())) quad(sink, g, n, SKOS.altLabel.asNode(), GraphMapper.str(f));
                quad(sink, g, n, OWL.sameAs.asNode(), NodeFactory.createURI(AUTHORITY_PERSON + key));
                for (String s : p.sameAs()) quad(sink, g, n, OWL.sameAs.asNode(), NodeFactory.createURI(s));
                for (String o : p.offices()) quad(sink, g, n, Vocab.office.asNode(), NodeFactory.createLiteralLang(o, "en"));
            });
        }
        for (Lexicon.Entry e : lexiconEntries.values()) {
            Node n = NodeFactory.createURI(e.iri());
            Resource r = lex.getResource(e.iri());
            Resource type = r.getPropertyResourceValue(RDF.type);
            if (type != null) quad(sink, g, n, RDF.type.asNode(), type.asNode());
            if (e.label() != null) quad(sink, g, n, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.label(), "en"));
            Statement notation = r.getProperty(SKOS.notation);
            if (notation != null) quad(sink, g, n, SKOS.notation.asNode(), notation.getObject().asNode());
        }
        for (Lexicon.Entry e : archives.values()) {
            Node n = iris.archive(e.key());
            Resource r = lex.getResource(e.iri());
            Resource type = r.getPropertyResourceValue(RDF.type);
            quad(sink, g, n, RDF.type.asNode(), (type != null ? type.asNode() : Vocab.Archive.asNode()));
            quad(sink, g, n, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang(e.label(), "en"));
            if (e.notation() != null) quad(sink, g, n, SKOS.notation.asNode(), GraphMapper.str(e.notation()));
            quad(sink, g, n, OWL.sameAs.asNode(), NodeFactory.createURI(e.iri()));
            lexicon.archiveOfCollection(e.key()).ifPresent(a ->
                    quad(sink, g, n, NodeFactory.createURI("https://www.ica.org/standards/RiC/ontology#isOrWasIncludedIn"), iris.archive(a)));
        }
        for (Map.Entry<String, Node> rule : rules.entrySet()) {
            String id = rule.getKey();
            Node n = rule.getValue();
            quad(sink, g, n, RDF.type.asNode(), Vocab.Rule.asNode());
            quad(sink, g, n, RDFS.label.asNode(), GraphMapper.str(id));
            String description = ruleDescriptions.get(id);
            if (description != null) quad(sink, g, n, RDFS.comment.asNode(), NodeFactory.createLiteralLang(description, "en"));
            quad(sink, g, n, Vocab.extractorVersion.asNode(), GraphMapper.str(Version.VERSION));
        }
    }


    private static void quad(StreamRDF sink, Node g, Node s, Node p, Node o) {
        sink.quad(Quad.create(g, s, p, o));
    }
}
