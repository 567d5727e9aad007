package org.archivekg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.rdf.Iris;
import org.archivekg.rdf.Vocab;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden tests: each folder of {@code src/test/resources/golden/<format>/<case>/} holds a source document and
 * {@code expected.ttl}, the facts the graph must hold for it (written by hand from the seed expectations).
 * Every expected triple must be in the document's graph (or the reference graph), and every fact must carry
 * evidence whose exact text is the text at its offsets in the source.
 */
class GoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    /** Predicates that state facts read from the text: each needs a reified statement with evidence. */
    private static final Set<Node> FACTS = Set.of(
            DCTerms.title.asNode(), Vocab.kind.asNode(), Vocab.documentNumber.asNode(), Vocab.date.asNode(),
            Vocab.conflictingDate.asNode(), Vocab.hasSender.asNode(), Vocab.hasRecipient.asNode(), Vocab.alternativeRecipients.asNode(),
            Vocab.transmittedVia.asNode(), Vocab.copySentTo.asNode(), Vocab.signedAs.asNode(), Vocab.pseudonymOf.asNode(),
            Vocab.locatedAt.asNode(), Vocab.sentFrom.asNode(), Vocab.receivedTime.asNode(), Vocab.originalLanguage.asNode(),
            Vocab.edition.asNode(), Vocab.publisher.asNode(), Vocab.documentUrl.asNode(), Vocab.translator.asNode(),
            Vocab.inCollection.asNode(), Vocab.machineTranslated.asNode(), Vocab.writtenForm.asNode(), Vocab.mentions.asNode(),
            Vocab.noteDate.asNode());

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.walk(GOLDEN)) {
            cases = s.filter(p -> p.getFileName().toString().equals("expected.ttl")).map(Path::getParent).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no golden cases under " + GOLDEN);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(GOLDEN.relativize(dir).toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        Path input;
        try (Stream<Path> s = Files.list(dir)) {
            input = s.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        ProblemCollector problems = new ProblemCollector();
        DatasetGraph out = DatasetGraphFactory.createTxnMem();
        RunReport report = Pipeline.builder().problems(problems).build().run(List.of(input), StreamRDFLib.dataset(out));
        assertEquals(List.of(input.toString()), report.filesRead(), () -> "not read: " + problems.problems());
        assertFalse(problems.hasErrors(), () -> "problems: " + problems.problems());

        Iris iris = new Iris(Iris.DEFAULT_BASE);
        Node fileGraph = iris.graph(input.getFileName().toString());
        Graph facts = out.getGraph(fileGraph);
        Graph reference = out.getGraph(iris.referenceGraph());
        String source = Files.readString(input, StandardCharsets.UTF_8).replace("\r\n", "\n");

        Graph expected = RDFDataMgr.loadGraph(dir.resolve("expected.ttl").toString());
        List<String> missing = new ArrayList<>();
        List<String> withoutEvidence = new ArrayList<>();
        expected.find().forEachRemaining(t -> {
            if (!facts.contains(t) && !reference.contains(t)) {
                missing.add(t.toString());
            } else if (facts.contains(t) && FACTS.contains(t.getPredicate()) && !hasEvidence(facts, t, source)) {
                // a fact read from the document (not reference data from the authority) must carry its evidence
                withoutEvidence.add(t.toString());
            }
        });
        if (!missing.isEmpty() || !withoutEvidence.isEmpty()) {
            fail("golden " + dir + "\nmissing:\n  " + String.join("\n  ", missing)
                    + "\nwithout valid evidence:\n  " + String.join("\n  ", withoutEvidence)
                    + "\nthe document's graph (sorted):\n" + sorted(facts));
        }
        // every entity has an IRI: no blank nodes anywhere
        out.find().forEachRemaining(q -> assertTrue(!q.getSubject().isBlank() && !q.getObject().isBlank(), () -> "blank node in " + q));
    }

    /** A reified statement of the triple with at least one evidence, each evidence's exact text found at its offsets. */
    private static boolean hasEvidence(Graph g, Triple t, String source) {
        List<Node> statements = g.find(Node.ANY, RDF.subject.asNode(), t.getSubject())
                .filterKeep(st -> g.contains(st.getSubject(), RDF.predicate.asNode(), t.getPredicate())
                        && g.contains(st.getSubject(), RDF.object.asNode(), t.getObject()))
                .mapWith(Triple::getSubject).toList();
        for (Node st : statements) {
            List<Node> evidence = g.find(st, Vocab.evidence.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
            if (evidence.isEmpty()) continue;
            boolean allValid = evidence.stream().allMatch(ev -> {
                int start = intValue(g, ev, Vocab.startOffset.asNode());
                int end = intValue(g, ev, Vocab.endOffset.asNode());
                String exact = g.find(ev, Vocab.exact.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
                boolean hasRule = g.contains(ev, Vocab.rule.asNode(), Node.ANY);
                int line = intValue(g, ev, Vocab.line.asNode());
                int lineOfStart = (int) source.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
                return hasRule && source.substring(start, end).equals(exact) && line == lineOfStart;
            });
            if (allValid) return true;
        }
        return false;
    }

    private static int intValue(Graph g, Node s, Node p) {
        return Integer.parseInt(g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    private static String sorted(Graph g) {
        return String.join("\n", g.find().mapWith(Triple::toString)
                .filterDrop(s -> s.contains("/statement/") || s.contains("/evidence/") || s.contains("/text/")).toList().stream().sorted().toList());
    }

}
