package org.archivekg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

import org.archivekg.source.Language;
import org.archivekg.source.Section;
import org.archivekg.source.SectionKind;
import org.archivekg.source.SourceDocument;

/**
 * The apparatus of a collection page: the edition line ({@code Vestnik, 1996, No. 1, pp. 130-131.} and its
 * Russian twin {@code Вестник. 1996. № 1. С. 130–131.}, both normalised to one label), the archive line, and the
 * collection named on the {@code Source:} line.
 */
public final class ApparatusRule implements Rule {
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");
    private static final Pattern SPACE = Pattern.compile("\\s");
    private static final Pattern DASH = Pattern.compile("[–—]");


    public static final String EDITION = "apparatus.edition";
    public static final String LOCATION = "apparatus.archive";
    public static final String COLLECTION = "collection.source";

    private static final Pattern EDITION_LINE = Pattern.compile(
            "^(?<journal>[\\p{L}][\\p{L} .'-]*?)[.,]\\s*(?<year>\\d{4})[.,]\\s*(?:No\\.?|№|N)\\s*(?<issue>\\d+)[.,]\\s*(?:pp?\\.|[СсSs]\\.)\\s*(?<pages>\\d+(?:\\s*[-–—]\\s*\\d+)?)\\.?$");
    private static final Pattern YEAR = Pattern.compile("\\b(1[6-9]|20)\\d{2}\\b");

    private final ArchiveSignatureParser signatures;
    private final Transliterator toLatin = Transliterator.getInstance("Russian-Latin/BGN");

    public ApparatusRule(Lexicon lexicon) {
        this.signatures = new ArchiveSignatureParser(lexicon);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(EDITION, "the edition line of a collection page (journal, year, issue, pages)");
        d.put(LOCATION, "the archive line of a collection page");
        d.put(COLLECTION, "the collection named on a collection page's Source: line");
        return d;
    }

    @Override
    public List<Claim> apply(SourceDocument doc) {
        List<Claim> claims = new ArrayList<>();
        for (Section s : doc.sections(SectionKind.APPARATUS)) {
            for (Line line : Line.of(s.span())) {
                List<ArchiveSignatureParser.Located> located = signatures.parse(line.text());
                if (!located.isEmpty()) {
                    for (ArchiveSignatureParser.Located l : located) {
                        claims.add(new Claim(Field.LOCATION, l.location(), new Evidence(line.span().sub(l.start(), l.end()), LOCATION)));
                    }
                } else if (YEAR.matcher(line.text()).find()) {
                    claims.add(new Claim(Field.EDITION, editionLabel(line.text()), new Evidence(line.span(), EDITION)));
                }
            }
        }
        for (Section s : doc.sections(SectionKind.SOURCE, Language.EN)) {
            claims.add(new Claim(Field.COLLECTION, s.span().plain(), new Evidence(s.span(), COLLECTION)));
        }
        return claims;
    }

    /** "Vestnik, 1996, No. 1, pp. 130-131" whichever language the line is printed in. */
    String editionLabel(String line) {
        String t = line.strip();
        Matcher m = EDITION_LINE.matcher(t);
        if (!m.matches()) return TRAILING_DOTS.matcher(t).replaceAll("");
        String journal = m.group("journal").strip();
        if (Language.ofText(journal) == Language.RU) journal = toLatin.transliterate(journal);
        return journal + ", " + m.group("year") + ", No. " + m.group("issue") + ", pp. " + DASH.matcher(SPACE.matcher(m.group("pages")).replaceAll("")).replaceAll("-");
    }

}
