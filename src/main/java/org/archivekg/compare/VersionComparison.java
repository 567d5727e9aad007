package org.archivekg.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.archivekg.extract.Lexicon;
import org.archivekg.rdf.Iris;

/**
 * The versions of a Record side by side, per language. The first version of a language (a publication where there
 * is one) is the reference; every other version is aligned to it passage by passage ({@link PassageAligner}) and
 * diffed word by word against the reference passage of its row ({@link WordDiff}). A passage that only one
 * version has gets a row of its own, placed after the row of the reference passage before it.
 */
public final class VersionComparison {

    /** The result: the record, all its versions, and one table per language. */
    public record Result(String record, List<Version> versions, List<Table> languages) {

        /** Every date disagreement of every table, as "left → right". */
        public List<String> dateDisagreements() {
            return languages.stream().flatMap(t -> t.rows().stream()).flatMap(r -> r.cells().stream())
                    .filter(c -> c != null).flatMap(c -> c.dates().stream()).distinct().toList();
        }
    }

    /** One language: the versions in it (the first is the reference) and the aligned rows. */
    public record Table(String language, List<String> versionIds, List<Row> rows) {
    }

    /** One aligned row: a cell per version, null where a version has no passage here. */
    public record Row(List<Cell> cells) {
    }

    /**
     * A version's passage in a row, split into tokens marked against the reference passage of the row.
     *
     * @param dates the date disagreements of this cell with the reference ("7 сентября → 7 октября")
     */
    public record Cell(String versionId, Version.Passage passage, List<WordDiff.Token> tokens, List<String> dates) {
    }

    private final VersionReader reader;
    private final WordDiff words;

    public VersionComparison(Dataset dataset, Iris iris, Lexicon lexicon) {
        this.reader = new VersionReader(dataset, iris);
        this.words = new WordDiff(lexicon);
    }

    /** The comparison of a record's versions; a record without texts has no tables. */
    public Result compare(String record) {
        List<Version> versions = reader.read(record);
        Map<String, List<Version>> byLanguage = new LinkedHashMap<>();
        for (Version v : versions) byLanguage.computeIfAbsent(v.language(), k -> new ArrayList<>()).add(v);
        List<Table> tables = new ArrayList<>();
        for (var e : byLanguage.entrySet()) tables.add(table(e.getKey(), e.getValue()));
        return new Result(record, versions, tables);
    }

    private Table table(String language, List<Version> versions) {
        Version reference = versions.get(0);
        int columns = versions.size();
        int n = reference.passages().size();
        // rows of the reference passages, and the rows that come after each of them (index n-1 … ; -1 = before all)
        List<Cell[]> main = new ArrayList<>();
        List<List<Cell[]>> after = new ArrayList<>();
        for (int i = 0; i <= n; i++) after.add(new ArrayList<>());
        for (Version.Passage p : reference.passages()) {
            Cell[] row = new Cell[columns];
            row[0] = new Cell(reference.id(), p, WordDiff.tokens(p.text(), WordDiff.Op.EQUAL), List.of());
            main.add(row);
        }
        for (int col = 1; col < columns; col++) {
            Version other = versions.get(col);
            int lastReference = -1;
            for (PassageAligner.Pair pair : PassageAligner.align(reference.passages(), other.passages())) {
                if (pair.left() >= 0) lastReference = pair.left();
                if (pair.right() < 0) continue;
                Version.Passage p = other.passages().get(pair.right());
                if (pair.left() < 0) {
                    Cell[] row = new Cell[columns];
                    row[col] = new Cell(other.id(), p, WordDiff.tokens(p.text(), WordDiff.Op.INSERTED), List.of());
                    after.get(lastReference + 1).add(row);
                    continue;
                }
                Cell[] row = main.get(pair.left());
                WordDiff.Result diff = words.diff(row[0].passage().text(), p.text());
                row[col] = new Cell(other.id(), p, diff.right(), diff.dates());
                if (col == 1 || row[0].tokens().stream().allMatch(t -> t.op() == WordDiff.Op.EQUAL)) {
                    row[0] = new Cell(reference.id(), row[0].passage(), diff.left(), row[0].dates());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Cell[] r : after.get(0)) rows.add(new Row(java.util.Arrays.asList(r)));
        for (int i = 0; i < n; i++) {
            Cell[] r = main.get(i);
            boolean alone = true;
            for (int c = 1; c < columns; c++) alone &= r[c] == null;
            if (alone && columns > 1) r[0] = new Cell(reference.id(), r[0].passage(), WordDiff.tokens(r[0].passage().text(), WordDiff.Op.DELETED), List.of());
            rows.add(new Row(java.util.Arrays.asList(r)));
            for (Cell[] extra : after.get(i + 1)) rows.add(new Row(java.util.Arrays.asList(extra)));
        }
        return new Table(language, versions.stream().map(Version::id).toList(), rows);
    }
}
