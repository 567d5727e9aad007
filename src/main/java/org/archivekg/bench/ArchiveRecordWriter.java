package org.archivekg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a digital-archive record in markdown, in both variants of the seeds: headings ({@code ## **date**},
 * {@code ### **title**}, {@code #### **Citation:**} …) or bold lines ({@code **Citation:**} …). The citation is
 * {@code "Title", Month D, YYYY, <publisher>, <archive and signature(s)>[. Translated by …] <URL>}, with straight or
 * curly quotes; then Summary, (Credits,) Original Language, Contents, and the texts in the planned order.
 */
final class ArchiveRecordWriter {

    private static final String[] PUBLISHERS = {"Wilson Center Digital Archive", "History and Public Policy Program Digital Archive"};
    private static final String[] HOSTS = {"https://digitalarchive.wilsoncenter.org", "http://digitalarchive.wilsoncenter.org",
            "https://wilson-center-digital-archive.dvincitest.com", "https://digitalarchive.umd.edu"};

    private ArchiveRecordWriter() {
    }

    static String write(Plan p, Random r, Ocr ocr) {
        boolean headings = p.format == Plan.Format.RECORD_HEADINGS;
        String title = title(p, r);
        String dateline = Notation.heading(p.date, r);
        p.writtenDate = dateline;
        StringBuilder sb = new StringBuilder("\n\n");
        if (headings) {
            sb.append("## **").append(dateline).append("**\n\n### **").append(title).append("**\n\n");
        } else {
            sb.append("**").append(dateline).append("**  \n**").append(split(title)).append("**\n\n");
        }
        label(sb, headings, "Citation");
        sb.append(citation(p, title, dateline, r)).append("\n\n");
        label(sb, headings, "Summary");
        sb.append(AddressBlock.plainEnglish(p.sender)).append(" writes to ").append(AddressBlock.plainEnglish(p.recipients.get(0)))
                .append(" about current questions.\n\n");
        if (headings || r.nextBoolean()) {
            label(sb, headings, "Credits");
            sb.append("This document was made possible with support from Leon Levy Foundation\n\n");
        }
        label(sb, headings, "Original Language");
        sb.append("Russian\n\n");
        label(sb, headings, "Contents");
        sb.append(headings ? "Original Scan  \nTranslation - English" : "- English Translation\n- Scan of Original Document").append("\n\n");
        for (String lang : p.languages) {
            for (String line : LetterText.lines(p, lang, r, ocr)) sb.append(line).append('\n');
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void label(StringBuilder sb, boolean headings, String name) {
        sb.append(headings ? "#### **" + name + ":**\n\n" : "**" + name + ":**\n\n");
    }

    /** "Letter from Feng Xi (Stalin) to Kim Il Sung (via Shtykov)", "Letter, Cde. Filippov [Stalin] for Mao Zedong". */
    static String title(Plan p, Random r) {
        String from = p.signer != null
                ? NameForms.pseudonym(p.signer, false, NameForms.Case.NOMINATIVE, r, false) + (r.nextBoolean() ? " (" : " [")
                        + AddressBlock.plainEnglish(p.sender) + (r.nextBoolean() ? ")" : "]")
                : NameForms.english(p.sender, r, false);
        if (p.transmits) from += " in " + AddressBlock.PLACES[p.place][0];
        Person to = p.recipients.get(0);
        String recipient = p.recipientAlias != null
                ? NameForms.pseudonym(p.recipientAlias, false, NameForms.Case.NOMINATIVE, r, false) + " (" + AddressBlock.plainEnglish(to) + ")"
                : NameForms.english(to, r, false);
        String via = p.via != null ? " (via " + NameForms.english(p.via, r, false) + ")" : p.viaOffice && r.nextBoolean() ? " (via the Soviet Ambassador)" : "";
        if (!from.contains(" in ") && r.nextInt(3) == 0) return p.kind.titleEn + ", Cde. " + from + " for " + recipient + via;
        return p.kind.titleEn + " from " + from + " to " + recipient + via;
    }

    /** A long title broken over two bold lines, as seed 001 prints it. */
    private static String split(String title) {
        if (title.length() < 70) return title;
        int at = title.lastIndexOf(' ', 60);
        return at < 0 ? title : title.substring(0, at) + "  \n" + title.substring(at + 1);
    }

    private static String citation(Plan p, String title, String dateline, Random r) {
        boolean curly = r.nextBoolean();
        String quoted = curly ? "“" + title + ",”" : "\"" + title + "\",";
        StringBuilder sb = new StringBuilder(quoted).append(' ').append(dateline).append(", ")
                .append(PUBLISHERS[r.nextInt(PUBLISHERS.length)]).append(", ").append(signatures(p, r));
        if (!p.translators.isEmpty()) {
            List<String> names = p.translators.stream().map(Person::latin).toList();
            sb.append(". Translated by ").append(String.join(" and ", names));
        }
        boolean newline = r.nextBoolean();
        sb.append(newline ? "  \n<" : ". <").append(HOSTS[r.nextInt(HOSTS.length)]).append("/document/").append(100000 + p.index).append('>');
        return sb.toString();
    }

    private static String signatures(Plan p, Random r) {
        List<String> written = new ArrayList<>();
        for (int i = 0; i < p.signatures.size(); i++) {
            GroundTruth.Signature s = p.signatures.get(i);
            Notation.Archive a = p.archives.get(i);
            if (s.fond() == null && a == Notation.Archive.APRF) {
                written.add(a.citationNames[r.nextInt(2)]);
            } else if (a == null) {
                written.add("copy available in Library of Congress, Manuscript Division, Dmitrii Antonovich Volkogonov papers, 1887-1995, "
                        + s.identifier());
            } else {
                written.add(Notation.citation(s, a, r));
            }
        }
        p.writtenSignatures.addAll(written);
        if (p.archives.contains(null)) return String.join("; ", written);
        return String.join(" and ", written);
    }
}
