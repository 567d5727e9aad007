package org.archivekg.validate;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.archivekg.cli.ArchiveKg;
import org.archivekg.cli.ValidateCommand;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.rdf.Iris;
import org.archivekg.rdf.Vocab;
import org.archivekg.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The SHACL shapes ({@code ontology/shapes.ttl}) through {@link Validator}: the seeds' graph validates clean, and each
 * deliberately broken copy of it reports the expected violation with its focus node, path and source file. Then the
 * {@code validate} command on documents, RDF files and a TDB2 store: output and exit codes.
 */
class ValidatorTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final String S000 = "000_256815a977ff7b0b.txt";
    private static final String S001 = "001_d42d411745a7864a.txt";
    private static final String S002 = "002_fe4253cd466e7b7f.txt";
    private static final String S003 = "003_8407d3f3e1911c0a.txt";
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    /** The seeds' graph, extracted once; each test works on a copy. */
    private static DatasetGraph seeds;

    @TempDir
    Path tmp;

    @BeforeAll
    static void extractSeeds() {
        ProblemCollector problems = new ProblemCollector();
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RunReport report = Pipeline.builder().problems(problems).build().run(List.of(SEEDS), StreamRDFLib.dataset(dsg));
        assertEquals(5, report.filesRead().size(), () -> "seeds not read: " + report.filesFailed() + " " + problems.problems());
        seeds = dsg;
    }

    // ------------------------------------------------------------------------------------------------ the seeds

    @Test
    void theShapesParseAndCoverTheClassesTheDataUses() {
        Validator v = Validator.standard();
        assertTrue(v.shapes().numRootShapes() >= 20, "root shapes: " + v.shapes().numRootShapes());
        // every akg: class the seeds type a node with has a shape that targets it
        Graph shapes = v.shapes().getGraph();
        Node targetClass = NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass");
        List<String> uncovered = new ArrayList<>();
        Txn.executeRead(seeds, () -> seeds.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            Node c = q.getObject();
            if (c.isURI() && c.getURI().startsWith(Vocab.NS) && !shapes.contains(Node.ANY, targetClass, c) && !uncovered.contains(c.getURI())) {
                uncovered.add(c.getURI());
            }
        }));
        assertTrue(uncovered.isEmpty(), "classes without a shape: " + uncovered);
        assertTrue(shapes.contains(Node.ANY, targetClass, RDF.Statement.asNode()), "no shape for rdf:Statement");
    }

    @Test
    void theSeedsConformWithoutWarnings() {
        Report report = Validator.standard().validate(seeds);
        assertTrue(report.conforms(), () -> report.summary() + "\n" + lines(report));
        assertTrue(report.results().isEmpty(), () -> "warnings on the seeds:\n" + lines(report));
        assertEquals("conforms", report.summary());
    }

    // ------------------------------------------------------------------------------------------------ broken graphs

    @Test
    void aRecordWithTwoDates() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S000);
        Node rec = recordOf(dsg, S000);
        dsg.add(g, rec, Vocab.date.asNode(), NodeFactory.createLiteralDT("1950-10-06", XSDDatatype.XSDdate));

        Report report = Validator.standard().validate(dsg);

        Violation v = expect(report, rec, "akg:date", m -> m.contains("maxCount"));
        assertEquals(List.of(S000), v.sourceFiles());
        assertEquals(S000, v.sourceFile());
        // the new date is not reified either
        expect(report, rec, "akg:date", m -> m.contains("no rdf:Statement with akg:evidence"));
        assertOnly(report, rec);
        assertTrue(report.summary().startsWith("does not conform: "), report.summary());
        assertEquals(java.util.Set.of(S000), report.filesWithViolations());
    }

    @Test
    void aDateTypedAsString() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S000);
        Node rec = recordOf(dsg, S000);
        Node date = single(dsg, g, rec, Vocab.date.asNode());
        Node asString = NodeFactory.createLiteralString(date.getLiteralLexicalForm());
        replaceObject(dsg, g, rec, Vocab.date.asNode(), date, asString);

        Report report = Validator.standard().validate(dsg);

        Violation v = expect(report, rec, "akg:date", m -> m.contains("date"));
        assertEquals(asString, v.value());
        assertEquals(List.of(S000), v.sourceFiles());
        // "day" no longer fits the (now string) date
        expect(report, rec, "akg:datePrecision", m -> m.contains("does not fit"));
        assertOnly(report, rec);
    }

    @Test
    void anIllFormedDateLiteral() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S000);
        Node rec = recordOf(dsg, S000);
        Node date = single(dsg, g, rec, Vocab.date.asNode());
        Node bad = NodeFactory.createLiteralDT("1950-13-45", XSDDatatype.XSDdate);
        replaceObject(dsg, g, rec, Vocab.date.asNode(), date, bad);

        Report report = Validator.standard().validate(dsg);

        Violation v = expect(report, rec, "akg:date", m -> true);
        assertEquals(bad, v.value());
        assertEquals(S000, v.sourceFile());
    }

    @Test
    void aPrecisionThatDoesNotFitTheDatatype() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S000);
        Node rec = recordOf(dsg, S000);
        dsg.delete(g, rec, Vocab.datePrecision.asNode(), NodeFactory.createLiteralString("day"));
        dsg.add(g, rec, Vocab.datePrecision.asNode(), NodeFactory.createLiteralString("month"));

        Report report = Validator.standard().validate(dsg);

        Violation v = expect(report, rec, "akg:datePrecision", m -> m.contains("does not fit") && m.contains("month"));
        assertEquals(S000, v.sourceFile());
        assertOnly(report, rec);
    }

    @Test
    void aPrecisionOutsideDayMonthYear() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S000);
        Node rec = recordOf(dsg, S000);
        dsg.delete(g, rec, Vocab.datePrecision.asNode(), NodeFactory.createLiteralString("day"));
        dsg.add(g, rec, Vocab.datePrecision.asNode(), NodeFactory.createLiteralString("week"));

        Report report = Validator.standard().validate(dsg);

        expect(report, rec, "akg:datePrecision", m -> m.contains("In"));
    }

    @Test
    void aStatementWithoutEvidence() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S002);
        Node rec = recordOf(dsg, S002);
        Node sender = single(dsg, g, rec, Vocab.hasSender.asNode());
        Node st = IRIS.statement(rec, Vocab.hasSender.asNode(), sender);
        assertTrue(dsg.contains(g, st, RDF.type.asNode(), RDF.Statement.asNode()), "no statement " + st);
        dsg.deleteAny(g, st, Vocab.evidence.asNode(), Node.ANY);

        Report report = Validator.standard().validate(dsg);

        Violation v = expect(report, st, "akg:evidence", m -> m.contains("evidence"));
        assertEquals(List.of(S002), v.sourceFiles());
        // seen from the record: its sender has no evidence any more
        Violation fromRecord = expect(report, rec, "akg:hasSender", m -> m.contains("no rdf:Statement with akg:evidence"));
        assertEquals(S002, fromRecord.sourceFile());
        // its evidence spans are now unused: warnings, not violations
        assertTrue(report.warnings().stream().anyMatch(w -> w.message().contains("no rdf:Statement")), () -> lines(report));
    }

    @Test
    void aFactThatIsNotReified() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S002);
        Node rec = recordOf(dsg, S002);
        Node sender = single(dsg, g, rec, Vocab.hasSender.asNode());
        Node st = IRIS.statement(rec, Vocab.hasSender.asNode(), sender);
        removeSubjectAndEvidence(dsg, g, st);

        Report report = Validator.standard().validate(dsg);

        Violation v = expect(report, rec, "akg:hasSender", m -> m.contains("no rdf:Statement with akg:evidence"));
        assertEquals(sender, v.value());
        assertEquals(S002, v.sourceFile());
        assertOnly(report, rec);
    }

    @Test
    void aReifiedFactThatIsNotAsserted() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S002);
        Node rec = recordOf(dsg, S002);
        Node sender = single(dsg, g, rec, Vocab.hasSender.asNode());
        Node st = IRIS.statement(rec, Vocab.hasSender.asNode(), sender);
        dsg.delete(g, rec, Vocab.hasSender.asNode(), sender);

        Report report = Validator.standard().validate(dsg);

        Violation v = expect(report, st, null, m -> m.contains("is not asserted"));
        assertEquals(S002, v.sourceFile());
    }

    @Test
    void anEvidenceWithoutRule() {
        DatasetGraph dsg = copy(seeds);
        Node ev = someEvidence(dsg, S003);
        dsg.deleteAny(IRIS.graph(S003), ev, Vocab.rule.asNode(), Node.ANY);

        Report report = Validator.standard().validate(dsg);

        Violation v = expect(report, ev, "akg:rule", m -> m.contains("minCount"));
        assertEquals(List.of(S003), v.sourceFiles());
        assertOnly(report, ev);
    }

    @Test
    void anEvidenceWhoseRuleIsNotARule() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S003);
        Node ev = someEvidence(dsg, S003);
        dsg.deleteAny(g, ev, Vocab.rule.asNode(), Node.ANY);
        dsg.add(g, ev, Vocab.rule.asNode(), NodeFactory.createURI(Iris.DEFAULT_BASE + "rule/no-such-rule"));

        Report report = Validator.standard().validate(dsg);

        expect(report, ev, "akg:rule", m -> m.contains("class"));
    }

    @Test
    void anEvidenceThatStartsAfterItEnds() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S001);
        Node ev = someEvidence(dsg, S001);
        Node end = single(dsg, g, ev, Vocab.endOffset.asNode());
        int endOffset = Integer.parseInt(end.getLiteralLexicalForm());
        dsg.deleteAny(g, ev, Vocab.startOffset.asNode(), Node.ANY);
        dsg.add(g, ev, Vocab.startOffset.asNode(), NodeFactory.createLiteralDT(Integer.toString(endOffset + 5), XSDDatatype.XSDinteger));

        Report report = Validator.standard().validate(dsg);

        Violation v = expect(report, ev, "akg:startOffset", m -> m.contains("LessThanOrEquals") || m.contains("lessThanOrEquals"));
        assertEquals(List.of(S001), v.sourceFiles());
        assertOnly(report, ev);
    }

    @Test
    void anEvidenceWhoseTextDoesNotSpanItsOffsets() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S001);
        Node ev = someEvidence(dsg, S001);
        String exact = single(dsg, g, ev, Vocab.exact.asNode()).getLiteralLexicalForm();
        dsg.deleteAny(g, ev, Vocab.exact.asNode(), Node.ANY);
        dsg.add(g, ev, Vocab.exact.asNode(), NodeFactory.createLiteralString(exact + "!"));

        Report report = Validator.standard().validate(dsg);

        Violation v = expect(report, ev, "akg:exact", m -> m.contains("UTF-16"));
        assertEquals(S001, v.sourceFile());
    }

    @Test
    void offsetsCountUtf16CodeUnits() {
        // a supplementary character is one code point (SPARQL STRLEN) but two UTF-16 code units (our offsets)
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S001);
        Node ev = null;
        for (Iterator<Quad> it = dsg.find(g, Node.ANY, Vocab.exact.asNode(), Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (q.getObject().getLiteralLexicalForm().length() >= 3) {
                ev = q.getSubject();
                break;
            }
        }
        assertNotNull(ev);
        String exact = single(dsg, g, ev, Vocab.exact.asNode()).getLiteralLexicalForm();
        dsg.deleteAny(g, ev, Vocab.exact.asNode(), Node.ANY);
        dsg.add(g, ev, Vocab.exact.asNode(), NodeFactory.createLiteralString("\uD835\uDD38" + exact.substring(2)));

        Report report = Validator.standard().validate(dsg);

        assertTrue(report.results().isEmpty(), () -> lines(report));
    }

    @Test
    void anUnresolvedPersonWithoutLabel() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S003);
        Node person = null;
        for (Iterator<Quad> it = dsg.find(g, Node.ANY, Vocab.unresolved.asNode(), Node.ANY); it.hasNext(); ) {
            person = it.next().getSubject();
            break;
        }
        assertNotNull(person, "no unresolved person in " + S003);
        dsg.deleteAny(g, person, SKOS.prefLabel.asNode(), Node.ANY);

        Report report = Validator.standard().validate(dsg);

        Violation v = expect(report, person, "skos:prefLabel", m -> m.contains("minCount"));
        assertEquals(List.of(S003), v.sourceFiles());
        assertOnly(report, person);
    }

    @Test
    void aResolvedPersonWhoseLabelIsMissingFromTheReferenceGraph() {
        // the label lives in the reference graph; the person is named by the file graphs that refer to it
        DatasetGraph dsg = copy(seeds);
        Node rec = recordOf(dsg, S002);
        Node sender = single(dsg, IRIS.graph(S002), rec, Vocab.hasSender.asNode());
        dsg.deleteAny(IRIS.referenceGraph(), sender, SKOS.prefLabel.asNode(), Node.ANY);

        Report report = Validator.standard().validate(dsg);

        Violation v = expect(report, sender, "skos:prefLabel", m -> m.contains("minCount"));
        assertTrue(v.sourceFiles().contains(S002), () -> v.sourceFiles().toString());
    }

    @Test
    void aSenderThatIsNotAPerson() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S000);
        Node rec = recordOf(dsg, S000);
        Node sender = single(dsg, g, rec, Vocab.hasSender.asNode());
        Node place = NodeFactory.createURI("https://w3id.org/archive-kg/lexicon#Moscow");
        replaceObject(dsg, g, rec, Vocab.hasSender.asNode(), sender, place);

        Report report = Validator.standard().validate(dsg);

        Violation v = expect(report, rec, "akg:hasSender", m -> m.contains("class"));
        assertEquals(place, v.value());
        assertEquals(S000, v.sourceFile());
    }

    @Test
    void aRecordThatNothingPublishes() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S000);
        Node rec = recordOf(dsg, S000);
        dsg.deleteAny(g, Node.ANY, Vocab.publishes.asNode(), rec);

        Report report = Validator.standard().validate(dsg);

        expect(report, rec, null, m -> m.contains("no akg:Publication publishes"));
        // and the publication now publishes nothing
        expect(report, IRIS.publication(S000), "akg:publishes", m -> m.contains("minCount"));
    }

    @Test
    void aRecordWithoutDateIsOnlyAWarning() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S000);
        Node rec = recordOf(dsg, S000);
        Node date = single(dsg, g, rec, Vocab.date.asNode());
        removeSubjectAndEvidence(dsg, g, IRIS.statement(rec, Vocab.date.asNode(), date));
        dsg.delete(g, rec, Vocab.date.asNode(), date);
        dsg.deleteAny(g, rec, Vocab.datePrecision.asNode(), Node.ANY);

        Report report = Validator.standard().validate(dsg);

        assertTrue(report.conforms(), () -> lines(report));
        Violation w = expect(report, rec, null, m -> m.contains("no akg:date"));
        assertEquals(Violation.Severity.WARNING, w.severity());
        assertEquals(S000, w.sourceFile());
        assertTrue(report.summary().startsWith("conforms ("), report.summary());
    }

    @Test
    void aBlankNodeRecord() {
        DatasetGraph dsg = copy(seeds);
        Node g = IRIS.graph(S000);
        Node blank = NodeFactory.createBlankNode();
        dsg.add(g, blank, RDF.type.asNode(), Vocab.Record.asNode());
        dsg.add(g, blank, Vocab.embedded.asNode(), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));

        Report report = Validator.standard().validate(dsg);

        Violation v = expect(report, blank, null, m -> m.contains("IRI"));
        assertEquals(S000, v.sourceFile());
    }

    /** Without named graphs (a Turtle file, say), the source file comes from akg:inFile, akg:sourceFile and evidence. */
    @Test
    void aSingleGraphNamesSourceFilesFromTheData() {
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(seeds, () -> seeds.find().forEachRemaining(q -> union.add(q.asTriple())));
        Node ev = someEvidence(seeds, S003);
        union.remove(ev, Vocab.rule.asNode(), Node.ANY);
        Node person = null;
        for (Iterator<org.apache.jena.graph.Triple> it = union.find(Node.ANY, Vocab.unresolved.asNode(), Node.ANY); it.hasNext(); ) {
            Node p = it.next().getSubject();
            if (p.getURI().contains("araushkin")) person = p;
        }
        assertNotNull(person);
        union.remove(person, SKOS.prefLabel.asNode(), Node.ANY);
        Node rec = recordOf(seeds, S000);
        union.add(rec, Vocab.date.asNode(), NodeFactory.createLiteralDT("1950", XSDDatatype.XSDgYear));

        Report report = Validator.standard().validate(union);

        assertEquals(List.of(S003), expect(report, ev, "akg:rule", m -> true).sourceFiles());
        assertEquals(List.of(S003), expect(report, person, "skos:prefLabel", m -> true).sourceFiles());
        assertEquals(List.of(S000), expect(report, rec, "akg:date", m -> m.contains("maxCount")).sourceFiles());
    }

    @Test
    void reportsMapSourceFilesAndGroupByFile() {
        DatasetGraph dsg = copy(seeds);
        Node ev = someEvidence(dsg, S003);
        dsg.deleteAny(IRIS.graph(S003), ev, Vocab.rule.asNode(), Node.ANY);
        Report report = Validator.standard().validate(dsg).mapSourceFiles(f -> "docs/" + f);
        assertEquals(java.util.Set.of("docs/" + S003), report.byFile().keySet());
        assertTrue(report.violations().get(0).toString().startsWith("violation: docs/" + S003 + ": <" + ev.getURI() + "> akg:rule: "),
                report.violations().get(0).toString());
    }

    // ------------------------------------------------------------------------------------------------ the command

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ArchiveKg.commandLine();
        if (!cl.getSubcommands().containsKey("validate")) cl.addSubcommand(new ValidateCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void validateDocumentsThatConformExitsZero() {
        Run r = run("validate", SEEDS.toString());
        assertEquals(0, r.exit(), () -> r.out() + r.err());
        assertEquals("conforms", r.out().strip(), r.out());
        assertTrue(r.err().contains("[5/5]"), r.err());
    }

    @Test
    void validateAnRdfFileWithViolationsExitsOneAndNamesFocusPathAndFile() throws IOException {
        DatasetGraph dsg = copy(seeds);
        Node rec = recordOf(dsg, S000);
        dsg.add(IRIS.graph(S000), rec, Vocab.date.asNode(), NodeFactory.createLiteralDT("1950-10", XSDDatatype.XSDgYearMonth));
        Node ev = someEvidence(dsg, S003);
        dsg.deleteAny(IRIS.graph(S003), ev, Vocab.rule.asNode(), Node.ANY);
        Path nq = write(dsg, tmp.resolve("broken.nq"));

        Run r = run("validate", "--rdf", nq.toString());

        assertEquals(1, r.exit(), () -> r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("violation: " + S000 + ": <" + rec.getURI() + "> akg:date: ") && l.contains("maxCount")),
                r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("violation: " + S003 + ": <" + ev.getURI() + "> akg:rule: ")), r.out());
        assertTrue(lines.get(lines.size() - 1).startsWith("does not conform: "), r.out());
        assertTrue(lines.get(lines.size() - 1).contains("in 2 files"), r.out());
    }

    @Test
    void validateAConformingRdfFileExitsZero() throws IOException {
        Path nq = write(seeds, tmp.resolve("seeds.nq"));
        Run r = run("validate", "--rdf", nq.toString());
        assertEquals(0, r.exit(), () -> r.out() + r.err());
        assertEquals("conforms", r.out().strip());
    }

    @Test
    void validateAStore() throws IOException {
        Path dir = tmp.resolve("store");
        Store store = Store.open(dir);
        try {
            store.load(Pipeline.builder().build(), List.of(SEEDS));
        } finally {
            store.close();
        }
        Run ok = run("validate", "--data", dir.toString());
        assertEquals(0, ok.exit(), () -> ok.out() + ok.err());
        assertEquals("conforms", ok.out().strip());
        // a store of more graphs than --spill-above is read where it lies, not copied into memory: the same answer
        Run inPlace = run("validate", "--data", dir.toString(), "--spill-above", "2");
        assertEquals(0, inPlace.exit(), () -> inPlace.out() + inPlace.err());
        assertEquals("conforms", inPlace.out().strip());
        assertTrue(inPlace.err().contains("more than 2 graphs: the store is checked where it lies"), inPlace.err());
        assertFalse(ok.err().contains("where it lies"), ok.err());

        // break it: an unresolved person of 003 loses its label
        Node person = NodeFactory.createURI(Iris.DEFAULT_BASE + "person/unresolved-araushkin");
        store = Store.open(dir);
        try {
            Store s = store;
            Txn.executeWrite(s.dataset(), () -> s.dataset().asDatasetGraph().deleteAny(IRIS.graph(S003), person, SKOS.prefLabel.asNode(), Node.ANY));
        } finally {
            store.close();
        }
        Run bad = run("validate", "--data", dir.toString());
        assertEquals(1, bad.exit(), () -> bad.out() + bad.err());
        assertTrue(bad.out().lines().anyMatch(l -> l.startsWith("violation: " + S003 + ": <" + person.getURI() + "> skos:prefLabel: ")), bad.out());
        Run badInPlace = run("validate", "--data", dir.toString(), "--spill-above", "2");
        assertEquals(1, badInPlace.exit(), () -> badInPlace.out() + badInPlace.err());
        assertEquals(bad.out(), badInPlace.out(), "the same violations, in the same order");
    }

    @Test
    void usageErrorsExitTwo() {
        Run none = run("validate");
        assertEquals(2, none.exit(), none.err());
        assertTrue(none.err().contains("Give what to validate"), none.err());
        Run both = run("validate", SEEDS.toString(), "--data", tmp.toString());
        assertEquals(2, both.exit(), both.err());
        assertTrue(both.err().contains("only one of"), both.err());
    }

    @Test
    void unreadableInputExitsOne() throws IOException {
        Run noStore = run("validate", "--data", tmp.resolve("no-such-store").toString());
        assertEquals(1, noStore.exit());
        assertTrue(noStore.err().contains("no such store"), noStore.err());
        assertFalse(Files.exists(tmp.resolve("no-such-store")), "validate created a store");

        Path garbage = tmp.resolve("garbage.nq");
        Files.writeString(garbage, "this is not N-Quads\n");
        Run bad = run("validate", "--rdf", garbage.toString());
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains(garbage.toString()) && bad.err().contains("cannot read as RDF"), bad.err());

        Run missing = run("validate", tmp.resolve("missing.txt").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void helpExitsZero() {
        Run r = run("validate", "--help");
        assertEquals(0, r.exit(), r.err());
        for (String s : List.of("Usage:", "validate", "--rdf", "--data", "--shapes", "FILE-OR-DIR", "Exit codes")) {
            assertTrue(r.out().contains(s), "'" + s + "' missing from:\n" + r.out());
        }
    }

    @Test
    void otherShapesCanBeGiven() throws IOException {
        Path shapes = tmp.resolve("shapes.ttl");
        Files.writeString(shapes, """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix akg: <https://w3id.org/archive-kg/ns#> .
                [] a sh:NodeShape ; sh:targetClass akg:Record ; sh:property [ sh:path akg:date ; sh:maxCount 0 ] .
                """);
        Path nq = write(seeds, tmp.resolve("seeds.nq"));
        Run r = run("validate", "--rdf", nq.toString(), "--shapes", shapes.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("akg:date"), r.out());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Finds a result about {@code focus} at {@code path} (null: any path) whose message passes the test. */
    private static Violation expect(Report report, Node focus, String path, Predicate<String> message) {
        return report.results().stream()
                .filter(v -> v.focus().equals(focus))
                .filter(v -> path == null || path.equals(v.path()))
                .filter(v -> message.test(v.message()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + focus + " " + (path == null ? "" : path) + " in:\n" + lines(report)));
    }

    /** Every violation (warnings aside) is about {@code focus}: the mutation broke nothing else. */
    private static void assertOnly(Report report, Node focus) {
        assertAll(report.violations().stream().map(v -> () -> assertEquals(focus, v.focus(), "unexpected violation: " + v)));
    }

    private static String lines(Report report) {
        StringBuilder sb = new StringBuilder();
        report.results().forEach(v -> sb.append(v).append('\n'));
        return sb.toString();
    }

    private static DatasetGraph copy(DatasetGraph from) {
        DatasetGraph to = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(from, () -> from.find().forEachRemaining(to::add));
        return to;
    }

    private static Path write(DatasetGraph dsg, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, dsg, Lang.NQUADS);
        }
        return file;
    }

    /** The Record the file's Publication publishes. */
    private static Node recordOf(DatasetGraph dsg, String file) {
        return single(dsg, IRIS.graph(file), IRIS.publication(file), Vocab.publishes.asNode());
    }

    private static Node single(DatasetGraph dsg, Node g, Node s, Node p) {
        List<Node> objects = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> objects.add(q.getObject()));
        assertEquals(1, objects.size(), () -> "values of " + p + " of " + s + " in " + g + ": " + objects);
        return objects.get(0);
    }

    /** The first (by IRI) evidence span of the file's graph that belongs to a statement. */
    private static Node someEvidence(DatasetGraph dsg, String file) {
        Node g = IRIS.graph(file);
        List<String> evs = new ArrayList<>();
        dsg.find(g, Node.ANY, Vocab.evidence.asNode(), Node.ANY).forEachRemaining(q -> evs.add(q.getObject().getURI()));
        assertFalse(evs.isEmpty(), "no evidence in " + file);
        evs.sort(null);
        return NodeFactory.createURI(evs.get(0));
    }

    /** Replaces the object of a fact in the asserted triple and in its reification. */
    private static void replaceObject(DatasetGraph dsg, Node g, Node s, Node p, Node old, Node neu) {
        dsg.delete(g, s, p, old);
        dsg.add(g, s, p, neu);
        Node st = IRIS.statement(s, p, old);
        assertTrue(dsg.contains(g, st, RDF.object.asNode(), old), "no statement of " + s + " " + p + " " + old);
        dsg.delete(g, st, RDF.object.asNode(), old);
        dsg.add(g, st, RDF.object.asNode(), neu);
    }

    /** Removes a statement with its evidence spans from a graph. */
    private static void removeSubjectAndEvidence(DatasetGraph dsg, Node g, Node st) {
        List<Node> evidence = new ArrayList<>();
        dsg.find(g, st, Vocab.evidence.asNode(), Node.ANY).forEachRemaining(q -> evidence.add(q.getObject()));
        assertFalse(evidence.isEmpty(), "no evidence of " + st);
        dsg.deleteAny(g, st, Node.ANY, Node.ANY);
        for (Node ev : evidence) dsg.deleteAny(g, ev, Node.ANY, Node.ANY);
    }
}
