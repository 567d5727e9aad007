package org.archivekg.bench;

import java.util.List;

/**
 * A generated person: the name in Latin and Cyrillic script (given and family name apart, so that Russian case
 * endings can be put on the right word), and the pseudonyms the person signs with.
 *
 * @param key        the authority key ({@code ivan-petrov}), also the IRI's local name
 * @param origin     which naming tradition the name follows
 * @param givenEn    given name in Latin ("Ivan", "Zedong", "Il Sung")
 * @param familyEn   family name in Latin ("Petrov", "Mao", "Kim")
 * @param givenRu    given name in Cyrillic
 * @param familyRu   family name in Cyrillic
 * @param initialsEn initials of a Russian name ("I.P."), else empty
 * @param initialsRu the same in Cyrillic ("И.П.")
 * @param pseudonyms names the person signs with instead of their own (may be empty)
 */
public record Person(String key, Origin origin, String givenEn, String familyEn, String givenRu, String familyRu,
                     String initialsEn, String initialsRu, List<Pseudonym> pseudonyms) {

    /** The naming tradition: Russian names are "Given Family", Chinese and Korean "Family Given". */
    public enum Origin { RUSSIAN, CHINESE, KOREAN }

    public Person {
        pseudonyms = List.copyOf(pseudonyms);
    }

    /** The canonical Latin name ("Ivan Petrov", "Gao Wenhua", "Kim Il Sung"). */
    public String latin() {
        return origin == Origin.RUSSIAN ? givenEn + " " + familyEn : familyEn + " " + givenEn;
    }

    /** The canonical Cyrillic name ("Иван Петров", "Гао Вэньхуа", "Ким Ир Сен"). */
    public String cyrillic() {
        return origin == Origin.RUSSIAN ? givenRu + " " + familyRu : familyRu + " " + givenRu;
    }

    /** A pseudonym: a name the person signs with, in Latin and Cyrillic, and a second Latin spelling. */
    public record Pseudonym(String key, String latin, String cyrillic, String latinVariant, boolean russianStyle) {
    }
}
