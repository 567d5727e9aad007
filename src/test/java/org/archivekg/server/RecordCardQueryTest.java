package org.archivekg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/**
 * {@code queries/record-card.rq} pairs each fact's value with its label as the same file writes it (or as the
 * reference graph gives it), not with every spelling any file gives the value: two files that sign one Record with
 * one name form, each in its own script, show each its own spelling.
 */
class RecordCardQueryTest {

    private static final String DATA = """
            @prefix akg:  <https://w3id.org/archive-kg/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            @prefix id:   <http://localhost:3030/id/> .
            <http://localhost:3030/id/graph/a.txt> {
              id:publication-a akg:sourceFile "a.txt" .
              <http://localhost:3030/id/record/aprf-45-1-347-l65> akg:signedAs id:nameform-kholtsov ;
                  akg:hasSender id:person-kholtsov .
              id:nameform-kholtsov rdfs:label "Kholtsov" .
            }
            <http://localhost:3030/id/graph/b.txt> {
              id:publication-b akg:sourceFile "b.txt" .
              <http://localhost:3030/id/record/aprf-45-1-347-l65> akg:signedAs id:nameform-kholtsov ;
                  akg:hasSender id:person-kholtsov .
              id:nameform-kholtsov rdfs:label "Холцов" .
            }
            <http://localhost:3030/id/graph/reference> {
              id:rule-signature a akg:Rule .
              id:person-kholtsov skos:prefLabel "Roman Kholtsov"@en .
            }
            """;

    @Test
    void eachFileShowsItsOwnSpellingAndTheReferenceGraphLabelsThePeople() throws Exception {
        Dataset ds = DatasetFactory.create();
        RDFParser.create().source(new StringReader(DATA)).lang(Lang.TRIG).parse(ds);
        String query = Files.readString(Path.of("queries", "record-card.rq"));
        Set<String> rows = new TreeSet<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            qe.execSelect().forEachRemaining(r -> rows.add(r.getResource("fact").getLocalName() + " "
                    + (r.contains("label") ? r.getLiteral("label").getString() : "-") + " " + r.getLiteral("file").getString()));
        }
        assertEquals(Set.of("signedAs Kholtsov a.txt", "signedAs Холцов b.txt",
                "hasSender Roman Kholtsov a.txt", "hasSender Roman Kholtsov b.txt"), rows);
    }
}
