package org.archivekg.extract;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The words the extractor recognises — months, kinds of document, signature terms, address markers,
 * offices, places, languages, publishers, archives — loaded once from {@code ontology/lexicon.ttl} and
 * {@code ontology/archives.ttl}. Knowledge lives in those files; this class only indexes it.
 */
public final class Lexicon {

    private static final String NS = "https://w3id.org/archive-kg/ns#";

    /** One recognised thing: its key (the IRI's local name), IRI, label and short notation. */
    public record Entry(String key, String iri, String label, String notation) {
    }

    /** A written form, the entry it stands for, and the form in lower case ({@link #lower(String)}, computed once). */
    public record Form(String text, Entry entry, String lower) {

        public Form(String text, Entry entry) {
            this(text, entry, Lexicon.lower(text));
        }
    }

    private final Model model;
    private final Map<String, List<Form>> formsByClass = new HashMap<>();
    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, Integer> signatureLevels = new HashMap<>();
    private final Map<String, String> markerRoles = new HashMap<>();
    private final Map<String, String> archiveOfCollection = new HashMap<>();

    private Lexicon(Model model) {
        this.model = model;
        model.listStatements(null, model.createProperty(NS, "form"), (RDFNode) null).forEachRemaining(this::index);
        formsByClass.values().forEach(list -> list.sort(Comparator.comparingInt((Form f) -> f.text().length()).reversed()
                .thenComparing(Form::text)));
        for (Form f : forms("Month")) {
            months.put(lower(f.text()), model.getResource(f.entry().iri()).getProperty(RDF.value).getInt());
        }
        for (Form f : forms("SignatureTerm")) {
            signatureLevels.put(lower(f.text()), model.getResource(f.entry().iri()).getProperty(model.createProperty(NS, "level")).getInt());
        }
        for (Form f : forms("AddressMarker")) {
            markerRoles.put(lower(f.text()), model.getResource(f.entry().iri()).getPropertyResourceValue(model.createProperty(NS, "marks")).getLocalName());
        }
        model.listSubjectsWithProperty(RDF.type, model.createResource(NS + "ArchivalCollection")).forEachRemaining(c -> {
            Resource archive = c.getPropertyResourceValue(model.createProperty("https://www.ica.org/standards/RiC/ontology#", "isOrWasIncludedIn"));
            if (archive != null) archiveOfCollection.put(keyOf(c), keyOf(archive));
        });
    }

    /** Loads the lexicon shipped with the application (the {@code ontology/} files on the class path). */
    public static Lexicon standard() {
        Model m = ModelFactory.createDefaultModel();
        for (String name : List.of("lexicon.ttl", "archives.ttl")) {
            try (InputStream in = Lexicon.class.getResourceAsStream("/ontology/" + name)) {
                if (in == null) throw new IllegalStateException("ontology/" + name + " is not on the class path");
                RDFParser.source(in).lang(Lang.TURTLE).base("urn:x-lexicon:").parse(m);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Lexicon(m);
    }

    private void index(Statement st) {
        Resource entryRes = st.getSubject();
        Literal lit = st.getObject().asLiteral();
        Resource type = entryRes.getPropertyResourceValue(RDF.type);
        if (type == null) return;
        Entry entry = entryOf(entryRes);
        formsByClass.computeIfAbsent(type.getLocalName(), k -> new ArrayList<>()).add(new Form(lit.getLexicalForm(), entry));
    }

    private Entry entryOf(Resource r) {
        String label = firstString(r, SKOS.prefLabel, "en");
        if (label == null) label = firstString(r, RDFS.label, "en");
        String notation = firstString(r, SKOS.notation, null);
        return new Entry(keyOf(r), r.getURI(), label, notation);
    }

    private static String keyOf(Resource r) {
        String uri = r.getURI();
        int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        return uri.substring(cut + 1);
    }

    private static String firstString(Resource r, org.apache.jena.rdf.model.Property p, String lang) {
        String any = null;
        for (Statement s : r.listProperties(p).toList()) {
            if (!s.getObject().isLiteral()) continue;
            Literal l = s.getLiteral();
            if (lang == null || lang.equals(l.getLanguage())) return l.getLexicalForm();
            if (any == null) any = l.getLexicalForm();
        }
        return any;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /**
     * {@link #lower(String)} of the text's first {@code n} characters, or of the whole text where lowering its head
     * alone might not give the head of the whole lowered: where a character there lowers to two (U+0130), depends on
     * what follows (Greek capital sigma) or is half of a surrogate pair. Every other character lowers to one, on its own.
     */
    static String lowerHead(String text, int n) {
        if (text.length() <= n) return lower(text);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\u0130' || c == '\u03a3' || Character.isSurrogate(c)) return lower(text);
        }
        return lower(text.substring(0, n));
    }

    /** All forms of entries of one class (by local name, e.g. "Archive"), longest first. */
    public List<Form> forms(String className) {
        return formsByClass.getOrDefault(className, List.of());
    }

    /** The month number of a month name in any case and either language, or null. */
    public Integer month(String word) {
        return months.get(lower(word));
    }

    public Map<String, Integer> monthForms() {
        return months;
    }

    /** The level (1 fond, 2 opis, 3 delo, 4 folios) of a signature term such as "f.", "Оп.", "listy", or null. */
    public Integer signatureLevel(String term) {
        return signatureLevels.get(lower(term));
    }

    public Map<String, Integer> signatureTerms() {
        return signatureLevels;
    }

    /** The role ("finalRecipient", "addressee", "sender", "alternative", "transmission") an address word marks, or null. */
    public String markerRole(String word) {
        return markerRoles.get(lower(word));
    }

    public Map<String, String> markerForms() {
        return markerRoles;
    }

    /** The forms of the reference cues that mark a role ("replyNoun", "secondPerson", "sentVerb", …), longest first. */
    public List<String> cueForms(String role) {
        List<String> out = new ArrayList<>();
        var marks = model.createProperty(NS, "marks");
        for (Form f : forms("ReferenceCue")) {
            Resource m = model.getResource(f.entry().iri()).getPropertyResourceValue(marks);
            if (m != null && role.equals(m.getLocalName())) out.add(f.text());
        }
        return out;
    }

    /** The archive a named collection belongs to (keys), if any. */
    public Optional<String> archiveOfCollection(String collectionKey) {
        return Optional.ofNullable(archiveOfCollection.get(collectionKey));
    }

    /** The entry of a given class whose form equals the text (case-insensitive), if any. */
    public Optional<Entry> lookup(String className, String text) {
        String t = lower(text.strip());
        return forms(className).stream().filter(f -> f.lower().equals(t)).map(Form::entry).findFirst();
    }

    /**
     * The longest form of a class that the text starts with (any case), as a whole word: a form ending in a letter
     * must not run on into another letter ("Letter" does not start "Letters"); one ending in punctuation
     * ("Расп.", "[Handwritten:") is its own boundary.
     */
    public Optional<Form> formAtStart(String className, String text) {
        List<Form> forms = forms(className);
        // only the head of the text can matter: as long as the longest form and one character more
        int longest = 0;
        for (Form f : forms) longest = Math.max(longest, f.lower().length());
        String t = lowerHead(text, longest + 1);
        for (Form f : forms) { // longest first
            String form = f.lower();
            if (!t.startsWith(form)) continue;
            boolean bounded = t.length() == form.length() || !Character.isLetter(form.charAt(form.length() - 1))
                    || !Character.isLetter(t.charAt(form.length()));
            if (bounded) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** The entry of the given class by its key. */
    public Optional<Entry> entry(String className, String key) {
        return forms(className).stream().map(Form::entry).filter(e -> e.key().equals(key)).findFirst();
    }

    /** Every distinct entry of a class, in key order. */
    public List<Entry> entries(String className) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        forms(className).stream().map(Form::entry).sorted(Comparator.comparing(Entry::key)).forEach(e -> byKey.putIfAbsent(e.key(), e));
        return List.copyOf(byKey.values());
    }

    /** The lexicon's own triples, for labels that the output must carry (kinds, languages, archives). */
    public Model model() {
        return model;
    }
}
