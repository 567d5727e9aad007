package org.archivekg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.archivekg.bench.NameForms.Case;

/**
 * Writes a page of a printed document collection (seed 002) or the collection's index page (seed 004, with a back
 * link and an index line such as {@code 1950-10-08 ru:tom18;en:AI AI translated}): titles, {@code Source: Tom N},
 * the English text, {@code ---}, edition and archive lines, a note (who is behind a pseudonym, a reply printed in
 * full), then the same in Russian, found by its title that repeats the page's Russian title.
 */
final class CollectionPageWriter {

    private static final String[][] JOURNALS = {{"Vestnik", "Вестник"}, {"Istochnik", "Источник"}, {"Voprosy istorii", "Вопросы истории"}};

    private CollectionPageWriter() {
    }

    static String write(Plan p, Random r, Ocr ocr) {
        boolean index = p.format == Plan.Format.INDEX_PAGE;
        String titleEn = titleEnglish(p, r);
        String titleRu = titleRussian(p, r);
        List<String> out = new ArrayList<>();
        if (index) out.addAll(List.of("← Back to index", "", titleEn, "", titleRu, "",
                p.date + " ru:tom" + p.volume + ";en:" + (r.nextBoolean() ? "AI AI translated" : "MT"), ""));
        else out.addAll(List.of(titleEn, titleRu));
        out.add(titleEn);
        out.add("Source: Tom " + p.volume);
        p.writtenDate = Notation.longEnglish(p.date);
        out.add(p.writtenDate);
        if (index) out.add("");
        for (String line : LetterText.lines(p, "en", r, ocr)) if (index || !line.isEmpty()) out.add(line);
        String[] journal = JOURNALS[r.nextInt(JOURNALS.length)];
        int year = 1990 + r.nextInt(16);
        int issue = 1 + r.nextInt(6);
        int page = 20 + r.nextInt(150);
        String pages = page + "-" + (page + 1 + r.nextInt(3));
        out.add("---");
        out.add(journal[0] + ", " + year + ", No. " + issue + ", pp. " + pages + ".");
        String archiveEn = Notation.apparatusEnglish(p.signatures.get(0), p.archives.get(0));
        p.writtenSignatures.add(archiveEn);
        out.add(archiveEn);
        note(p, "en", r, ocr, out);
        out.add("Том " + p.volume);
        out.add(titleRu);
        for (String line : LetterText.lines(p, "ru", r, ocr)) if (!line.isEmpty()) out.add(line);
        out.add(journal[1] + ". " + year + ". № " + issue + ". С. " + pages.replace('-', '–') + ".");
        String archiveRu = Notation.apparatusRussian(p.signatures.get(0), p.archives.get(0), r);
        p.writtenSignatures.add(archiveRu);
        out.add(archiveRu);
        note(p, "ru", r, ocr, out);
        return String.join("\n", out) + "\n";
    }

    /** "Telegram to T.F. Shtykov", "Telegram to the USSR Ambassador in Beijing", "Letter from Petrov to Gao Wenhua". */
    private static String titleEnglish(Plan p, Random r) {
        if (p.via != null && r.nextBoolean()) return p.kind.titleEn + " to " + NameForms.english(p.via, r, false);
        if (p.viaOffice && r.nextBoolean()) return p.kind.titleEn + " to the USSR Ambassador in " + AddressBlock.PLACES[p.place][0];
        if (r.nextBoolean()) return p.kind.titleEn + " to " + AddressBlock.recipientEnglish(p, p.recipients.get(0), r, false);
        return ArchiveRecordWriter.title(p, r);
    }

    /** "Телеграмма Т.Ф. Штыкову 8 октября 1950 года": kind, addressee in the dative, date. */
    private static String titleRussian(Plan p, Random r) {
        String to;
        if (p.via != null && r.nextBoolean()) to = NameForms.russian(p.via, Case.DATIVE, r, false);
        else if (p.viaOffice) to = "послу СССР";
        else to = AddressBlock.recipientRussian(p, p.recipients.get(0), Case.DATIVE, r, false);
        return p.kind.titleRu + " " + to + " " + p.date.getDayOfMonth() + " " + Notation.RU_GENITIVE[p.date.getMonthValue() - 1] + " "
                + p.date.getYear() + " года";
    }

    /** The editor's note: who is behind the signature, and the reply to this letter printed in full. */
    private static void note(Plan p, String lang, Random r, Ocr ocr, List<String> out) {
        boolean en = lang.equals("en");
        boolean unmask = p.signer != null && r.nextDouble() < 0.7;
        Plan.Embedded e = p.embedded != null && !p.transmits ? p.embedded : null;
        if (!unmask && e == null) return;
        out.add(en ? "Note:" : "Примечание");
        if (unmask) {
            out.add(en ? "Behind the signature \"" + p.signer.latin() + "\" is " + AddressBlock.plainEnglish(p.sender) + "."
                    : "За подписью «" + p.signer.cyrillic() + "» скрывается " + NameForms.russianPlain(p.sender, Case.NOMINATIVE) + ".");
        }
        if (e != null) {
            out.add(en ? "Reply from " + NameForms.englishPlain(e.sender) + ":" : "Ответ " + NameForms.russianPlain(e.sender, Case.GENITIVE) + ":");
            List<String> block = new ArrayList<>();
            LetterText.block(p, e, lang, r, block, false);
            for (String line : block) out.add(ocr.apply(line, r));
        }
    }
}
