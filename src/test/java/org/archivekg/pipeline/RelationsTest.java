package org.archivekg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.archivekg.export.Catalogue;
import org.archivekg.problem.ProblemCollector;
import org.archivekg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Relations between documents" table of the seed expectations, relation by relation, through SPARQL on
 * the seeds loaded into a TDB2 store; and the Records that exist only inside other documents.
 */
class RelationsTest {

    private static final String ID = "http://localhost:3030/id/record/";
    private static final String R000 = ID + "1950-10-05-joseph-stalin-to-mao-zedong-letter";
    private static final String R001 = ID + "aprf-45-1-347-l65"; // ≡ 004
    private static final String R002 = ID + "aprf-45-1-334-l99";
    private static final String R003 = ID + "aprf-45-1-334-l105";
    private static final String MAO_2_OCT = ID + "1950-10-02-mao-zedong-to-joseph-stalin";
    private static final String MAO_7_OCT = ID + "1950-10-07-mao-zedong-to-joseph-stalin";

    @TempDir
    static Path dir;
    private static Store store;

    @BeforeAll
    static void load() {
        store = Store.open(dir.resolve("tdb2"));
        ProblemCollector problems = new ProblemCollector();
        RunReport r = store.load(Pipeline.builder().problems(problems).build(), List.of(Path.of("seeds")));
        assertEquals(5, r.filesRead().size(), () -> problems.problems().toString());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<String> objects(String subject, String property) {
        return values("SELECT DISTINCT ?o WHERE { GRAPH ?g { <" + subject + "> <https://w3id.org/archive-kg/ns#" + property + "> ?o } }");
    }

    private static Set<String> values(String query) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            Set<String> out = new TreeSet<>();
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    RDFNode n = s.get(rs.getResultVars().get(0));
                    out.add(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
            }
            return out;
        });
    }

    @Test
    void quotesBetweenRecordsOnly() {
        assertEquals(Set.of(R000), objects(R001, "quotes"), "001 ≡ 004 quotes 000");
        assertEquals(Set.of(MAO_2_OCT), objects(R002, "quotes"), "002 carries Mao's reply");
        assertEquals(Set.of(MAO_2_OCT), objects(R003, "quotes"), "003 carries Mao's reply");
        assertEquals(Set.of(), objects(R000, "quotes"));
        assertEquals(Set.of(), objects(MAO_2_OCT, "quotes"));
    }

    @Test
    void theQuotationOf000IsFoundInTheRussianOriginals() {
        Set<String> languages = values("""
                PREFIX akg: <https://w3id.org/archive-kg/ns#>
                SELECT DISTINCT ?lang WHERE { GRAPH ?g { ?q akg:quotingRecord <%s> ; akg:quotedRecord <%s> ; akg:matchLanguage ?lang ; akg:words ?w
                FILTER (?w >= 100) } }""".formatted(R001, R000));
        assertTrue(languages.contains("ru"), "matched in " + languages);
        Set<String> files = values("""
                PREFIX akg: <https://w3id.org/archive-kg/ns#>
                SELECT DISTINCT ?f WHERE { GRAPH ?g { ?q akg:quotedRecord <%s> ; akg:quotingPassage ?p . ?p akg:inFile ?f } }""".formatted(R000));
        assertEquals(Set.of("001_d42d411745a7864a.txt", "004_fb0b047ba36df19f.txt"), files, "both publications of the record carry 000's text");
    }

    @Test
    void repliesAndReferences() {
        assertEquals(Set.of(R002), objects(MAO_2_OCT, "repliesTo"), "Mao's 2 October reply answers 002");
        assertEquals(Set.of(MAO_2_OCT), objects(R000, "repliesTo"), "000 answers Mao's reply ('I received your reply')");
        assertEquals(Set.of(R000), objects(MAO_7_OCT, "repliesTo"), "Mao's 7 October letter answers 000 ('In response to this …')");
        assertEquals(Set.of(R002, MAO_2_OCT, MAO_7_OCT), objects(R001, "refersTo"), "001 and 004 refer to 002, Mao's reply, Mao's letter");
    }

    @Test
    void documentsThatExistOnlyInsideOthers() {
        assertEquals(Set.of("1950-10-02"), objects(MAO_2_OCT, "date"));
        assertEquals(Set.of("true"), objects(MAO_2_OCT, "embedded"));
        assertEquals(Set.of("http://localhost:3030/id/person/mao-zedong"), objects(MAO_2_OCT, "hasSender"));
        assertEquals(Set.of("http://localhost:3030/id/person/joseph-stalin"), objects(MAO_2_OCT, "hasRecipient"));
        // the 7 October letter: 001's Russian "7 сентября" and its translator's "7 September [sic- October]" kept as the other reading
        assertEquals(Set.of("1950-10-07"), objects(MAO_7_OCT, "date"));
        assertEquals(Set.of("1950-09-07"), objects(MAO_7_OCT, "conflictingDate"));
        assertEquals(Set.of("http://localhost:3030/id/person/mao-zedong"), objects(MAO_7_OCT, "hasSender"));
        // "your No. 4581": the number 002 does not print, learnt from 003
        assertEquals(Set.of("4581"), objects(R002, "documentNumber"));
    }

    @Test
    void theCatalogueHasARowForEachDocumentInsideOthers() {
        List<Map<String, String>> rows = Txn.calculateRead(store.dataset(), () -> Catalogue.rows(store.dataset()));
        Map<String, String> reply = rows.stream().filter(r -> r.get("record").equals(MAO_2_OCT)).findFirst().orElseThrow();
        assertEquals("", reply.get("sourceFiles"));
        assertEquals("Mao Zedong", reply.get("sender"));
        assertEquals("Joseph Stalin", reply.get("recipients"));
        assertTrue(Set.of(reply.get("carriedIn").split(" \\| ")).containsAll(Set.of("002_fe4253cd466e7b7f.txt", "003_8407d3f3e1911c0a.txt")),
                reply.toString());
        Map<String, String> letter = rows.stream().filter(r -> r.get("record").equals(MAO_7_OCT)).findFirst().orElseThrow();
        assertEquals("1950-10-07", letter.get("date"));
        assertEquals("letter", letter.get("kind"));
        assertEquals(Set.of("001_d42d411745a7864a.txt", "004_fb0b047ba36df19f.txt"), Set.of(letter.get("carriedIn").split(" \\| ")));
        Map<String, String> r000 = rows.stream().filter(r -> r.get("record").equals(R000)).findFirst().orElseThrow();
        assertEquals(Set.of("001_d42d411745a7864a.txt", "004_fb0b047ba36df19f.txt"), Set.of(r000.get("carriedIn").split(" \\| ")));
        assertEquals(6, rows.size(), "four published records and two known only from others: " + rows);
    }

    @Test
    void everyRelationHasEvidence() {
        List<String> bare = new ArrayList<>(values("""
                PREFIX akg: <https://w3id.org/archive-kg/ns#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT ?s WHERE { VALUES ?p { akg:quotes akg:repliesTo akg:refersTo akg:carries }
                  GRAPH ?g { ?s ?p ?o FILTER NOT EXISTS { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; akg:evidence ?e .
                                                          ?e akg:rule ?r ; akg:exact ?x } } }"""));
        assertFalse(bare.size() > 0, "relations without evidence: " + bare);
    }
}
