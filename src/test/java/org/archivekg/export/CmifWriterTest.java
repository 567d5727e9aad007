package org.archivekg.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;


import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.OWL;
import org.archivekg.rdf.Vocab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The CMIF export ({@link CmifWriter}) on the seeds: valid against CMIF v1.1's RELAX NG grammar
 * ({@code ../shared/schemas/cmif/cmi-customization.rng}, with Jing) and its Schematron rules ({@code cmif.sch}: E0001–E0004,
 * W0001, run by {@link Schematron} below), and saying what the seed expectations say: six letters and telegrams, four
 * published and two known only from inside others, the telegram of 1 October from Stalin (Wikidata Q855) to Mao
 * Zedong (Q5816) and Zhou Enlai, and so on. The schemas are never copied into the project; without them the tests fail.
 */
class CmifWriterTest {

    static final Path CMIF = GraphExportFixtures.SCHEMAS.resolve("cmif");
    static final Path RNG = CMIF.resolve("cmi-customization.rng");
    static final Path SCH = CMIF.resolve("cmif.sch");
    static final Path EXAMPLES = CMIF.resolve("examples");

    static final String TEI = CmifWriter.TEI_NS;
    static final String BASE = GraphExportFixtures.BASE;
    static final String URL = "https://archive-kg.example.org/export/cmif";
    static final String PUBLISHER = "Archive KG";
    /** A fixed publication date: the file is then the same on every run. */
    static final LocalDate RUN = LocalDate.of(2025, 3, 14);

    static final String Q_STALIN = "http://www.wikidata.org/entity/Q855";
    static final String Q_MAO = "http://www.wikidata.org/entity/Q5816";
    static final String ZHOU = GraphExportFixtures.ZHOU;
    static final String ROSHCHIN = GraphExportFixtures.ROSHCHIN;
    static final String BEIJING = "https://w3id.org/archive-kg/lexicon#Beijing";
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static Dataset seeds;
    private static byte[] xml;
    private static Document doc;

    @BeforeAll
    static void export() {
        GraphExportFixtures.schema(RNG);
        GraphExportFixtures.schema(SCH);
        seeds = GraphExportFixtures.seeds();
        xml = write(seeds, RUN);
        doc = GraphExportFixtures.parse(xml);
    }

    static byte[] write(Dataset ds, LocalDate date) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CmifWriter.write(ds, PUBLISHER, URL, date, out);
        return out.toByteArray();
    }

    // ---------------------------------------------------------------------------------------------------------
    // validity

    @Test
    void validAgainstTheCmifGrammar() {
        List<String> errors = GraphExportFixtures.validateRng(RNG, xml);
        assertTrue(errors.isEmpty(), () -> "not valid CMIF (cmi-customization.rng):\n" + String.join("\n", errors) + "\n" + text(xml));
    }

    @Test
    void satisfiesEveryCmifSchematronRule() {
        Schematron sch = Schematron.load(SCH);
        // the rules this test was written against; a new rule is run too, but should be looked at
        assertEquals(Set.of("W0001", "E0001", "E0002", "E0003", "E0004"), sch.codes(), "cmif.sch changed");
        List<String> failures = sch.validate(xml);
        assertTrue(failures.isEmpty(), () -> "CMIF Schematron rules fail:\n" + String.join("\n", failures));
    }

    /** The Schematron runner is trusted only if it accepts the upstream examples and catches each rule's violation. */
    @Test
    void schematronRunnerCatchesEachRule() throws Exception {
        Schematron sch = Schematron.load(SCH);
        for (Path example : List.of(EXAMPLES.resolve("example01_basic.xml"), EXAMPLES.resolve("example02_cmi-with-printed-edition.xml"))) {
            List<String> f = sch.validate(Files.readAllBytes(GraphExportFixtures.schema(example)));
            assertTrue(f.isEmpty(), () -> example + ": " + f);
        }
        assertFires(sch, "E0001", d -> remove(d, "//tei:correspAction[@type='sent']"));
        assertFires(sch, "E0002", d -> remove(d, "//tei:correspAction[@type='received']"));
        assertFires(sch, "E0003", d -> first(d, "//tei:correspDesc").setAttribute("source", "#no-such-bibl"));
        assertFires(sch, "E0004", d -> {
            Element date = first(d, "//tei:correspAction/tei:date");
            date.removeAttribute("when");
            date.setTextContent("1 October 1950");
        });
        assertFires(sch, "W0001", d -> first(d, "//tei:bibl").setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:id", "vestnik"));
    }

    @Test
    void theGrammarIsChecked() throws Exception {
        // Jing really validates: a correspAction of another type, and a day that does not exist, are errors
        Document d = copy(doc);
        first(d, "//tei:correspAction[@type='received']").setAttribute("type", "copy");
        assertFalse(GraphExportFixtures.validateRng(RNG, bytes(d)).isEmpty());
        d = copy(doc);
        first(d, "//tei:correspAction/tei:date").setAttribute("when", "1950-02-30");
        assertFalse(GraphExportFixtures.validateRng(RNG, bytes(d)).isEmpty());
    }

    // ---------------------------------------------------------------------------------------------------------
    // the header

    @Test
    void headerNamesTitleEditorPublisherUrlDateAndLicence() {
        assertEquals(CmifWriter.TITLE, string("/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"));
        assertEquals(PUBLISHER, string("/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:editor"));
        String ps = "/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/";
        assertEquals(PUBLISHER, string(ps + "tei:publisher"));
        assertEquals(URL, string(ps + "tei:idno[@type='url']"));
        assertEquals("2025-03-14", string(ps + "tei:date/@when"));
        assertEquals("https://creativecommons.org/licenses/by/4.0/", string(ps + "tei:availability/tei:licence/@target"));
        assertTrue(string(ps + "tei:availability/tei:licence").contains("CC BY 4.0"));
    }

    /** One bibl per publication of the seeds; online (with a link) exactly when it has a URL; UUIDs that stay. */
    @Test
    void oneBiblPerPublication() {
        List<Element> bibls = elements("//tei:sourceDesc/tei:bibl");
        assertEquals(5, bibls.size(), () -> text(xml));
        Map<String, String> typeByText = new LinkedHashMap<>();
        Set<String> ids = new HashSet<>();
        for (Element b : bibls) {
            String id = b.getAttributeNS("http://www.w3.org/XML/1998/namespace", "id");
            assertTrue(UUID.matcher(id).matches() && Character.isLetter(id.charAt(0)), id);
            assertTrue(ids.add(id), "duplicate xml:id " + id);
            NodeList refs = b.getElementsByTagNameNS(TEI, "ref");
            assertEquals(b.getAttribute("type").equals("online") ? 1 : 0, refs.getLength(), b.getTextContent());
            typeByText.put(b.getTextContent().strip(), b.getAttribute("type"));
        }
        assertEquals("print", typeFor(typeByText, "Vestnik, 1996, No. 1, pp. 130-131"));
        assertEquals("print", typeFor(typeByText, "Vestnik, 1996, No. 1, pp. 132-133"));
        assertEquals("online", typeFor(typeByText, "Wilson Center Digital Archive, document 113732"));
        assertTrue(typeByText.keySet().stream().anyMatch(t -> t.contains("https://digitalarchive.umd.edu/document/112862")), typeByText::toString);
        // the ids come from the publications' IRIs, not from the run
        assertEquals(CmifWriter.xmlId(BASE + "publication/002-fe4253cd466e7b7f"),
                first(doc, "//tei:bibl[contains(., 'pp. 130-131')]").getAttributeNS("http://www.w3.org/XML/1998/namespace", "id"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // the letters

    @Test
    void sixLettersFourPublishedTwoKnownFromInsideOthers() {
        List<String> refs = new ArrayList<>();
        for (Element c : elements("//tei:profileDesc/tei:correspDesc")) refs.add(c.getAttribute("ref"));
        assertEquals(List.of(
                BASE + "record/aprf-45-1-334-l99",                               // 1 Oct, Stalin → Mao, Zhou
                BASE + "record/1950-10-02-mao-zedong-to-joseph-stalin",          // 2 Oct, Mao → Stalin (inside 002, 003)
                BASE + "record/aprf-45-1-334-l105",                              // 3 Oct, Roshchin → Stalin
                BASE + "record/1950-10-05-joseph-stalin-to-mao-zedong-letter",   // 5 Oct, Stalin → Mao
                BASE + "record/1950-10-07-mao-zedong-to-joseph-stalin",          // 7 Oct, Mao → Stalin (inside 001, 004)
                BASE + "record/aprf-45-1-347-l65"),                              // 8 Oct, Stalin → Kim
                refs, "one correspDesc per Record, by date");
    }

    @Test
    void telegramOfFirstOctoberFromStalinToMaoAndZhou() {
        String c = "//tei:correspDesc[@ref='" + GraphExportFixtures.TELEGRAM_1_OCT + "']";
        assertEquals("1", string("count(" + c + ")"));
        assertEquals(List.of(Q_STALIN), values(c + "/tei:correspAction[@type='sent']/tei:persName/@ref"));
        assertEquals("Joseph Stalin", string(c + "/tei:correspAction[@type='sent']/tei:persName"));
        assertEquals("1950-10-01", string(c + "/tei:correspAction[@type='sent']/tei:date/@when"));
        assertEquals(List.of(Q_MAO, ZHOU), values(c + "/tei:correspAction[@type='received']/tei:persName/@ref"));
        assertEquals(List.of("Mao Zedong", "Zhou Enlai"), values(c + "/tei:correspAction[@type='received']/tei:persName"));
        // addressed to "Mao Zedong or Zhou Enlai": each is an uncertain recipient
        assertEquals(List.of("low", "low"), values(c + "/tei:correspAction[@type='received']/tei:persName/@cert"));
        // published only in Vestnik 1996 (seed 002), a print edition
        assertEquals("print", string("//tei:bibl[@xml:id = substring-after(" + c + "/@source, '#')]/@type"));
        assertTrue(string("//tei:bibl[@xml:id = substring-after(" + c + "/@source, '#')]").contains("pp. 130-131"));
    }

    @Test
    void lettersKnownOnlyFromInsideOthersAreMaoToStalin() {
        // the source: a publication that carries it and whose file describes it (Roshchin's telegram of 3 October
        // transmits the reply of 2 October; the letter of 8 October, online, reports the one of 7 October)
        for (String[] rec : new String[][] {{GraphExportFixtures.MAO_2_OCT, "1950-10-02", "document 113732"},
                {GraphExportFixtures.MAO_7_OCT, "1950-10-07", "document 112862"}}) {
            String c = "//tei:correspDesc[@ref='" + rec[0] + "']";
            assertEquals("1", string("count(" + c + ")"), rec[0]);
            assertEquals(List.of(Q_MAO), values(c + "/tei:correspAction[@type='sent']/tei:persName/@ref"), rec[0]);
            assertEquals(rec[1], string(c + "/tei:correspAction[@type='sent']/tei:date/@when"), rec[0]);
            assertEquals(List.of(Q_STALIN), values(c + "/tei:correspAction[@type='received']/tei:persName/@ref"), rec[0]);
            assertEquals("1", string("count(//tei:bibl[@xml:id = substring-after(" + c + "/@source, '#')])"), rec[0]);
            assertTrue(string("//tei:bibl[@xml:id = substring-after(" + c + "/@source, '#')]").contains(rec[2]), rec[0]);
        }
    }

    @Test
    void placeOfSendingAndOwnIriForPeopleWithoutWikidata() {
        String c = "//tei:correspDesc[@ref='" + GraphExportFixtures.ROSHCHIN_3_OCT + "']";
        assertEquals(List.of(ROSHCHIN), values(c + "/tei:correspAction[@type='sent']/tei:persName/@ref"));
        assertEquals("Nikolai Roshchin", string(c + "/tei:correspAction[@type='sent']/tei:persName"));
        assertEquals("Beijing", string(c + "/tei:correspAction[@type='sent']/tei:placeName"));
        assertEquals(BEIJING, string(c + "/tei:correspAction[@type='sent']/tei:placeName/@ref"));
        assertEquals("1950-10-03", string(c + "/tei:correspAction[@type='sent']/tei:date/@when"));
        assertEquals(List.of(Q_STALIN), values(c + "/tei:correspAction[@type='received']/tei:persName/@ref"));
        // copies to the Politburo are not recipients in CMIF 1.1 (only sent and received)
        assertEquals("1", string("count(" + c + "/tei:correspAction[@type='received']/*)"));
        // the letter of 8 October to Kim Il Sung: published twice; its one source is the online edition
        String k = "//tei:correspDesc[@ref='" + GraphExportFixtures.LETTER_8_OCT + "']";
        assertEquals("online", string("//tei:bibl[@xml:id = substring-after(" + k + "/@source, '#')]/@type"));
        assertEquals(List.of(GraphExportFixtures.KIM), values(k + "/tei:correspAction[@type='received']/tei:persName/@ref"));
    }

    // ---------------------------------------------------------------------------------------------------------
    // the same output however the data arrive; dates; odd data

    @Test
    void sameBytesOnEveryRunAndFromNQuads() {
        assertArrayEquals(xml, write(seeds, RUN), "not deterministic");
        // the N-Quads that `extract` writes, read back into a transactional in-memory dataset
        ByteArrayOutputStream nq = new ByteArrayOutputStream();
        RDFDataMgr.write(nq, seeds, Lang.NQUADS);
        Dataset reread = DatasetFactory.createTxnMem();
        RDFDataMgr.read(reread, new ByteArrayInputStream(nq.toByteArray()), Lang.NQUADS);
        assertArrayEquals(xml, write(reread, RUN));
        // and a dataset without transactions
        Dataset plain = DatasetFactory.create();
        RDFDataMgr.read(plain, new ByteArrayInputStream(nq.toByteArray()), Lang.NQUADS);
        assertArrayEquals(xml, write(plain, RUN));
    }

    /** The four-argument write dates the file today; the test checks only that the date is a valid one. */
    @Test
    void defaultDateIsAValidDate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CmifWriter.write(seeds, PUBLISHER, URL, out);
        Document d = GraphExportFixtures.parse(out.toByteArray());
        String when = string(d, "/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:date/@when");
        assertNotNull(LocalDate.parse(when));
        assertTrue(GraphExportFixtures.validateRng(RNG, out.toByteArray()).isEmpty());
    }

    @Test
    void emptyDatasetGivesAValidFile() {
        byte[] empty = write(DatasetFactory.createTxnMem(), RUN);
        assertTrue(GraphExportFixtures.validateRng(RNG, empty).isEmpty(), () -> text(empty));
        assertTrue(Schematron.load(SCH).validate(empty).isEmpty());
        Document d = GraphExportFixtures.parse(empty);
        assertEquals("0", string(d, "count(//tei:correspDesc)"));
        assertEquals("1", string(d, "count(//tei:bibl)"));
    }

    /** A record with nothing known but itself, one with disagreeing and invalid dates, one with a month only. */
    @Test
    void oddRecordsStayValid() {
        DatasetGraph g = DatasetGraphFactory.createTxnMem();
        Node file = NodeFactory.createURI(BASE + "graph/x.txt");
        Node other = NodeFactory.createURI(BASE + "graph/y.txt");
        Node bare = NodeFactory.createURI(BASE + "record/bare");
        Node dated = NodeFactory.createURI(BASE + "record/dated");
        Node month = NodeFactory.createURI(BASE + "record/month");
        Node person = NodeFactory.createURI(BASE + "person/someone");
        Node office = NodeFactory.createURI(BASE + "office/embassy");
        Node type = RDF.type.asNode();
        for (Node r : List.of(bare, dated, month)) g.add(file, r, type, Vocab.Record.asNode());
        g.add(file, dated, Vocab.date.asNode(), NodeFactory.createLiteralDT("1950-10-02", XSDDatatype.XSDdate));
        g.add(other, dated, Vocab.date.asNode(), NodeFactory.createLiteralDT("1950-10-04", XSDDatatype.XSDdate));
        g.add(other, dated, Vocab.date.asNode(), NodeFactory.createLiteralDT("1950-02-30", XSDDatatype.XSDdate)); // no such day
        g.add(file, dated, Vocab.hasSender.asNode(), person);
        g.add(file, dated, Vocab.hasRecipient.asNode(), office);
        g.add(file, office, type, Vocab.Office.asNode());
        g.add(file, person, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("Someone <& Co>\u0007", "en"));
        g.add(file, person, OWL.sameAs.asNode(), NodeFactory.createURI("https://www.wikidata.org/wiki/Q42"));
        g.add(file, month, Vocab.date.asNode(), NodeFactory.createLiteralDT("1950-09", XSDDatatype.XSDgYearMonth));
        g.add(file, month, Vocab.hasSender.asNode(), person);
        byte[] out = write(DatasetFactory.wrap(g), RUN);
        assertTrue(GraphExportFixtures.validateRng(RNG, out).isEmpty(), () -> GraphExportFixtures.validateRng(RNG, out) + "\n" + text(out));
        List<String> failures = Schematron.load(SCH).validate(out);
        assertTrue(failures.isEmpty(), failures::toString);
        Document d = GraphExportFixtures.parse(out);

        String b = "//tei:correspDesc[@ref='" + bare.getURI() + "']";
        assertEquals(CmifWriter.UNKNOWN, string(d, b + "/tei:correspAction[@type='sent']/tei:persName"));
        assertEquals(CmifWriter.UNKNOWN, string(d, b + "/tei:correspAction[@type='received']/tei:persName"));
        // no publication: the source is the knowledge graph's own bibl
        assertEquals("1", string(d, "count(//tei:bibl[@xml:id = substring-after(" + b + "/@source, '#')])"));

        String x = "//tei:correspDesc[@ref='" + dated.getURI() + "']/tei:correspAction[@type='sent']";
        assertEquals("1950-10-02", string(d, x + "/tei:date/@notBefore"));
        assertEquals("1950-10-04", string(d, x + "/tei:date/@notAfter"));
        assertEquals("low", string(d, x + "/tei:date/@cert"));
        assertEquals("", string(d, x + "/tei:date/@when"));
        assertEquals("Someone <& Co>", string(d, x + "/tei:persName"));
        assertEquals("http://www.wikidata.org/entity/Q42", string(d, x + "/tei:persName/@ref"));
        assertEquals(office.getURI(), string(d, "//tei:correspDesc[@ref='" + dated.getURI() + "']/tei:correspAction[@type='received']/tei:orgName/@ref"));

        assertEquals("1950-09", string(d, "//tei:correspDesc[@ref='" + month.getURI() + "']//tei:date/@when"));
        // by date: the month of September first, the undated record last
        List<String> order = new ArrayList<>();
        for (Element c : elements(d, "//tei:correspDesc")) order.add(c.getAttribute("ref"));
        assertEquals(List.of(month.getURI(), dated.getURI(), bare.getURI()), order);
    }

    @Test
    void refusesAFileWithoutPublisherOrUrl() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IllegalArgumentException.class, () -> CmifWriter.write(seeds, " ", URL, RUN, out));
        assertThrows(IllegalArgumentException.class, () -> CmifWriter.write(seeds, PUBLISHER, "not a url", RUN, out));
        assertThrows(IllegalArgumentException.class, () -> CmifWriter.write(seeds, PUBLISHER, "export/cmif", RUN, out));
        assertEquals(0, out.size());
    }

    // ---------------------------------------------------------------------------------------------------------
    // a Schematron runner for cmif.sch

    /**
     * Runs the rules of an ISO Schematron file (here cmif.sch) with the JDK's XPath: for each pattern, every node that
     * a rule's context selects and that no earlier rule of the same pattern has taken is checked against that rule:
     * each assert must hold, no report may. cmif.sch is written for XSLT 2.0 (query binding xslt2), but its tests are
     * XPath 1.0 except for {@code matches()}, which is given here as an extension function with Java's regular
     * expressions (the same as XPath's for the UUID pattern it uses). An expression XPath 1.0 cannot compile fails the
     * test with the expression; an unsupported Schematron element ({@code let}, abstract patterns, phases) fails it
     * too, so nothing is silently skipped.
     *
     * <p>Why not a Schematron library: none is a project dependency; Jing's ISO Schematron needs Saxon, which the
     * pom keeps off the test class path, and its XSLT 1.0 skeleton never visits attribute nodes, so it would skip
     * E0003 (context {@code tei:correspDesc/@source}).
     */
    static final class Schematron {
        static final String ISO = "http://purl.oclc.org/dsdl/schematron";
        static final String FN = "http://www.w3.org/2005/xpath-functions";
        private static final Pattern CODE = Pattern.compile("\\[([EW][0-9]{4})\\]");
        private static final Pattern XPATH2_MATCHES = Pattern.compile("(?<![\\w:.-])matches\\s*\\(");

        record Check(String code, boolean isAssert, String test, String role, String message) {
        }

        record Rule(String context, List<Check> checks) {
        }

        private final Map<String, String> namespaces = new LinkedHashMap<>();
        private final List<List<Rule>> patterns = new ArrayList<>();

        static Schematron load(Path sch) {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                Document d = f.newDocumentBuilder().parse(GraphExportFixtures.schema(sch).toFile());
                Schematron s = new Schematron();
                Element root = d.getDocumentElement();
                assertEquals(ISO, root.getNamespaceURI(), "not ISO Schematron: " + sch);
                for (Element e : children(root)) {
                    switch (e.getLocalName()) {
                        case "ns" -> s.namespaces.put(e.getAttribute("prefix"), e.getAttribute("uri"));
                        case "title", "p" -> { }
                        case "pattern" -> {
                            List<Rule> rules = new ArrayList<>();
                            for (Element r : children(e)) {
                                assertEquals("rule", r.getLocalName(), "unsupported Schematron element " + r.getLocalName());
                                List<Check> checks = new ArrayList<>();
                                for (Element a : children(r)) {
                                    boolean isAssert = a.getLocalName().equals("assert");
                                    assertTrue(isAssert || a.getLocalName().equals("report"), "unsupported Schematron element " + a.getLocalName());
                                    String message = a.getTextContent().replaceAll("\\s+", " ").strip();
                                    Matcher m = CODE.matcher(message);
                                    checks.add(new Check(m.find() ? m.group(1) : message, isAssert, a.getAttribute("test"),
                                            a.getAttribute("role"), message));
                                }
                                rules.add(new Rule(r.getAttribute("context"), checks));
                            }
                            s.patterns.add(rules);
                        }
                        default -> fail("unsupported Schematron element " + e.getLocalName() + " in " + sch);
                    }
                }
                return s;
            } catch (AssertionError e) {
                throw e;
            } catch (Exception e) {
                throw new AssertionError("cannot read " + sch + ": " + e, e);
            }
        }

        Set<String> codes() {
            Set<String> codes = new TreeSet<>();
            for (List<Rule> p : patterns) for (Rule r : p) for (Check c : r.checks()) codes.add(c.code());
            return codes;
        }

        /** Every failed assert and successful report, as "[role] code at path: message"; empty when all hold. */
        List<String> validate(byte[] document) {
            Document d = GraphExportFixtures.parse(document);
            XPath xp = xpath();
            List<String> failures = new ArrayList<>();
            for (List<Rule> pattern : patterns) {
                Set<org.w3c.dom.Node> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                for (Rule rule : pattern) {
                    NodeList nodes = (NodeList) evaluate(xp, contextExpression(rule.context()), d, XPathConstants.NODESET);
                    for (int i = 0; i < nodes.getLength(); i++) {
                        org.w3c.dom.Node n = nodes.item(i);
                        if (!taken.add(n)) continue; // a node is handled by the first rule of a pattern that matches it
                        for (Check c : rule.checks()) {
                            boolean holds = (Boolean) evaluate(xp, c.test(), n, XPathConstants.BOOLEAN);
                            if (c.isAssert() != holds) {
                                failures.add("[" + (c.role().isEmpty() ? "error" : c.role()) + "] " + c.code() + " at "
                                        + path(n) + ": " + c.message());
                            }
                        }
                    }
                }
            }
            return failures;
        }

        /** An XSLT pattern as an expression selecting the nodes it matches. */
        private static String contextExpression(String pattern) {
            List<String> out = new ArrayList<>();
            for (String alt : pattern.split("\\|")) {
                String a = alt.strip();
                out.add(a.startsWith("/") ? a : "//" + a);
            }
            return String.join(" | ", out);
        }

        private Object evaluate(XPath xp, String expr, Object context, javax.xml.namespace.QName type) {
            String xpath1 = XPATH2_MATCHES.matcher(expr).replaceAll("fn:matches(");
            try {
                return xp.evaluate(xpath1, context, type);
            } catch (XPathExpressionException e) {
                throw new AssertionError("cmif.sch: cannot evaluate '" + expr + "' with XPath 1.0 (+ matches()): " + e, e);
            }
        }

        private XPath xpath() {
            XPath x = XPathFactory.newDefaultInstance().newXPath();
            Map<String, String> ns = new LinkedHashMap<>(namespaces);
            ns.put("fn", FN);
            ns.put("xml", "http://www.w3.org/XML/1998/namespace");
            x.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return ns.getOrDefault(prefix, "");
                }

                @Override
                public String getPrefix(String uri) {
                    return null;
                }

                @Override
                public java.util.Iterator<String> getPrefixes(String uri) {
                    return null;
                }
            });
            x.setXPathFunctionResolver((name, arity) -> FN.equals(name.getNamespaceURI()) && name.getLocalPart().equals("matches")
                    && arity == 2 ? args -> Pattern.compile(string(args.get(1))).matcher(string(args.get(0))).find() : null);
            return x;
        }

        /** The string value of an XPath argument: the first node's text of a node-set, or the value. */
        private static String string(Object arg) {
            if (arg instanceof NodeList nl) return nl.getLength() == 0 ? "" : nl.item(0).getTextContent();
            if (arg instanceof org.w3c.dom.Node n) return n.getTextContent();
            return arg == null ? "" : arg.toString();
        }

        private static String path(org.w3c.dom.Node n) {
            StringBuilder b = new StringBuilder();
            org.w3c.dom.Node x = n;
            if (x instanceof org.w3c.dom.Attr a) {
                b.append("/@").append(a.getName());
                x = a.getOwnerElement();
            }
            for (; x instanceof Element e; x = e.getParentNode()) b.insert(0, "/" + e.getLocalName());
            return b.toString();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    private interface Edit {
        void apply(Document d) throws Exception;
    }

    private static void assertFires(Schematron sch, String code, Edit edit) throws Exception {
        Document d = copy(doc);
        edit.apply(d);
        List<String> failures = sch.validate(bytes(d));
        assertTrue(failures.stream().anyMatch(f -> f.contains(" " + code + " at ")), () -> code + " not reported: " + failures);
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el) out.add(el);
        }
        return out;
    }

    private static XPath xpath() {
        XPath x = XPathFactory.newDefaultInstance().newXPath();
        x.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return switch (prefix) {
                    case "tei" -> TEI;
                    case "xml" -> "http://www.w3.org/XML/1998/namespace";
                    default -> "";
                };
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        return x;
    }

    private static String string(String expr) {
        return string(doc, expr);
    }

    private static String string(Document d, String expr) {
        try {
            String s = (String) xpath().evaluate(expr, d, XPathConstants.STRING);
            return s.endsWith(".0") && expr.startsWith("count(") ? s.substring(0, s.length() - 2) : s.strip();
        } catch (XPathExpressionException e) {
            throw new AssertionError(expr + ": " + e, e);
        }
    }

    private static List<String> values(String expr) {
        try {
            NodeList nl = (NodeList) xpath().evaluate(expr, doc, XPathConstants.NODESET);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < nl.getLength(); i++) out.add(nl.item(i).getTextContent().strip());
            return out;
        } catch (XPathExpressionException e) {
            throw new AssertionError(expr + ": " + e, e);
        }
    }

    private static List<Element> elements(String expr) {
        return elements(doc, expr);
    }

    private static List<Element> elements(Document d, String expr) {
        try {
            NodeList nl = (NodeList) xpath().evaluate(expr, d, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nl.getLength(); i++) out.add((Element) nl.item(i));
            return out;
        } catch (XPathExpressionException e) {
            throw new AssertionError(expr + ": " + e, e);
        }
    }

    private static Element first(Document d, String expr) {
        List<Element> es = elements(d, expr);
        assertFalse(es.isEmpty(), "nothing at " + expr);
        return es.get(0);
    }

    private static void remove(Document d, String expr) {
        for (Element e : elements(d, expr)) e.getParentNode().removeChild(e);
    }

    private static String typeFor(Map<String, String> typeByText, String part) {
        return typeByText.entrySet().stream().filter(e -> e.getKey().contains(part)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no bibl with '" + part + "': " + typeByText.keySet()));
    }

    private static Document copy(Document d) {
        return GraphExportFixtures.parse(bytes(d));
    }

    private static byte[] bytes(Document d) {
        try {
            StringWriter w = new StringWriter();
            var t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(d), new StreamResult(w));
            return w.toString().getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
