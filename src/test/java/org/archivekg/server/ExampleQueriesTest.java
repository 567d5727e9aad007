package org.archivekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example query in {@code queries/} runs over HTTP on the seeds loaded in the server and gives the answer
 * a historian expects. A query file without an expectation here fails the test, so none goes untested.
 */
class ExampleQueriesTest {

    private static final String REC = "http://localhost:3030/id/record/";

    @TempDir
    static Path dir;
    private static Store store;
    private static FusekiServer server;

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("tdb2"));
        store.load(Pipeline.builder().build(), List.of(Path.of("seeds")));
        server = ArchiveServer.start(store.dataset(), 0, true);
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static List<Map<String, String>> run(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (RDFConnection c = RDFConnection.queryConnect("http://localhost:" + server.getPort() + "/archive/sparql")) {
            c.querySelect(Files.readString(file), s -> {
                Map<String, String> row = new LinkedHashMap<>();
                s.varNames().forEachRemaining(v -> {
                    RDFNode n = s.get(v);
                    row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(row);
            });
        }
        return rows;
    }

    private static Set<String> column(List<Map<String, String>> rows, String name) {
        return rows.stream().map(r -> r.getOrDefault(name, "")).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The expected answer of each query, by file name. */
    private static final Map<String, Consumer<List<Map<String, String>>>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("catalogue.rq", rows -> {
            assertEquals(6, rows.size());
            assertTrue(rows.get(0).keySet().containsAll(List.of("record", "title", "kind", "date", "sender", "signedAs", "recipients",
                    "via", "signatures", "editions", "translators", "language", "sourceFiles", "carriedIn")));
        });
        EXPECTED.put("letters-by-stalin.rq", rows -> assertEquals(List.of("Filippov", "Filippov", "Filippov", "Feng Xi", "Fyn Si"),
                rows.stream().map(r -> r.get("signedAs")).toList()));
        EXPECTED.put("records-by-person-any-name.rq", rows -> assertEquals(List.of("1950-10-01", "1950-10-05", "1950-10-08"),
                rows.stream().map(r -> r.get("date")).toList()));
        EXPECTED.put("pseudonyms.rq", rows -> {
            assertEquals(Set.of("Joseph Stalin"), column(rows, "person"));
            assertEquals(Set.of("Feng Xi", "Filippov", "Fyn Si"), column(rows, "nameForm"));
        });
        EXPECTED.put("correspondence-network.rq", rows -> {
            Map<String, String> first = rows.get(0);
            assertEquals(List.of("Joseph Stalin", "Mao Zedong", "2"), List.of(first.get("from"), first.get("to"), first.get("letters")),
                    "Stalin wrote to Mao twice (1 and 5 October); the 2 October reply goes the other way");
            assertTrue(rows.stream().anyMatch(r -> r.get("from").equals("Mao Zedong") && r.get("to").equals("Joseph Stalin")
                    && r.get("letters").equals("2")), "Mao's reply of 2 October and letter of 7 October: " + rows);
        });
        EXPECTED.put("timeline-october-1950.rq", rows -> assertEquals(
                List.of("1950-10-01", "1950-10-02", "1950-10-03", "1950-10-05", "1950-10-07", "1950-10-08"),
                rows.stream().map(r -> r.get("date")).toList()));
        EXPECTED.put("same-archival-file.rq", rows -> assertEquals(Set.of(REC + "aprf-45-1-334-l99", REC + "aprf-45-1-334-l105"),
                column(rows, "record")));
        EXPECTED.put("record-card.rq", rows -> {
            Set<String> facts = rows.stream().map(r -> r.get("fact").replaceAll(".*[#/]", "") + "=" + (r.getOrDefault("label", "").isEmpty()
                    ? r.get("value").replace(REC, "") : r.get("label"))).collect(Collectors.toSet());
            assertTrue(facts.containsAll(Set.of("date=1950-10-08", "hasSender=Joseph Stalin", "hasRecipient=Kim Il Sung",
                    "transmittedVia=Terentii Shtykov", "signedAs=Feng Xi", "signedAs=Fyn Si", "locatedAt=APRF 45/1/347, ll. 65-67",
                    "quotes=1950-10-05-joseph-stalin-to-mao-zedong-letter")), facts.toString());
            assertEquals(Set.of("001_d42d411745a7864a.txt", "004_fb0b047ba36df19f.txt"), column(rows, "file"), "both editions, each fact with its file");
        });
        EXPECTED.put("correspondence-of-person.rq", rows -> {
            Set<String> letters = rows.stream().map(r -> r.get("date") + " " + r.get("direction") + " " + r.get("otherName"))
                    .collect(Collectors.toSet());
            assertTrue(letters.containsAll(Set.of("1950-10-01 sent Mao Zedong", "1950-10-01 sent Zhou Enlai", "1950-10-02 received Mao Zedong",
                    "1950-10-05 sent Mao Zedong", "1950-10-07 received Mao Zedong", "1950-10-08 sent Kim Il Sung")), letters.toString());
            List<String> dates = rows.stream().map(r -> r.get("date")).toList();
            assertEquals(dates.stream().sorted().toList(), dates, "in date order");
        });
        EXPECTED.put("quotations.rq", rows -> {
            assertEquals(Set.of(REC + "aprf-45-1-347-l65"), column(rows, "quoting"));
            assertEquals(Set.of(REC + "1950-10-05-joseph-stalin-to-mao-zedong-letter"), column(rows, "quoted"));
            assertTrue(column(rows, "language").contains("ru"));
        });
        EXPECTED.put("replies.rq", rows -> {
            Set<String> pairs = rows.stream().map(r -> r.get("from").replace(REC, "") + " " + r.get("relation").replaceAll(".*#", "")
                    + " " + r.get("to").replace(REC, "")).collect(Collectors.toSet());
            assertTrue(pairs.containsAll(Set.of(
                    "1950-10-02-mao-zedong-to-joseph-stalin repliesTo aprf-45-1-334-l99",
                    "1950-10-05-joseph-stalin-to-mao-zedong-letter repliesTo 1950-10-02-mao-zedong-to-joseph-stalin",
                    "1950-10-07-mao-zedong-to-joseph-stalin repliesTo 1950-10-05-joseph-stalin-to-mao-zedong-letter",
                    "aprf-45-1-347-l65 refersTo aprf-45-1-334-l99")), pairs.toString());
        });
        EXPECTED.put("by-translator-or-edition.rq", rows -> {
            Map<String, String> byEdition = rows.stream().collect(Collectors.toMap(r -> r.getOrDefault("edition", ""), r -> r.getOrDefault("translators", "")));
            assertEquals("Alexandre Mansourov | Kathryn Weathersby", byEdition.get("Wilson Center Digital Archive, document 113732"));
            assertEquals("Vladislav Zubok", byEdition.get("Wilson Center Digital Archive, document 117313"));
            assertTrue(rows.stream().anyMatch(r -> r.get("file").startsWith("004_") && "true".equals(r.get("machineTranslated"))));
        });
        EXPECTED.put("conflicting-dates.rq", rows -> {
            assertEquals(Set.of("1950-09", "1950-09-07"), column(rows, "otherReading"));
            assertTrue(column(rows, "text").contains("Сентябрь 1950г."));
        });
        EXPECTED.put("unresolved-names.rq", rows -> assertEquals(Set.of("Araushkin", "Doronchenkova", "Булатовым"), column(rows, "name")));
        EXPECTED.put("why.rq", rows -> {
            assertTrue(rows.stream().anyMatch(r -> r.get("file").equals("002_fe4253cd466e7b7f.txt") && r.get("exact").equals("Filippov")
                    && r.get("rule").equals("signature.closing")), rows.toString());
            assertTrue(rows.stream().allMatch(r -> r.get("extractorVersion").equals(org.archivekg.Version.VERSION)), "the extractor version");
            assertTrue(rows.stream().allMatch(r -> r.containsKey("loadedAt")), "the run that loaded the file");
        });
        EXPECTED.put("search-texts.rq", rows -> {
            assertEquals(Set.of("000_256815a977ff7b0b.txt", "001_d42d411745a7864a.txt", "002_fe4253cd466e7b7f.txt",
                    "003_8407d3f3e1911c0a.txt", "004_fb0b047ba36df19f.txt"), column(rows, "file"), "every seed speaks of divisions");
            assertTrue(rows.stream().allMatch(r -> Integer.parseInt(r.get("startOffset")) < Integer.parseInt(r.get("endOffset"))));
        });
        EXPECTED.put("search-with-metadata.rq", rows -> {
            assertEquals(List.of("1950-10-01", "1950-10-03", "1950-10-05", "1950-10-08"), rows.stream().map(r -> r.get("date")).toList());
            assertEquals("Nikolai Roshchin", rows.get(1).get("sender"));
        });
        EXPECTED.put("search-names.rq", rows -> {
            assertEquals(Set.of("Terentii Shtykov"), column(rows, "name"));
            assertTrue(column(rows, "written").containsAll(Set.of("Штыков", "Штыкову", "Shtytkov", "ШТЯКОВУ")), column(rows, "written").toString());
        });
        // run against a partner endpoint in FederationTest; here only checked to be refused by default
        EXPECTED.put("federated-wikidata.rq", null);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleQuery() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 12, "at least 12 example queries: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String name = f.getFileName().toString();
            assertTrue(EXPECTED.containsKey(name), "no expected answer for queries/" + name);
            String text = Files.readString(f);
            assertTrue(text.startsWith("#"), "queries/" + name + " must start with a comment saying the question");
            Consumer<List<Map<String, String>>> check = EXPECTED.get(name);
            if (check == null) {
                try {
                    run(f);
                    throw new AssertionError("SERVICE must be refused by default");
                } catch (Exception refused) {
                    assertTrue(String.valueOf(refused.getMessage()).length() > 0);
                }
                return;
            }
            List<Map<String, String>> rows = run(f);
            assertTrue(!rows.isEmpty(), "no answer to " + name);
            check.accept(rows);
        }));
    }
}
