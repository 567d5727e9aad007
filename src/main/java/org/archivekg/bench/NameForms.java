package org.archivekg.bench;

import java.util.Locale;
import java.util.Random;

import org.archivekg.bench.Person.Origin;
import org.archivekg.bench.Person.Pseudonym;

/**
 * How texts write a person's name: in English as "Petrov", "I.P. Petrov", "Ivan Petrov", "PETROV"; in Russian with
 * the case the sentence needs ("для Петрова", "Петрову", "для Ким Ир Сена", "МАО ЦЗЕ-ДУНА"), where only the last
 * word of a name declines and names ending in a vowel do not.
 */
final class NameForms {

    /** The grammatical cases the address lines and sentences use. */
    enum Case { NOMINATIVE, GENITIVE, DATIVE }

    private NameForms() {
    }

    /** A name as an English text writes it, chosen at random among the usual forms. */
    static String english(Person p, Random r, boolean caps) {
        String s;
        if (p.origin() == Origin.RUSSIAN) {
            s = switch (r.nextInt(4)) {
                case 0 -> p.initialsEn() + " " + p.familyEn();
                case 1 -> p.latin();
                default -> p.familyEn();
            };
        } else {
            s = p.latin();
        }
        return caps ? s.toUpperCase(Locale.ROOT) : s;
    }

    /** A name as a Russian text writes it, in the given case. */
    static String russian(Person p, Case c, Random r, boolean caps) {
        String s;
        if (p.origin() == Origin.RUSSIAN) {
            String family = inflect(p.familyRu(), c);
            s = r.nextInt(3) == 0 ? p.initialsRu() + " " + family : family;
        } else {
            String given = p.origin() == Origin.CHINESE && r.nextBoolean() ? hyphenated(p.givenRu()) : p.givenRu();
            int space = given.lastIndexOf(' ');
            String last = given.substring(space + 1);
            s = p.familyRu() + " " + given.substring(0, space + 1) + inflect(last, c);
        }
        return caps ? s.toUpperCase(new Locale("ru")) : s;
    }

    /** The surname alone (Russian) or the full name (others), for sentences that name the person once. */
    static String russianPlain(Person p, Case c) {
        if (p.origin() == Origin.RUSSIAN) return inflect(p.familyRu(), c);
        int space = p.givenRu().lastIndexOf(' ');
        return p.familyRu() + " " + p.givenRu().substring(0, space + 1) + inflect(p.givenRu().substring(space + 1), c);
    }

    static String englishPlain(Person p) {
        return p.origin() == Origin.RUSSIAN ? p.familyEn() : p.latin();
    }

    static String pseudonym(Pseudonym ps, boolean russian, Case c, Random r, boolean caps) {
        String s;
        if (russian) {
            s = ps.russianStyle() ? inflect(ps.cyrillic(), c) : ps.cyrillic().replace(' ', r.nextBoolean() ? '-' : ' ');
        } else {
            s = r.nextInt(4) == 0 ? ps.latinVariant() : ps.latin();
        }
        return caps ? s.toUpperCase(new Locale("ru")) : s;
    }

    /** Russian declension of the last word of a name: -ов/-ин +а/+у, -ский → -ского/-скому, -й → -я/-ю, -ь → -я/-ю. */
    static String inflect(String word, Case c) {
        if (c == Case.NOMINATIVE || word.isEmpty()) return word;
        boolean genitive = c == Case.GENITIVE;
        String lower = word.toLowerCase(new Locale("ru"));
        if (lower.endsWith("ий")) return word.substring(0, word.length() - 2) + (genitive ? "ого" : "ому");
        char last = lower.charAt(lower.length() - 1);
        if (last == 'й' || last == 'ь') return word.substring(0, word.length() - 1) + (genitive ? "я" : "ю");
        if ("аеёиоуыэюя".indexOf(last) >= 0) return word; // Мао, Бяо, Гао Вэньхуа: indeclinable
        return word + (genitive ? "а" : "у");
    }

    /** "Вэньхуа" → "Вэнь-хуа": a Chinese given name split after its first syllable, as Russian texts often print it. */
    static String hyphenated(String given) {
        for (String[] s : NameParts.CN) {
            String syllable = s[1];
            if (given.length() > syllable.length() && given.startsWith(syllable)) {
                String rest = given.substring(syllable.length());
                for (String[] t : NameParts.CN) {
                    if (t[1].toLowerCase(new Locale("ru")).equals(rest)) return syllable + "-" + rest;
                }
            }
        }
        return given;
    }
}
