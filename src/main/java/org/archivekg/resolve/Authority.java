package org.archivekg.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The authority of people and pseudonyms, kept as data in {@code ontology/authority.ttl}. Resolves a written
 * name to one entry: first by exact key (in the name's script or in Latin transliteration, with case endings
 * undone), then by a bounded edit distance that only accepts a match when no other entry is as close — so two
 * different known people are never merged by a misspelling.
 */
public final class Authority {

    private static final String NS = "https://w3id.org/archive-kg/ns#";

    /** A person in the authority. */
    public record Person(String key, String label, List<String> forms, List<String> sameAs, List<String> offices) {
    }

    /** A pseudonym in the authority, with the person who used it. */
    public record Pseudonym(String key, String label, List<String> forms, String personKey) {
    }

    /** A name resolved to a person, and to a pseudonym when the name is one. */
    public record Match(Person person, Pseudonym pseudonym, int distance) {
    }

    private record Target(Person person, Pseudonym pseudonym) {
    }

    private final NameNormalizer normalizer = new NameNormalizer();
    private final Map<String, Person> people = new LinkedHashMap<>();
    private final Map<String, Pseudonym> pseudonyms = new LinkedHashMap<>();
    private final Map<String, Set<Target>> byKey = new HashMap<>();
    private final NearKeys nearKeys = new NearKeys();
    /** Edit distance with a threshold per limit (index 1 and 2): -1 past it, so a far key costs a bounded band, not the full table. */
    private final LevenshteinDistance[] bounded = {null, new LevenshteinDistance(1), new LevenshteinDistance(2)};
    /**
     * Answers already given, by written name: the same names come back in document after document, and the authority
     * does not change once built. Emptied when full, so memory stays bounded on any corpus; shared by the threads of a run.
     */
    private final Map<String, Optional<Match>> resolved = new ConcurrentHashMap<>();
    private final Map<String, Optional<Match>> resolvedExact = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 100_000;

    private Authority(Model m) {
        var pseudonymProp = m.createProperty(NS, "pseudonym");
        var officeProp = m.createProperty(NS, "office");
        Map<String, String> pseudonymOwner = new HashMap<>();
        m.listSubjectsWithProperty(RDF.type, m.createResource(NS + "Person")).forEachRemaining(p -> {
            List<String> forms = strings(p, SKOS.prefLabel, SKOS.altLabel);
            List<String> sameAs = p.listProperties(OWL.sameAs).mapWith(s -> s.getResource().getURI()).toList();
            List<String> offices = strings(p, officeProp);
            Person person = new Person(keyOf(p), string(p, SKOS.prefLabel), forms, sameAs, offices);
            people.put(person.key(), person);
            p.listProperties(pseudonymProp).forEachRemaining(s -> pseudonymOwner.put(keyOf(s.getResource()), person.key()));
        });
        m.listSubjectsWithProperty(RDF.type, m.createResource(NS + "Pseudonym")).forEachRemaining(p -> {
            List<String> forms = strings(p, RDFS.label, SKOS.altLabel);
            String owner = pseudonymOwner.get(keyOf(p));
            if (owner == null) throw new IllegalStateException("pseudonym " + keyOf(p) + " has no person (akg:pseudonym)");
            pseudonyms.put(keyOf(p), new Pseudonym(keyOf(p), string(p, RDFS.label), forms, owner));
        });
        people.values().stream().sorted(Comparator.comparing(Person::key))
                .forEach(p -> p.forms().forEach(f -> index(f, new Target(p, null))));
        pseudonyms.values().stream().sorted(Comparator.comparing(Pseudonym::key))
                .forEach(ps -> ps.forms().forEach(f -> index(f, new Target(people.get(ps.personKey()), ps))));
    }

    /** The authority shipped with the application ({@code ontology/authority.ttl} on the class path). */
    public static Authority standard() {
        return new Authority(standardModel());
    }

    /** The statements of the built-in authority, to which other authority files may be added before building one. */
    public static Model standardModel() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Authority.class.getResourceAsStream("/ontology/authority.ttl")) {
            if (in == null) throw new IllegalStateException("ontology/authority.ttl is not on the class path");
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /**
     * The built-in authority and, added to it, the people and pseudonyms of other authority files in the same
     * vocabulary (a generated corpus's {@code authority.ttl}, an archive's own list of correspondents).
     *
     * @throws IllegalArgumentException naming the file, when one cannot be read or parsed
     */
    public static Authority standardWith(List<java.nio.file.Path> files) {
        if (files.isEmpty()) return standard();
        Model m = standardModel();
        for (java.nio.file.Path f : files) {
            if (!java.nio.file.Files.isRegularFile(f)) throw new IllegalArgumentException("authority file " + f + ": no such file");
            try {
                RDFParser.source(f).lang(Lang.TURTLE).parse(m);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("authority file " + f + ": " + e.getMessage(), e);
            }
        }
        try {
            return new Authority(m);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("authority files " + files + ": " + e.getMessage(), e);
        }
    }

    public static Authority of(Model m) {
        return new Authority(m);
    }

    private void index(String form, Target t) {
        for (String key : List.of(normalizer.scriptKey(form), normalizer.latinKey(form))) {
            byKey.computeIfAbsent(key, k -> {
                nearKeys.add(k);
                return new LinkedHashSet<>();
            }).add(t);
        }
    }

    public Optional<Person> person(String key) {
        return Optional.ofNullable(people.get(key));
    }

    public Optional<Pseudonym> pseudonym(String key) {
        return Optional.ofNullable(pseudonyms.get(key));
    }

    public List<Person> people() {
        return List.copyOf(people.values());
    }

    public List<Pseudonym> pseudonyms() {
        return List.copyOf(pseudonyms.values());
    }

    public NameNormalizer normalizer() {
        return normalizer;
    }

    /** The entry a written name stands for, if one and only one is close enough. */
    public Optional<Match> resolve(String written) {
        Optional<Match> cached = resolved.get(written);
        if (cached != null) return cached;
        Optional<Match> exact = resolveExact(written);
        Optional<Match> match = exact.isPresent() ? exact : fuzzy(normalizer.variants(written));
        remember(resolved, written, match);
        return match;
    }

    /** The entry whose key equals the name's (case, script, hyphens and case endings folded), if exactly one. */
    public Optional<Match> resolveExact(String written) {
        Optional<Match> cached = resolvedExact.get(written);
        if (cached != null) return cached;
        Optional<Match> match = lookUpExact(written);
        remember(resolvedExact, written, match);
        return match;
    }

    private static void remember(Map<String, Optional<Match>> cache, String written, Optional<Match> match) {
        if (cache.size() >= MAX_CACHED) cache.clear();
        cache.put(written, match);
    }

    private Optional<Match> lookUpExact(String written) {
        Set<String> variants = normalizer.variants(written);
        for (String v : variants) {
            for (String key : List.of(normalizer.scriptKey(v), normalizer.latinKey(v))) {
                Set<Target> exact = byKey.get(key);
                if (exact != null && distinctPeople(exact) == 1) {
                    return Optional.of(toMatch(preferPseudonym(exact), 0));
                }
            }
        }
        return Optional.empty();
    }

    /** Edit distance allowed for a key of this length: none for short keys, where one letter is another name. */
    static int maxEdits(int length) {
        return length <= 4 ? 0 : length <= 7 ? 1 : 2;
    }

    private Optional<Match> fuzzy(Set<String> variants) {
        Target best = null;
        int bestDistance = Integer.MAX_VALUE;
        Set<String> closePeople = new LinkedHashSet<>();
        for (String v : variants) {
            for (String key : List.of(normalizer.scriptKey(v), normalizer.latinKey(v))) {
                int limit = maxEdits(key.length());
                if (limit == 0) continue;
                // only the keys that can be within the limit (NearKeys), not every key of the authority
                for (String near : nearKeys.candidates(key, limit)) {
                    int d = bounded[limit].apply(key, near);
                    if (d < 0) continue; // farther than the limit
                    Set<Target> targets = byKey.get(near);
                    for (Target t : targets) closePeople.add(t.person().key());
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = preferPseudonym(targets);
                    }
                }
            }
        }
        if (best == null || closePeople.size() != 1) return Optional.empty();
        return Optional.of(toMatch(best, bestDistance));
    }

    private static long distinctPeople(Set<Target> targets) {
        return targets.stream().map(t -> t.person().key()).distinct().count();
    }

    private static Target preferPseudonym(Set<Target> targets) {
        return targets.stream().filter(t -> t.pseudonym() != null).findFirst().orElse(targets.iterator().next());
    }

    private static Match toMatch(Target t, int d) {
        return new Match(t.person(), t.pseudonym(), d);
    }

    private static String keyOf(Resource r) {
        String uri = r.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static String string(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null ? keyOf(r) : s.getString();
    }

    private static List<String> strings(Resource r, org.apache.jena.rdf.model.Property... props) {
        List<String> out = new ArrayList<>();
        for (var p : props) {
            r.listProperties(p).forEachRemaining(s -> {
                RDFNode o = s.getObject();
                if (o.isLiteral() && !out.contains(o.asLiteral().getLexicalForm())) out.add(o.asLiteral().getLexicalForm());
            });
        }
        return out;
    }
}
