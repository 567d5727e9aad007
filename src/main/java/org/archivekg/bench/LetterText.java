package org.archivekg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.archivekg.bench.NameForms.Case;

/**
 * One text of a document in one language, as lines ("" between paragraphs): the kind-and-number header of a
 * ciphered telegram, the address lines, a salutation, the body (opening with the reference to the letter it answers,
 * with a planted quotation or a transmitted reply where planned), the valediction, the signature and the closing
 * date. OCR noise is applied last, to every line.
 */
final class LetterText {

    private static final String[] VALEDICTIONS_EN = {"Respectfully,", "Greetings,", "With greetings,"};
    private static final String[] VALEDICTIONS_RU = {"С уважением", "Привет", "С приветом"};

    private LetterText() {
    }

    static List<String> lines(Plan p, String lang, Random r, Ocr ocr) {
        boolean en = lang.equals("en");
        List<String> lines = new ArrayList<>();
        if (p.kind == Plan.Kind.CIPHERED_TELEGRAM) {
            lines.add(en ? "CIPHERED TELEGRAM No. " + p.number : "ШИФРТЕЛЕГРАММА № " + p.number);
            lines.add("");
        }
        if (p.transmits && en) {
            lines.add("From " + AddressBlock.PLACES[p.place][0].toUpperCase(Locale.ROOT) + " Received " + (8 + r.nextInt(12)) + ":" + (10 + r.nextInt(50)));
            lines.add("");
        }
        lines.addAll(en ? AddressBlock.english(p, r) : AddressBlock.russian(p, r, p.kind == Plan.Kind.CIPHERED_TELEGRAM));
        lines.add("");
        if (r.nextInt(3) == 0 && !p.transmits) {
            Person to = p.recipients.get(0);
            lines.add(en ? "Comrade " + (r.nextBoolean() ? to.latin() : NameForms.englishPlain(to)) + "!" : "Товарищ " + NameForms.russianPlain(to, Case.NOMINATIVE) + "!");
            lines.add("");
        }
        List<String> body = new ArrayList<>(p.body.get(lang));
        if (p.replyTo != null) body.set(0, reference(p, en, r) + " " + body.get(0));
        int quoteAt = r.nextInt(body.size() + 1);
        int embeddedAt = p.transmits ? Math.min(1, body.size()) : -1;
        for (int k = 0; k <= body.size(); k++) {
            if (k == embeddedAt) transmitted(p, en, r, lines);
            if (k == quoteAt) {
                for (Plan.Quote q : p.quotes) {
                    if (!q.language().equals(lang)) continue;
                    lines.add(en ? "The passage in question reads:" : "Соответствующее место гласит:");
                    lines.add("");
                    lines.add(en ? "\"" + q.passage() + "\"" : "«" + q.passage() + "»");
                    lines.add("");
                }
            }
            if (k < body.size()) {
                lines.add(body.get(k));
                lines.add("");
            }
        }
        if (r.nextBoolean()) lines.add(en ? VALEDICTIONS_EN[r.nextInt(3)] : VALEDICTIONS_RU[r.nextInt(3)]);
        String signature = signature(p, en, r);
        p.signedForms.add(signature);
        lines.add(signature);
        lines.add("");
        lines.add(en ? Notation.english(p.date, r) : Notation.russian(p.date, r));
        List<String> noisy = new ArrayList<>(lines.size());
        for (String l : lines) noisy.add(ocr.apply(l, r));
        return noisy;
    }

    /** "Your telegram of 1.10.50 has been received.", "Ваша телеграмма № 10234 получена.", "I received your letter of …". */
    private static String reference(Plan p, boolean en, Random r) {
        Plan.Ref e = p.replyTo;
        String written = p.replyByNumber ? (en ? "No. " : "№ ") + e.number()
                : (en ? (r.nextBoolean() ? Notation.numeric(e.date(), true) : Notation.longEnglish(e.date())) : Notation.numeric(e.date(), true) + " г.");
        if (p.writtenReference == null) p.writtenReference = written;
        if (en) {
            String of = p.replyByNumber ? " " : " of ";
            return r.nextBoolean() ? "Your " + e.kind().nounEn + of + written + " has been received." : "I received your " + e.kind().nounEn + of + written + ".";
        }
        return e.kind().yourRu + " " + e.kind().nounRu + (p.replyByNumber ? " " : " от ") + written + " " + e.kind().receivedRu + ".";
    }

    /** "I report the answer of MAO ZEDONG to your [telegram] No. 4581:" and the reply in quotation marks. */
    private static void transmitted(Plan p, boolean en, Random r, List<String> lines) {
        Plan.Embedded e = p.embedded;
        boolean caps = r.nextBoolean();
        String who = en ? NameForms.englishPlain(e.sender) : NameForms.russianPlain(e.sender, Case.GENITIVE);
        if (caps) who = who.toUpperCase(new Locale("ru"));
        lines.add(en ? "I report the answer of " + who + " to your [" + e.answers.kind().nounEn + "] No. " + e.answers.number() + ":"
                : "Докладываю ответ " + who + " на ваш № " + e.answers.number() + ":");
        lines.add("");
        block(p, e, en ? "en" : "ru", r, lines, caps);
    }

    /** An embedded reply in quotation marks: its reference to the letter it answers, its paragraphs, its signed closing. */
    static void block(Plan carrier, Plan.Embedded e, String lang, Random r, List<String> lines, boolean caps) {
        boolean en = lang.equals("en");
        List<String> paragraphs = new ArrayList<>(e.body.get(lang));
        Plan.Ref answered = e.answers;
        String ref = en ? "Your " + answered.kind().nounEn + " of " + Notation.numeric(answered.date(), true) + " has been received."
                : answered.kind().yourRu + " " + answered.kind().nounRu + " от " + Notation.numeric(answered.date(), true) + " г. " + answered.kind().receivedRu + ".";
        paragraphs.set(0, ref + " " + paragraphs.get(0));
        for (int k = 0; k < paragraphs.size(); k++) {
            lines.add(k == 0 ? (en ? "\"" : "«") + paragraphs.get(k) : paragraphs.get(k));
            if (!carrier.format.isRecord()) continue;
            lines.add("");
        }
        String name = en ? NameForms.englishPlain(e.sender) : NameForms.russianPlain(e.sender, Case.NOMINATIVE);
        if (caps) name = name.toUpperCase(new Locale("ru"));
        String date = en ? (r.nextBoolean() ? Notation.numeric(e.date, true) : Notation.longEnglish(e.date)) : Notation.numeric(e.date, true) + " г.";
        if (carrier.embeddedWrittenDate == null) carrier.embeddedWrittenDate = date;
        lines.add(name + ". " + date + (en ? "\"" : "»"));
        if (carrier.format.isRecord()) lines.add("");
    }

    /** The closing signature: the pseudonym or the sender's name, in capitals or not, a full stop or not. */
    private static String signature(Plan p, boolean en, Random r) {
        boolean caps = r.nextBoolean();
        String name;
        if (p.signer != null) {
            name = NameForms.pseudonym(p.signer, !en, Case.NOMINATIVE, r, caps);
        } else if (en) {
            name = NameForms.englishPlain(p.sender);
            if (caps) name = name.toUpperCase(Locale.ROOT);
        } else {
            name = NameForms.russianPlain(p.sender, Case.NOMINATIVE);
            if (caps) name = name.toUpperCase(new Locale("ru"));
        }
        return !en && r.nextBoolean() ? name + "." : name;
    }
}
