package org.archivekg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.archivekg.bench.NameForms.Case;
import org.archivekg.bench.Person.Origin;

/**
 * The address lines at the head of a text, in the shapes the sources print (and the extractor's AddressRule reads):
 * <pre>
 *   PYONGYANG, To SHTYKOV / for KIM IL SUNG          Пхеньян Штыкову / для / Ким Ир Сена
 *   Beijing, Soviet Ambassador / For immediate transmission / to Mao Zedong / or / Zhou Enlai.
 *                                                    Пекин Совпосол / Для немедленной передачи / Мао Цзэдуну / или / Чжоу Эньлаю
 *   From cde. FILIPPOV [Stalin] / for Mao Zedong     От ФИЛИППОВА / для МАО ЦЗЕ-ДУНА
 *   TO FILIPPOV [STALIN]                             для ПЕТРОВА
 * </pre>
 */
final class AddressBlock {

    /** {English, Russian}: the places the lexicon knows. */
    static final String[][] PLACES = {{"Beijing", "Пекин"}, {"Pyongyang", "Пхеньян"}, {"Moscow", "Москва"}, {"Seoul", "Сеул"}};

    private AddressBlock() {
    }

    static List<String> english(Plan p, Random r) {
        List<String> lines = new ArrayList<>();
        boolean caps = r.nextBoolean();
        if (p.transmits) {
            lines.add("TO " + recipientEnglish(p, p.recipients.get(0), r, true));
        } else if (p.via != null) {
            String place = PLACES[p.place][0];
            if (caps) {
                lines.add(place.toUpperCase(Locale.ROOT) + ", To " + NameForms.english(p.via, r, true));
                lines.add("for " + recipientEnglish(p, p.recipients.get(0), r, true));
            } else {
                lines.addAll(List.of(place + ", " + NameForms.english(p.via, r, false), "for", recipientEnglish(p, p.recipients.get(0), r, false)));
            }
        } else if (p.viaOffice) {
            lines.add(PLACES[p.place][0] + ", Soviet Ambassador");
            if (p.alternative) {
                lines.addAll(List.of("For immediate transmission", "to " + recipientEnglish(p, p.recipients.get(0), r, false), "or",
                        recipientEnglish(p, p.recipients.get(1), r, false) + "."));
            } else {
                lines.add("for " + recipientEnglish(p, p.recipients.get(0), r, false));
            }
        } else if (r.nextBoolean()) {
            String from = p.signer != null ? NameForms.pseudonym(p.signer, false, Case.NOMINATIVE, r, true) + " [" + plainEnglish(p.sender) + "]"
                    : NameForms.english(p.sender, r, caps);
            lines.add("From cde. " + from);
            lines.add("for " + recipientEnglish(p, p.recipients.get(0), r, false));
        } else {
            lines.add("TO " + recipientEnglish(p, p.recipients.get(0), r, true));
        }
        return lines;
    }

    static List<String> russian(Plan p, Random r, boolean afterHeader) {
        List<String> lines = new ArrayList<>();
        boolean caps = r.nextBoolean();
        if (p.transmits) {
            lines.add(recipientRussian(p, p.recipients.get(0), Case.DATIVE, r, true));
        } else if (p.via != null) {
            String place = caps ? PLACES[p.place][1].toUpperCase(new Locale("ru")) : PLACES[p.place][1];
            lines.add(place + " " + NameForms.russian(p.via, Case.DATIVE, r, caps));
            if (r.nextBoolean()) {
                lines.add("для " + recipientRussian(p, p.recipients.get(0), Case.GENITIVE, r, caps) + ".");
            } else {
                lines.addAll(List.of("для", recipientRussian(p, p.recipients.get(0), Case.GENITIVE, r, caps)));
            }
        } else if (p.viaOffice) {
            lines.add(caps ? PLACES[p.place][1].toUpperCase(new Locale("ru")) + " СОВПОСОЛ" : PLACES[p.place][1] + " Совпосол");
            if (p.alternative) {
                lines.addAll(List.of("Для немедленной передачи", recipientRussian(p, p.recipients.get(0), Case.DATIVE, r, caps), "или",
                        recipientRussian(p, p.recipients.get(1), Case.DATIVE, r, caps), "."));
            } else {
                lines.add("для " + recipientRussian(p, p.recipients.get(0), Case.GENITIVE, r, caps) + ".");
            }
        } else if (afterHeader || r.nextBoolean()) {
            String from = p.signer != null ? NameForms.pseudonym(p.signer, true, Case.GENITIVE, r, caps) : NameForms.russian(p.sender, Case.GENITIVE, r, caps);
            lines.add("От " + from);
            lines.add("для " + recipientRussian(p, p.recipients.get(0), Case.GENITIVE, r, caps));
        } else {
            lines.add("для " + recipientRussian(p, p.recipients.get(0), Case.GENITIVE, r, caps) + ".");
        }
        return lines;
    }

    /** A recipient as written in English: addressed by pseudonym, with the real name in brackets, where planned. */
    static String recipientEnglish(Plan p, Person to, Random r, boolean caps) {
        if (p.recipientAlias != null && to.equals(p.recipients.get(0))) {
            String s = NameForms.pseudonym(p.recipientAlias, false, Case.NOMINATIVE, r, caps) + " [" + plainEnglish(to) + "]";
            return caps ? s.toUpperCase(Locale.ROOT) : s;
        }
        return NameForms.english(to, r, caps);
    }

    static String recipientRussian(Plan p, Person to, Case c, Random r, boolean caps) {
        if (p.recipientAlias != null && to.equals(p.recipients.get(0))) return NameForms.pseudonym(p.recipientAlias, true, c, r, caps);
        return NameForms.russian(to, c, r, caps);
    }

    /** The name that explains a pseudonym: "Stalin" for a Russian, the full name otherwise. */
    static String plainEnglish(Person p) {
        return p.origin() == Origin.RUSSIAN ? p.familyEn() : p.latin();
    }
}
