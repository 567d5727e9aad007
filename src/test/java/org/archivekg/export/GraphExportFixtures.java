package org.archivekg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.ProblemCollector;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The seeds as a dataset, and validation against the schemas in {@code ../shared/schemas} (never copied here). */
final class GraphExportFixtures {

    static final Path SEEDS = Path.of("seeds");
    static final Path SCHEMAS = Path.of("../shared/schemas");
    static final Path GEXF_RNG = SCHEMAS.resolve("gexf-1.3/gexf.rng");
    static final Path GEXF_XSD = SCHEMAS.resolve("gexf-1.3/gexf.xsd");
    static final Path GRAPHML_XSD = SCHEMAS.resolve("graphml/graphml.xsd");

    /** Jing's JAXP factory for the XML syntax of RELAX NG (test dependency org.relaxng:jing). */
    static final String JING_FACTORY = "com.thaiopensource.relaxng.jaxp.XMLSyntaxSchemaFactory";

    static final String BASE = "http://localhost:3030/id/";
    static final String STALIN = BASE + "person/joseph-stalin";
    static final String MAO = BASE + "person/mao-zedong";
    static final String ZHOU = BASE + "person/zhou-enlai";
    static final String KIM = BASE + "person/kim-il-sung";
    static final String ROSHCHIN = BASE + "person/nikolai-roshchin";
    static final String SHTYKOV = BASE + "person/terentii-shtykov";
    static final String AMBASSADOR = BASE + "office/soviet-ambassador-in-beijing";
    /** Stalin's telegram of 1 October to Mao and Zhou via the ambassador (seed 002). */
    static final String TELEGRAM_1_OCT = BASE + "record/aprf-45-1-334-l99";
    /** Roshchin's telegram of 3 October carrying Mao's reply (seed 003). */
    static final String ROSHCHIN_3_OCT = BASE + "record/aprf-45-1-334-l105";
    /** Stalin's letter to Mao of 5 October (seed 000). */
    static final String LETTER_5_OCT = BASE + "record/1950-10-05-joseph-stalin-to-mao-zedong-letter";
    /** Stalin's letter to Kim of 8 October via Shtykov (seeds 001 and 004), which quotes the letter of 5 October. */
    static final String LETTER_8_OCT = BASE + "record/aprf-45-1-347-l65";
    /** Mao's reply of 2 October, known only from inside 002 and 003. */
    static final String MAO_2_OCT = BASE + "record/1950-10-02-mao-zedong-to-joseph-stalin";
    /** Mao's letter of 7 October, known only from inside 001 and 004. */
    static final String MAO_7_OCT = BASE + "record/1950-10-07-mao-zedong-to-joseph-stalin";

    private GraphExportFixtures() {
    }

    /** The seeds read by the pipeline into an in-memory dataset, as {@code extract} does. */
    static Dataset seeds() {
        assertTrue(Files.isDirectory(SEEDS), "seeds/ missing: " + SEEDS.toAbsolutePath());
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ProblemCollector problems = new ProblemCollector();
        RunReport report = Pipeline.builder().problems(problems).build().run(List.of(SEEDS), StreamRDFLib.dataset(dsg));
        assertEquals(5, report.filesRead().size(), () -> "seeds not all read: " + problems.problems());
        return DatasetFactory.wrap(dsg);
    }

    static byte[] bytes(CorrespondenceNetwork net, GraphExport.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraphExport.write(net, format, out);
        return out.toByteArray();
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e, e);
        }
    }

    /** A schema file under ../shared/schemas; fails (never skips) when the folder is not beside the project. */
    static Path schema(Path p) {
        if (!Files.isDirectory(SCHEMAS)) {
            fail("the schemas are missing: expected " + SCHEMAS.toAbsolutePath().normalize() + " (the shared/ folder beside "
                    + "the project, as CI has it); the export tests validate against them and cannot run without them");
        }
        assertTrue(Files.isRegularFile(p), "schema file missing: " + p.toAbsolutePath().normalize());
        return p;
    }

    /** W3C XML Schema validation with the JDK; returns every error (empty: valid). */
    static List<String> validateXsd(Path xsd, byte[] xml) {
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return validate(f.newSchema(schema(xsd).toFile()), xml);
        } catch (SAXException e) {
            throw new AssertionError("cannot load " + xsd + ": " + e, e);
        }
    }

    /** RELAX NG validation with Jing; fails with the dependency to add when Jing is not on the class path. */
    static List<String> validateRng(Path rng, byte[] xml) {
        SchemaFactory f;
        try {
            f = SchemaFactory.newInstance(XMLConstants.RELAXNG_NS_URI, JING_FACTORY, GraphExportFixtures.class.getClassLoader());
        } catch (IllegalArgumentException | javax.xml.validation.SchemaFactoryConfigurationError e) {
            throw new AssertionError("no RELAX NG validator: add Jing to pom.xml as a test dependency "
                    + "(org.relaxng:jing:20241231, scope test): " + e, e);
        }
        try {
            return validate(f.newSchema(new StreamSource(schema(rng).toFile())), xml);
        } catch (SAXException e) {
            throw new AssertionError("cannot load " + rng + ": " + e, e);
        }
    }

    private static List<String> validate(Schema schema, byte[] xml) {
        List<String> errors = new ArrayList<>();
        Validator v = schema.newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        try {
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            errors.add(e.toString());
        }
        return errors;
    }
}
