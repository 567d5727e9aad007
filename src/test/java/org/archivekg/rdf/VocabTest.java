package org.archivekg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link Vocab} and {@code ontology/archive.ttl} in step, and the data files within the ontology: every constant
 * is declared (typed, labelled, commented), every declared term has a constant, and every {@code akg:} term the data
 * files use is declared, as the right sort of term.
 */
class VocabTest {

    private static final Path ONTOLOGY = Path.of("ontology", "archive.ttl");
    private static final List<Path> DATA_FILES = List.of(
            Path.of("ontology", "lexicon.ttl"),
            Path.of("ontology", "archives.ttl"),
            Path.of("ontology", "authority.ttl"));

    private static final Set<Resource> PROPERTY_TYPES = Set.of(
            OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty, RDF.Property);
    private static final Set<Resource> CLASS_TYPES = Set.of(OWL2.Class, RDFS.Class);

    private static Model ontology;
    /** Vocab's constants: field name → IRI. */
    private static Map<String, Resource> constants;

    @BeforeAll
    static void load() throws IllegalAccessException {
        assertTrue(Files.isRegularFile(ONTOLOGY), "no " + ONTOLOGY.toAbsolutePath() + " (tests run from the project root)");
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
        constants = new TreeMap<>();
        for (Field f : Vocab.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Resource.class.isAssignableFrom(f.getType())) {
                constants.put(f.getName(), (Resource) f.get(null));
            }
        }
        assertFalse(constants.isEmpty(), "no Resource/Property constants found in Vocab");
    }

    @Test
    void constantsLiveInTheNamespaceUnderTheirOwnName() {
        List<String> bad = constants.entrySet().stream()
                .filter(e -> !e.getValue().getURI().equals(Vocab.NS + e.getKey()))
                .map(e -> "Vocab." + e.getKey() + " = <" + e.getValue().getURI() + ">")
                .toList();
        assertTrue(bad.isEmpty(), "constants whose IRI is not NS + field name: " + bad);
    }

    @Test
    void everyConstantIsDeclaredLabelledAndCommented() {
        Set<String> undeclared = new TreeSet<>();
        Set<String> unlabelled = new TreeSet<>();
        Set<String> uncommented = new TreeSet<>();
        for (Resource c : constants.values()) {
            Resource r = ontology.createResource(c.getURI());
            if (!r.hasProperty(RDF.type)) undeclared.add(curie(r));
            if (!hasEnglish(r, RDFS.label)) unlabelled.add(curie(r));
            if (!hasEnglish(r, RDFS.comment)) uncommented.add(curie(r));
        }
        assertTrue(undeclared.isEmpty(), "Vocab constants not declared (no rdf:type) in " + ONTOLOGY + ": " + undeclared);
        assertTrue(unlabelled.isEmpty(), "Vocab constants without an English rdfs:label in " + ONTOLOGY + ": " + unlabelled);
        assertTrue(uncommented.isEmpty(), "Vocab constants without an English rdfs:comment in " + ONTOLOGY + ": " + uncommented);
    }

    @Test
    void propertyConstantsAreDeclaredAsPropertiesAndTheRestAsClassesOrIndividuals() {
        Set<String> wrong = new TreeSet<>();
        for (Map.Entry<String, Resource> e : constants.entrySet()) {
            Resource r = ontology.createResource(e.getValue().getURI());
            Set<Resource> types = r.listProperties(RDF.type).mapWith(Statement::getResource).toSet();
            boolean declaredProperty = types.stream().anyMatch(PROPERTY_TYPES::contains);
            boolean isPropertyConstant = e.getValue() instanceof Property;
            if (types.isEmpty()) continue; // reported by everyConstantIsDeclaredLabelledAndCommented
            if (isPropertyConstant != declaredProperty) {
                wrong.add(curie(r) + (isPropertyConstant ? " (Property constant, not declared as a property)"
                                                          : " (Resource constant, declared as a property)"));
            }
        }
        assertTrue(wrong.isEmpty(), "Vocab constants whose Java type does not match their declaration: " + wrong);
    }

    @Test
    void everyDeclaredTermHasAConstant() {
        Set<String> known = constants.values().stream().map(Resource::getURI).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && inNamespace(s) && !known.contains(s.getURI())) missing.add(curie(s));
        });
        assertTrue(missing.isEmpty(), "terms declared in " + ONTOLOGY + " without a constant in Vocab: " + missing);
    }

    @Test
    void everyTermTheDataFilesUseIsDeclared() {
        Map<String, Set<String>> undeclared = new TreeMap<>();
        Map<String, Set<String>> misused = new TreeMap<>();
        for (Path file : DATA_FILES) {
            Model data = RDFDataMgr.loadModel(file.toString());
            Set<String> notDeclared = new TreeSet<>();
            Set<String> wrongSort = new TreeSet<>();
            data.listStatements().forEachRemaining(st -> {
                Property p = st.getPredicate();
                RDFNode o = st.getObject();
                if (inNamespace(p)) {
                    if (!declared(p)) notDeclared.add(curie(p) + " (as predicate)");
                    else if (!hasType(p, PROPERTY_TYPES)) wrongSort.add(curie(p) + " used as a predicate but not declared as a property");
                    else if (o.isLiteral() && hasType(p, Set.of(OWL2.ObjectProperty))) wrongSort.add(curie(p) + " (object property) with a literal");
                    else if (!o.isLiteral() && hasType(p, Set.of(OWL2.DatatypeProperty))) wrongSort.add(curie(p) + " (datatype property) with a resource");
                }
                if (o.isURIResource() && inNamespace(o.asResource())) {
                    Resource r = o.asResource();
                    boolean asType = p.equals(RDF.type);
                    if (!declared(r)) notDeclared.add(curie(r) + (asType ? " (as type)" : " (as object)"));
                    else if (asType && !hasType(r, CLASS_TYPES)) wrongSort.add(curie(r) + " used as a type but not declared as a class");
                }
                if (st.getSubject().isURIResource() && inNamespace(st.getSubject()) && !declared(st.getSubject())) {
                    notDeclared.add(curie(st.getSubject()) + " (as subject)");
                }
            });
            if (!notDeclared.isEmpty()) undeclared.put(file.toString(), notDeclared);
            if (!wrongSort.isEmpty()) misused.put(file.toString(), wrongSort);
        }
        assertEquals(Map.of(), undeclared, "akg: terms used in data files but not declared in " + ONTOLOGY);
        assertEquals(Map.of(), misused, "akg: terms used in data files against their declaration in " + ONTOLOGY);
    }

    private static boolean declared(Resource r) {
        return ontology.contains(ontology.createResource(r.getURI()), RDF.type);
    }

    private static boolean hasType(Resource r, Set<Resource> types) {
        return ontology.createResource(r.getURI()).listProperties(RDF.type)
                .mapWith(Statement::getObject).filterKeep(types::contains).hasNext();
    }

    private static boolean hasEnglish(Resource r, Property p) {
        return r.listProperties(p).mapWith(Statement::getObject)
                .filterKeep(o -> o.isLiteral() && !o.asLiteral().getLexicalForm().isBlank()
                        && o.asLiteral().getLanguage().toLowerCase().startsWith("en"))
                .hasNext();
    }

    private static boolean inNamespace(Resource r) {
        return r.isURIResource() && r.getURI().startsWith(Vocab.NS);
    }

    private static String curie(Resource r) {
        return inNamespace(r) ? "akg:" + r.getURI().substring(Vocab.NS.length()) : "<" + r.getURI() + ">";
    }
}
