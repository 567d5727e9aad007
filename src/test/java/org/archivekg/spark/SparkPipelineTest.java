package org.archivekg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.rdf.Iris;
import org.archivekg.rdf.Vocab;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job (local[2]) gives the same graph as the single-machine {@code Pipeline.run} on the same files: the
 * union of its N-Quads shards equals the pipeline's quads (no blank nodes, so equal sets are isomorphic graphs; the
 * pipeline writes no run graph, so nothing is left out), and the shards load into TDB2 with TDB2's own loader.
 */
class SparkPipelineTest {

    private static final Pattern SHARD = Pattern.compile("part-r-\\d{5}\\.nq");
    private static JavaSparkContext sc;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startSpark() {
        // quiet: Spark and Hadoop warn about what a test in local mode does not need (native libraries, …)
        Configurator.setLevel("org.apache.spark", Level.ERROR);
        Configurator.setLevel("org.apache.hadoop", Level.ERROR);
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("archive-kg-test")
                .set("spark.ui.enabled", "false")           // no web UI: nothing to serve, and no port to take
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1");
        sc = new JavaSparkContext(conf);
    }

    @AfterAll
    static void stopSpark() {
        if (sc != null) sc.stop();
    }

    @Test
    void seedsGiveTheSameGraphAsThePipeline() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("seeds"));
        copySeeds(corpus, "", 0);
        Outcome o = compare(corpus, 3, true);
        assertEquals(5, o.spark().filesRead().size(), "seeds read by the job");
        assertTrue(o.quotations() > 0, "the seeds quote each other: no quotation in the job's graph");
    }

    @Test
    void aGeneratedCorpusWithABadFileGivesTheSameGraphAsThePipeline() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        copySeeds(corpus, "", 0);
        for (int v = 1; v <= 4; v++) copySeeds(Files.createDirectories(corpus.resolve("v" + v)), "v" + v + "-", v);
        Files.write(corpus.resolve("v2/zz-empty.txt"), new byte[0]);
        Outcome o = compare(corpus, 4, false); // the seeds' test loads the shards into TDB2
        assertEquals(25, o.spark().filesRead().size(), "files read by the job");
        assertEquals(List.of(corpus.resolve("v2/zz-empty.txt").toString()), o.spark().filesFailed(), "files failed in the job");
        assertTrue(o.problems().stream().anyMatch(p -> p.contains("zz-empty.txt")), "the empty file is reported: " + o.problems());
        // variants are other Records (other years and files) with the same texts: many quotations between them
        assertTrue(o.quotations() > 20, "quotations between the variants: " + o.quotations());
    }

    @Test
    void aCorpusFromTheGeneratorGivesTheSameGraphAsThePipeline() throws IOException {
        Path root = tmp.resolve("generated");
        org.archivekg.bench.CorpusGenerator.builder().documents(40).seed(7).noiseRate(0.01).people(300).build().generate(root);
        Path authority = root.resolve("authority.ttl");
        Outcome o = compare(root.resolve("docs"), 3, false,
                new JobSettings(org.archivekg.rdf.Iris.DEFAULT_BASE, authority.toString()),
                org.archivekg.resolve.Authority.standardWith(List.of(authority)));
        assertEquals(40, o.spark().filesRead().size(), "generated documents read by the job");
        assertTrue(o.quotations() > 0, "the generator plants quotations: none in the job's graph");
    }

    @Test
    void anExistingOutputDirectoryIsRefusedBeforeAnyWork() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("seeds"));
        copySeeds(corpus, "", 0);
        Path out = Files.createDirectories(tmp.resolve("out"));
        SparkPipeline job = new SparkPipeline(JobSettings.standard(), 2, s -> { }, s -> { });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> job.run(sc, List.of(corpus.toString()), out.toString()));
        assertTrue(e.getMessage().contains("exists already"), e.getMessage());
    }

    // ---------------------------------------------------------------- the comparison

    private record Outcome(RunReport spark, List<String> problems, long quotations) {
    }

    private Outcome compare(Path corpus, int partitions, boolean loadIntoTdb2) throws IOException {
        return compare(corpus, partitions, loadIntoTdb2, JobSettings.standard(), org.archivekg.resolve.Authority.standard());
    }

    private Outcome compare(Path corpus, int partitions, boolean loadIntoTdb2, JobSettings settings,
                            org.archivekg.resolve.Authority authority) throws IOException {
        ProblemCollector problems = new ProblemCollector();
        Set<Quad> expected = new HashSet<>();
        RunReport single = Pipeline.builder().authority(authority).problems(problems).build().run(List.of(corpus), new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                expected.add(quad);
            }
        });
        Path out = tmp.resolve("out-" + corpus.getFileName());
        List<String> sparkProblems = new ArrayList<>();
        RunReport spark = new SparkPipeline(settings, partitions, s -> { }, sparkProblems::add)
                .run(sc, List.of(corpus.toString()), out.toString());
        assertEquals(single.filesRead(), spark.filesRead(), "files read");
        assertEquals(single.filesFailed(), spark.filesFailed(), "files failed");
        assertEquals(problems.problems().stream().map(Object::toString).sorted().toList(), sparkProblems.stream().sorted().toList(),
                "problems reported");
        assertEquals(single.documents(), spark.documents(), "document summaries");

        List<Path> shards = shards(out);
        assertEquals(partitions + 1, shards.size(), "shards: one per partition, and the reference graph's: " + shards);
        assertTrue(Files.exists(out.resolve("_SUCCESS")), "no _SUCCESS marker");
        Set<Quad> actual = new HashSet<>();
        for (Path shard : shards) {
            RDFDataMgr.parse(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    assertTrue(actual.add(quad), () -> "a quad in two shards or twice in one: " + quad);
                }
            }, shard.toString());
        }
        assertFalse(expected.isEmpty(), "the pipeline wrote nothing");
        assertSameQuads(expected, actual);
        assertEquals(actual.size(), spark.quads(), "quads the job reports");
        if (loadIntoTdb2) {
            // the shards load into TDB2 with TDB2's bulk loader (what tdb2.tdbloader runs) and hold the pipeline's quads;
            // TDB2 keeps numbers by value ("0.990"^^xsd:decimal comes back as "0.99"), so ask TDB2 for each quad
            Dataset tdb = TDB2Factory.createDataset(); // in memory: the same loader and node table, no disk
            DataLoader loader = LoaderFactory.basicLoader(tdb.asDatasetGraph(), (fmt, args) -> { });
            loader.startBulk();
            loader.load(shards.stream().map(Path::toString).toList());
            loader.finishBulk();
            Txn.executeRead(tdb, () -> {
                assertEquals(expected.size(), Iter.count(tdb.asDatasetGraph().find()), "quads in TDB2");
                for (Quad q : expected) assertTrue(tdb.asDatasetGraph().contains(q), () -> "not in TDB2: " + q);
            });
        }
        Node type = org.apache.jena.vocabulary.RDF.type.asNode();
        long quotations = actual.stream().filter(q -> q.getPredicate().equals(type) && q.getObject().equals(Vocab.Quotation.asNode())).count();
        return new Outcome(spark, sparkProblems, quotations);
    }

    private static List<Path> shards(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> SHARD.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    private static void assertSameQuads(Set<Quad> expected, Set<Quad> actual) {
        if (expected.equals(actual)) return;
        Set<String> missing = new TreeSet<>();
        Set<String> extra = new TreeSet<>();
        expected.stream().filter(q -> !actual.contains(q)).forEach(q -> missing.add(NodeFmtLib.strNQ(q)));
        actual.stream().filter(q -> !expected.contains(q)).forEach(q -> extra.add(NodeFmtLib.strNQ(q)));
        fail(String.format("graphs differ: %d quads missing from the job's output, %d extra%nmissing (first 20):%n%s%nextra (first 20):%n%s",
                missing.size(), extra.size(), String.join("\n", missing.stream().limit(20).toList()),
                String.join("\n", extra.stream().limit(20).toList())));
    }

    // ---------------------------------------------------------------- a generated corpus

    private static final Pattern YEAR = Pattern.compile("1950");
    private static final Pattern DELO = Pattern.compile("\\b(334|347)\\b");

    /**
     * The seed files, renamed with a prefix; for variant v &gt; 0 the year 1950 becomes 1950 + v and the delo numbers
     * 334 and 347 become 334 + 1000·v and 347 + 1000·v: other Records, with the same texts.
     * Many copies of one corpus: quotations between every pair of variants (the generator's corpus is tested too).
     */
    private static void copySeeds(Path dir, String prefix, int v) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path seed : s.sorted().toList()) {
                String text = Files.readString(seed, StandardCharsets.UTF_8);
                if (v > 0) {
                    text = YEAR.matcher(text).replaceAll(Integer.toString(1950 + v));
                    Matcher m = DELO.matcher(text);
                    text = m.replaceAll(r -> Integer.toString(Integer.parseInt(r.group(1)) + 1000 * v));
                }
                Files.writeString(dir.resolve(prefix + seed.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
    }
}
