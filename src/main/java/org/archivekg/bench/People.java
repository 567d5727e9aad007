package org.archivekg.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.archivekg.bench.Person.Origin;
import org.archivekg.bench.Person.Pseudonym;
import org.archivekg.resolve.Authority;
import org.archivekg.resolve.NameNormalizer;

/**
 * Generates the people of a corpus, deterministically from a seed: Russian, Chinese and Korean names, some with
 * pseudonyms. Every name form has comparison keys (the resolver's {@link NameNormalizer}) that no other person, no
 * pseudonym and no entry of the built-in authority shares, so each generated name resolves to one person only.
 */
final class People {

    private static final double PSEUDONYM_SHARE = 0.08;

    private final Random random;
    private final NameNormalizer normalizer = new NameNormalizer();
    private final Map<String, String> keyOwners = new HashMap<>();

    private People(long seed) {
        this.random = new Random(seed);
        // the built-in authority's names are taken already
        Authority builtIn = Authority.standard();
        builtIn.people().forEach(p -> p.forms().forEach(f -> takeKeys(f, "built-in:" + p.key())));
        builtIn.pseudonyms().forEach(p -> p.forms().forEach(f -> takeKeys(f, "built-in:" + p.personKey())));
    }

    private void takeKeys(String form, String owner) {
        keyOwners.put(normalizer.scriptKey(form), owner);
        keyOwners.put(normalizer.latinKey(form), owner);
    }

    /** {@code count} people, the same for the same seed. */
    static List<Person> generate(long seed, int count) {
        return new People(seed).all(count);
    }

    private List<Person> all(int count) {
        List<Person> people = new ArrayList<>(count);
        int attempts = 0;
        while (people.size() < count) {
            if (++attempts > count * 50 + 1000) throw new IllegalStateException("cannot generate " + count + " distinct names");
            Person p = person();
            if (!claim(p.key(), formsOf(p))) continue;
            List<Pseudonym> pseudonyms = new ArrayList<>();
            if (random.nextDouble() < PSEUDONYM_SHARE) {
                int n = 1 + (random.nextDouble() < 0.4 ? 1 : 0);
                for (int tries = 0; pseudonyms.size() < n && tries < 20; tries++) {
                    Pseudonym ps = random.nextBoolean() ? russianPseudonym() : chinesePseudonym();
                    if (claim(ps.key(), List.of(ps.latin(), ps.cyrillic(), ps.latinVariant()))) pseudonyms.add(ps);
                }
            }
            people.add(new Person(p.key(), p.origin(), p.givenEn(), p.familyEn(), p.givenRu(), p.familyRu(), p.initialsEn(),
                    p.initialsRu(), pseudonyms));
        }
        return people;
    }

    /** The forms the authority file lists for a person (see {@link AuthorityFile}). */
    static List<String> formsOf(Person p) {
        List<String> forms = new ArrayList<>(List.of(p.latin(), p.cyrillic()));
        if (p.origin() == Origin.RUSSIAN) {
            forms.add(p.familyEn());
            forms.add(p.familyRu());
        }
        return forms;
    }

    /** Takes the keys of these forms for {@code owner}, or nothing when one is taken or is a built-in person's. */
    private boolean claim(String owner, List<String> forms) {
        List<String> keys = new ArrayList<>();
        for (String f : forms) {
            keys.add(normalizer.scriptKey(f));
            keys.add(normalizer.latinKey(f));
        }
        if (keyOwners.containsKey(owner)) return false;
        for (String k : keys) {
            String o = keyOwners.get(k);
            if (o != null && !o.equals(owner)) return false;
        }
        keys.forEach(k -> keyOwners.put(k, owner));
        keyOwners.put(owner, owner);
        return true;
    }

    private Person person() {
        double d = random.nextDouble();
        if (d < 0.55) return russian();
        if (d < 0.85) return chinese();
        return korean();
    }

    private Person russian() {
        String[] first = pick(NameParts.RU_FIRST);
        String[] patronymic = pick(NameParts.RU_FIRST);
        String familyRu = russianSurname();
        String familyEn = NameParts.romanise(familyRu);
        String initialsRu = first[0].charAt(0) + "." + patronymic[0].charAt(0) + ".";
        String initialsEn = first[1].charAt(0) + "." + patronymic[1].charAt(0) + ".";
        return new Person(slug(first[1] + " " + familyEn), Origin.RUSSIAN, first[1], familyEn, first[0], familyRu, initialsEn, initialsRu,
                List.of());
    }

    private String russianSurname() {
        String stem = pick(NameParts.RU_HEAD) + pick(NameParts.RU_MIDDLE);
        String ending = pick(NameParts.RU_ENDING);
        // "Бар" + "ков": a stem ending in a vowel takes the ending as it is; a doubled consonant is avoided
        if (ending.length() == 3 && !ending.equals("ский") && stem.endsWith(ending.substring(0, 1))) ending = ending.substring(1);
        if ("аоеи".indexOf(stem.charAt(stem.length() - 1)) >= 0 && "оеи".indexOf(ending.charAt(0)) >= 0) stem = stem.substring(0, stem.length() - 1);
        return stem + ending;
    }

    private Person chinese() {
        String[] family = NameParts.CN[random.nextInt(NameParts.CN_FAMILIES)];
        String[] a = pick(NameParts.CN);
        String[] b = pick(NameParts.CN);
        String givenEn = a[0] + b[0].toLowerCase(Locale.ROOT);
        String givenRu = a[1] + b[1].toLowerCase(Locale.ROOT);
        return new Person(slug(family[0] + " " + givenEn), Origin.CHINESE, givenEn, family[0], givenRu, family[1], "", "", List.of());
    }

    private Person korean() {
        String[] family = pick(NameParts.KO_FAMILY);
        String[] a = pick(NameParts.KO_GIVEN);
        String[] b = pick(NameParts.KO_GIVEN);
        return new Person(slug(family[0] + " " + a[0] + " " + b[0]), Origin.KOREAN, a[0] + " " + b[0], family[0], a[1] + " " + b[1],
                family[1], "", "", List.of());
    }

    private Pseudonym russianPseudonym() {
        String ru = russianSurname();
        String en = NameParts.romanise(ru);
        String variant = en.endsWith("ov") ? en.substring(0, en.length() - 2) + "off" : en.replace("ii", "y");
        return new Pseudonym(slug(en), en, ru, variant, true);
    }

    private Pseudonym chinesePseudonym() {
        String[] a = pick(NameParts.CN);
        String[] b = pick(NameParts.CN);
        String ru = a[1] + " " + b[1];
        return new Pseudonym(slug(a[0] + " " + b[0]), a[0] + " " + b[0], ru, NameParts.romanise(ru), false);
    }

    private <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    static String slug(String latin) {
        return latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
