package org.archivekg.bench;

import java.time.LocalDate;
import java.util.Random;

/**
 * The notations of dates and archive signatures that the sources print and the extractor's {@code DateParser} and
 * {@code ArchiveSignatureParser} read: "October 5, 1950", "October 05, 1950", "5 October 1950", "Oct. 5, 1950",
 * "5 октября 1950 г.", "3.10.1950", "1.10.50", "1950-10-08"; "APRF, f. 45, op. 1, d. 347, listy 65-67",
 * "APRF, fond 45, opis 1, delo 334", "RGASPI F. 558 Op. 11 D. 334 pp. 105-106", "AP RF. F. 45. Op. 1. D. 334. L. 99-103.",
 * "АП РФ. Ф.45. Оп.1. Д.334. Л.99-103.".
 */
final class Notation {

    private Notation() {
    }

    static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
    private static final String[] EN_ABBREVIATED = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.",
            "Nov.", "Dec."};
    static final String[] RU_GENITIVE = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
            "октября", "ноября", "декабря"};

    /** An archive: the notation of normalised signatures, how citations name it, and the apparatus lines' short forms. */
    enum Archive {
        APRF("APRF", new String[] {"Archive of the President of the Russian Federation (APRF)", "Archive of the President, Russian Federation (APRF)",
                "APRF", "Presidential Archive of the Russian Federation"}, "AP RF", "АП РФ", new String[] {"3", "45", "56"}),
        RGASPI("RGASPI", new String[] {"Russian State Archive of Socio-Political History (RGASPI)", "RGASPI"}, "RGASPI", "РГАСПИ",
                new String[] {"17", "82", "558"}),
        AVPRF("AVPRF", new String[] {"Archive of Foreign Policy of the Russian Federation (AVPRF)", "AVP RF", "AVPRF"}, "AVP RF", "АВП РФ",
                new String[] {"06", "07", "059"}),
        TSAMO("TsAMO", new String[] {"TsAMO"}, "TsAMO", "ЦАМО", new String[] {"5", "16"});

        final String notation;
        final String[] citationNames;
        final String apparatusEn;
        final String apparatusRu;
        final String[] fonds;

        Archive(String notation, String[] citationNames, String apparatusEn, String apparatusRu, String[] fonds) {
            this.notation = notation;
            this.citationNames = citationNames;
            this.apparatusEn = apparatusEn;
            this.apparatusRu = apparatusRu;
            this.fonds = fonds;
        }
    }

    // ---------------------------------------------------------------- dates

    /** An English date in one of the notations of headings, citations and closings. */
    static String english(LocalDate d, Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> String.format("%s %02d, %d", EN_MONTHS[d.getMonthValue() - 1], d.getDayOfMonth(), d.getYear());
            case 1 -> d.getDayOfMonth() + " " + EN_MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
            case 2 -> EN_ABBREVIATED[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear();
            default -> longEnglish(d);
        };
    }

    static String longEnglish(LocalDate d) {
        return EN_MONTHS[d.getMonthValue() - 1] + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    /** A heading date: "October 5, 1950" or "October 05, 1950". */
    static String heading(LocalDate d, Random r) {
        return r.nextInt(4) == 0 ? String.format("%s %02d, %d", EN_MONTHS[d.getMonthValue() - 1], d.getDayOfMonth(), d.getYear()) : longEnglish(d);
    }

    /** A Russian date: "5 октября 1950 г.", "5 октября 1950 года", "5.10.1950", "5.10.50 г.". */
    static String russian(LocalDate d, Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> d.getDayOfMonth() + " " + RU_GENITIVE[d.getMonthValue() - 1] + " " + d.getYear() + " года";
            case 1 -> numeric(d, true) + " г.";
            case 2 -> numeric(d, false) + "г.";
            default -> russianLong(d);
        };
    }

    static String russianLong(LocalDate d) {
        return d.getDayOfMonth() + " " + RU_GENITIVE[d.getMonthValue() - 1] + " " + d.getYear() + " г.";
    }

    /** "1.10.50" (two-digit year) or "3.10.1950". */
    static String numeric(LocalDate d, boolean shortYear) {
        return d.getDayOfMonth() + "." + d.getMonthValue() + "." + (shortYear ? String.format("%02d", d.getYear() % 100) : d.getYear());
    }

    // ---------------------------------------------------------------- archive signatures

    /** A signature as a digital archive's citation prints it. */
    static String citation(GroundTruth.Signature s, Archive a, Random r) {
        String name = a.citationNames[r.nextInt(a.citationNames.length)];
        boolean range = s.folios().contains("-");
        return switch (r.nextInt(3)) {
            case 0 -> name + ", f. " + s.fond() + ", op. " + s.opis() + ", d. " + s.delo() + ", " + (range ? (r.nextBoolean() ? "ll. " : "listy ") : "l. ")
                    + s.folios();
            case 1 -> name + ", fond " + s.fond() + ", opis " + s.opis() + ", delo " + s.delo() + ", " + (range ? "listy " : "list ") + s.folios();
            default -> name + " F. " + s.fond() + " Op. " + s.opis() + " D. " + s.delo() + (range ? " pp. " : " p. ") + s.folios();
        };
    }

    /** The archive line of a collection page, English part: "AP RF. F. 45. Op. 1. D. 334. L. 99-103." */
    static String apparatusEnglish(GroundTruth.Signature s, Archive a) {
        return a.apparatusEn + ". F. " + s.fond() + ". Op. " + s.opis() + ". D. " + s.delo() + ". L. " + s.folios() + ".";
    }

    /** The archive line of a collection page, Russian part: "АП РФ. Ф.45. Оп.1. Д.334. Л.99-103." or with spaces and a dash. */
    static String apparatusRussian(GroundTruth.Signature s, Archive a, Random r) {
        if (r.nextBoolean()) return a.apparatusRu + ". Ф." + s.fond() + ". Оп." + s.opis() + ". Д." + s.delo() + ". Л." + s.folios() + ".";
        String folios = s.folios().replace('-', '–');
        return a.apparatusRu + ". Ф. " + s.fond() + ". Оп. " + s.opis() + ". Д. " + s.delo() + ". " + (s.folios().contains("-") && r.nextBoolean() ? "Лл. " : "Л. ")
                + folios + ".";
    }
}
