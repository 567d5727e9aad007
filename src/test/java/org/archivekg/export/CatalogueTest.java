package org.archivekg.export;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.archivekg.cli.ArchiveKg;
import org.archivekg.pipeline.Pipeline;
import org.archivekg.pipeline.RunReport;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue of the seeds against {@code src/test/resources/golden/catalogue.csv}, a table written by hand from
 * the seed expectations and the catalogue contract ({@code shared/spec/seed-expectations.md},
 * {@code shared/spec/catalogue.md}), not from the program's output. Rows are matched by {@code sourceFiles};
 * the columns {@code record}, {@code title} and {@code carriedIn} are not compared (the golden file leaves the
 * record IRIs and carriers empty; its titles are informative). Records that no seed publishes (Mao's 2 and 7 October
 * letters, whose {@code sourceFiles} is empty) are not in the golden file and are ignored here.
 */
class CatalogueTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/catalogue.csv");
    private static final String HEADER =
            "record,title,kind,date,sender,signedAs,recipients,via,signatures,editions,translators,language,sourceFiles,carriedIn";
    private static final List<String> COMPARED = List.of("kind", "date", "sender", "signedAs", "recipients", "via", "signatures",
            "editions", "translators", "language", "sourceFiles");
    private static final String SEP = " | ";

    @TempDir
    static Path tmp;

    private static Path nq;
    private static Path csv;
    private static Dataset fromNQuads;
    private static List<Map<String, String>> rows;

    @BeforeAll
    static void extract() {
        nq = tmp.resolve("seeds.nq");
        csv = tmp.resolve("seeds.csv");
        for (Path out : List.of(nq, csv)) {
            StringWriter err = new StringWriter();
            int exit = ArchiveKg.commandLine().setErr(new PrintWriter(err, true)).execute("extract", SEEDS.toString(), "-q", "-o", out.toString());
            assertEquals(0, exit, () -> "extract seeds -o " + out + " failed: " + err);
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, nq.toString());
        fromNQuads = DatasetFactory.wrap(dsg);
        rows = Catalogue.rows(fromNQuads);
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    void catalogueOfTheSeedsMatchesTheGoldenTable() throws IOException {
        List<List<String>> golden = parseCsv(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        assertEquals(List.of(HEADER.split(",")), golden.get(0), "header of " + GOLDEN);
        List<Map<String, String>> expected = toMaps(golden);
        assertEquals(4, expected.size(), "records in " + GOLDEN);

        List<Executable> checks = new ArrayList<>();
        for (Map<String, String> want : expected) {
            String key = want.get("sourceFiles");
            List<Map<String, String>> matches = rows.stream().filter(r -> r.get("sourceFiles").equals(key)).toList();
            if (matches.size() != 1) {
                checks.add(() -> assertEquals(1, matches.size(), "rows with sourceFiles \"" + key + "\": " + matches
                        + "\n all sourceFiles: " + rows.stream().map(r -> r.get("sourceFiles")).toList()));
                continue;
            }
            Map<String, String> got = matches.get(0);
            for (String column : COMPARED) {
                checks.add(() -> assertEquals(want.get(column), got.get(column),
                        "record published in [" + key + "] (" + got.get("record") + "), column " + column));
            }
        }
        assertAll("catalogue vs " + GOLDEN, checks);
    }

    @Test
    void everySeedIsPublishedByExactlyOneRecordOfTheGoldenTable() throws IOException {
        Set<String> seeds;
        try (Stream<Path> s = Files.list(SEEDS)) {
            seeds = s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        List<String> published = new ArrayList<>();
        for (Map<String, String> r : rows) {
            if (!r.get("sourceFiles").isEmpty()) published.addAll(List.of(r.get("sourceFiles").split(" \\| ")));
        }
        assertEquals(List.copyOf(seeds), published.stream().sorted().toList(), "source files over all rows (each once)");

        Set<String> goldenKeys = toMaps(parseCsv(Files.readString(GOLDEN, StandardCharsets.UTF_8))).stream()
                .map(r -> r.get("sourceFiles")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> actualKeys = rows.stream().map(r -> r.get("sourceFiles")).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(goldenKeys, actualKeys, "records published by the seeds (by sourceFiles)");
    }

    @Test
    void csvHeaderIsTheFourteenColumnsInOrder() throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        String firstLine = text.lines().findFirst().orElse("");
        assertEquals(HEADER, firstLine, "first line of `extract seeds -o OUT.csv`");
        assertEquals(14, HEADER.split(",").length);
        assertEquals(List.of(HEADER.split(",")), Catalogue.COLUMNS, "Catalogue.COLUMNS");
        assertEquals(List.of(HEADER.split(",")), Catalogue.query().getResultVars(), "result variables of queries/catalogue.rq");
    }

    @Test
    void csvCarriesTheSameRowsAsTheQuery() throws IOException {
        List<List<String>> table = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        assertEquals(rows, toMaps(table), "rows of `extract seeds -o OUT.csv` vs Catalogue.rows() on the N-Quads");
    }

    @Test
    void multiValuedCellsAreSortedAndJoinedWithSpaceBarSpace() {
        assertFalse(rows.isEmpty(), "empty catalogue");
        List<Executable> checks = new ArrayList<>();
        int multi = 0;
        for (Map<String, String> row : rows) {
            for (String column : Catalogue.COLUMNS) {
                String cell = row.get(column);
                String where = row.get("sourceFiles") + " / " + column + ": \"" + cell + "\"";
                checks.add(() -> assertFalse(cell.equals("null"), where + " (empty cells are empty strings)"));
                if (column.equals("record") || !cell.contains("|")) continue;
                multi++;
                checks.add(() -> assertEquals(cell.chars().filter(c -> c == '|').count(),
                        (cell.length() - cell.replace(SEP, "").length()) / SEP.length(), where + " joins values with something else than \" | \""));
                List<String> values = List.of(cell.split(" \\| ", -1));
                checks.add(() -> assertTrue(values.stream().allMatch(v -> !v.isEmpty() && v.equals(v.strip())), where + " has an empty or padded value"));
                checks.add(() -> assertEquals(values.stream().sorted().distinct().toList(), values, where + " is not sorted (or repeats a value)"));
            }
        }
        assertTrue(multi >= 5, "expected several multi-valued cells in the seeds' catalogue, found " + multi);
        assertAll(checks);
    }

    @Test
    void catalogueIsTheSameFromTheStoreAndFromTheNQuads() throws IOException {
        Path dir = tmp.resolve("tdb");
        Store store = Store.open(dir);
        try {
            ProblemCollector problems = new ProblemCollector();
            RunReport report = store.load(Pipeline.builder().problems(problems).build(), List.of(SEEDS));
            assertEquals(5, report.filesRead().size(), () -> "not read: " + report.filesFailed() + " " + problems.problems());

            assertEquals(rows, Catalogue.rows(store.dataset()), "Catalogue.rows(): TDB2 store vs N-Quads of `extract`");

            ByteArrayOutputStream fromStore = new ByteArrayOutputStream();
            Catalogue.writeCsv(store.dataset(), fromStore);
            assertArrayEquals(Files.readAllBytes(csv), fromStore.toByteArray(), "CSV: TDB2 store vs `extract seeds -o OUT.csv`");
        } finally {
            store.close(); // expels the database from TDB2's cache
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks; records end in CRLF or LF)

    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
                    record.add(field.toString());
                    records.add(record);
                }
                record = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (fieldStarted || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** Data rows as column → value maps, keyed by the header row. */
    static List<Map<String, String>> toMaps(List<List<String>> table) {
        List<String> header = table.get(0);
        List<Map<String, String>> maps = new ArrayList<>();
        for (List<String> r : table.subList(1, table.size())) {
            assertEquals(header.size(), r.size(), () -> "CSV row with " + r.size() + " cells, header has " + header.size() + ": " + r);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) m.put(header.get(i), r.get(i));
            maps.add(m);
        }
        return maps;
    }
}
