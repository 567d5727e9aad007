package org.archivekg.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.archivekg.resolve.NameNormalizer;

/**
 * Scores an extracted graph (any dataset the pipeline wrote: in memory, TDB2, a loaded N-Quads file) against a
 * generated corpus's ground truth: per document, whether the sender, recipients, date, archive signatures and the
 * name it is signed with agree exactly; which embedded replies and replies-to links were found; and the planted
 * quotations found (recall) and the linked pairs of files that were planted (precision).
 */
public final class Scorer {

    /** How many documents were checked for a field, and in how many the graph agrees. */
    public record Agreement(String field, int checked, int agreed) {
        public double share() {
            return checked == 0 ? 1 : (double) agreed / checked;
        }

        @Override
        public String toString() {
            return String.format("%s %d/%d (%.1f%%)", field, agreed, checked, 100 * share());
        }
    }

    /** The score, with one line per disagreement ("file: field: expected … found …") to show what went wrong. */
    public record Score(List<Agreement> fields, int planted, int plantedFound, int linkedPairs, int plantedPairs, List<String> disagreements) {
        public Agreement field(String name) {
            return fields.stream().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
        }

        public double quotationRecall() {
            return planted == 0 ? 1 : (double) plantedFound / planted;
        }

        public double quotationPrecision() {
            return linkedPairs == 0 ? 1 : (double) plantedPairs / linkedPairs;
        }

        @Override
        public String toString() {
            return fields + String.format(", quotations: recall %d/%d, precision %d/%d linked file pairs planted", plantedFound, planted,
                    plantedPairs, linkedPairs);
        }
    }

    private static final String PREFIXES = """
            PREFIX akg: <https://w3id.org/archive-kg/ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    private final NameNormalizer normalizer = new NameNormalizer();

    public Score score(Dataset dataset, List<GroundTruth.Document> documents, List<GroundTruth.Quotation> quotations) {
        return Txn.calculateRead(dataset, () -> compute(dataset, documents, quotations));
    }

    private Score compute(Dataset ds, List<GroundTruth.Document> documents, List<GroundTruth.Quotation> quotations) {
        Map<String, Map<String, Set<String>>> facts = new HashMap<>();
        for (String[] row : rows(ds, PREFIXES + """
                SELECT ?file ?p ?v WHERE { GRAPH ?g { ?pub akg:publishes ?r ; akg:sourceFile ?file .
                  { ?r akg:hasSender ?v BIND("sender" AS ?p) } UNION { ?r akg:hasRecipient ?v BIND("recipients" AS ?p) }
                  UNION { ?r akg:date ?v BIND("date" AS ?p) }
                  UNION { ?r akg:locatedAt ?l . ?l rdfs:label ?v BIND("signatures" AS ?p) }
                  UNION { ?r akg:signedAs ?n . ?n rdfs:label ?v BIND("signedAs" AS ?p) }
                  UNION { ?r akg:repliesTo ?t . GRAPH ?g2 { ?p2 akg:publishes ?t ; akg:sourceFile ?v } BIND("repliesTo" AS ?p) } } }""")) {
            facts.computeIfAbsent(row[0], k -> new HashMap<>()).computeIfAbsent(row[1], k -> new TreeSet<>()).add(localName(row[2]));
        }
        Map<String, Set<String>> embeddedByCarrier = new HashMap<>();
        for (String[] row : rows(ds, PREFIXES + """
                SELECT ?file ?s ?t ?d WHERE { GRAPH ?g { ?pub akg:carries ?e ; akg:sourceFile ?file . ?e akg:embedded true ;
                  akg:hasSender ?s ; akg:hasRecipient ?t ; akg:date ?d } }""")) {
            embeddedByCarrier.computeIfAbsent(row[0], k -> new HashSet<>()).add(localName(row[1]) + "|" + localName(row[2]) + "|" + row[3]);
        }
        List<String> disagreements = new ArrayList<>();
        int[] checked = new int[7];
        int[] agreed = new int[7];
        String[] names = {"sender", "recipients", "date", "signatures", "signedAs", "embedded", "repliesTo"};
        for (GroundTruth.Document d : documents) {
            Map<String, Set<String>> f = facts.getOrDefault(d.file(), Map.of());
            List<Set<String>> expected = List.of(Set.of(d.sender()), new TreeSet<>(d.recipients()), Set.of(d.date().iso()),
                    new TreeSet<>(d.signatures().stream().map(GroundTruth.Signature::normalised).toList()));
            for (int k = 0; k < 4; k++) {
                checked[k]++;
                Set<String> found = f.getOrDefault(names[k], Set.of());
                if (expected.get(k).equals(found)) agreed[k]++;
                else disagreements.add(d.file() + ": " + names[k] + ": expected " + expected.get(k) + ", found " + found);
            }
            Set<String> signedKeys = new TreeSet<>(d.signedWith().written().stream().map(normalizer::latinKey).toList());
            Set<String> signed = f.getOrDefault("signedAs", Set.of());
            checked[4]++;
            if (!signed.isEmpty() && signed.stream().map(normalizer::latinKey).allMatch(signedKeys::contains)) agreed[4]++;
            else disagreements.add(d.file() + ": signedAs: expected one of " + d.signedWith().written() + ", found " + signed);
            for (GroundTruth.Embedded e : d.embedded()) {
                checked[5]++;
                String key = e.sender() + "|" + e.recipient() + "|" + e.date().iso();
                if (embeddedByCarrier.getOrDefault(d.file(), Set.of()).contains(key)) agreed[5]++;
                else disagreements.add(d.file() + ": embedded: expected " + key + ", found " + embeddedByCarrier.getOrDefault(d.file(), Set.of()));
            }
            for (GroundTruth.Reference r : d.references()) {
                checked[6]++;
                if (f.getOrDefault("repliesTo", Set.of()).contains(r.target())) agreed[6]++;
                else disagreements.add(d.file() + ": repliesTo: expected " + r.target() + " (" + r.written() + "), found " + f.get("repliesTo"));
            }
        }
        List<Agreement> fields = new ArrayList<>();
        for (int k = 0; k < names.length; k++) fields.add(new Agreement(names[k], checked[k], agreed[k]));

        Set<String> linked = new TreeSet<>();
        Set<String> linkedWithLanguage = new HashSet<>();
        for (String[] row : rows(ds, PREFIXES + """
                SELECT DISTINCT ?a ?b ?lang WHERE { GRAPH ?g { ?q a akg:Quotation ; akg:matchLanguage ?lang ;
                  akg:quotingPassage/akg:inFile ?a ; akg:quotedPassage/akg:inFile ?b } }""")) {
            linked.add(row[0] + " > " + row[1]);
            linkedWithLanguage.add(row[0] + " > " + row[1] + " " + row[2]);
        }
        Set<String> planted = new HashSet<>();
        int found = 0;
        for (GroundTruth.Quotation q : quotations) {
            planted.add(q.quotingFile() + " > " + q.quotedFile());
            if (linkedWithLanguage.contains(q.quotingFile() + " > " + q.quotedFile() + " " + q.language())) found++;
            else disagreements.add(q.quotingFile() + ": quotation of " + q.quotedFile() + " (" + q.language() + ", " + q.words() + " words) not found");
        }
        int correct = 0;
        for (String pair : linked) {
            if (planted.contains(pair)) correct++;
            else disagreements.add("unplanted quotation linked: " + pair);
        }
        return new Score(fields, quotations.size(), found, linked.size(), correct, disagreements);
    }

    private static List<String[]> rows(Dataset ds, String query) {
        List<String[]> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String[] row = new String[vars.size()];
                for (int i = 0; i < row.length; i++) {
                    RDFNode n = s.get(vars.get(i));
                    row[i] = n == null ? "" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
                }
                out.add(row);
            }
        }
        return out;
    }

    /** The authority key of a person IRI ({@code …/id/person/ivan-petrov}); literals and labels as they are. */
    private static String localName(String value) {
        int slash = value.lastIndexOf('/');
        return value.startsWith("http") && slash >= 0 ? value.substring(slash + 1) : value;
    }
}
