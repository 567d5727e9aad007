package org.archivekg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.archivekg.source.Language;
import org.archivekg.source.Section;
import org.archivekg.source.SectionKind;
import org.archivekg.source.SourceDocument;
import org.archivekg.source.TextSpan;

/**
 * Dates, each claim named by where it was read: the date line above the title, the citation, the index
 * line, the Russian title, the head of a text (above the first paragraph) and its closing (below it).
 * Which reading is accepted is decided later; every reading is kept with its place.
 */
public final class DateRule implements Rule {

    public static final String DATELINE = "date.dateline";
    public static final String CITATION = "date.citation";
    public static final String INDEX_LINE = "date.index-line";
    public static final String TITLE = "date.title";
    public static final String TEXT_HEADER = "date.text-header";
    public static final String TEXT_CLOSING = "date.text-closing";

    /** Lines longer than this are running text: the first one ends a text's head. */
    static final int RUNNING_TEXT = 100;

    private final DateParser dates;
    private final Lexicon lexicon;

    public DateRule(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.dates = new DateParser(lexicon);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(DATELINE, "the date printed as a heading above a digital-archive record's title");
        d.put(CITATION, "the date in a digital-archive record's citation");
        d.put(INDEX_LINE, "the ISO date of an index page's index line");
        d.put(TITLE, "the date in a collection page's Russian title");
        d.put(TEXT_HEADER, "a line of a text's head (before its first paragraph) that is a date");
        d.put(TEXT_CLOSING, "a line after a text's first paragraph that is a date (the closing date)");
        return d;
    }

    @Override
    public List<Claim> apply(SourceDocument doc) {
        List<Claim> claims = new ArrayList<>();
        for (Section s : doc.sections()) {
            switch (s.kind()) {
                case DATELINE -> firstDate(s.span(), DATELINE, claims);
                case CITATION -> firstDate(s.span(), CITATION, claims);
                case INDEX_LINE -> firstDate(s.span(), INDEX_LINE, claims);
                case TITLE -> {
                    if (s.language() == Language.RU) firstDate(s.span(), TITLE, claims);
                }
                case TEXT -> textDates(s, claims);
                default -> { }
            }
        }
        return claims;
    }

    private void firstDate(TextSpan span, String rule, List<Claim> claims) {
        DateParser.Found f = dates.first(span.text());
        if (f != null) claims.add(new Claim(Field.DATE, f.date(), new Evidence(span.sub(f.start(), f.end()), rule)));
    }

    private void textDates(Section s, List<Claim> claims) {
        List<Line> lines = Line.of(s.span());
        boolean inBody = false;
        int noteParagraph = -1;
        for (Line line : lines) {
            if (startsWithNoteMarker(line.plain())) noteParagraph = line.paragraph();
            boolean inNote = line.paragraph() == noteParagraph;
            if (line.text().length() > RUNNING_TEXT) {
                inBody = true;
                continue;
            }
            if (inNote) continue;
            DateParser.Found f = dates.first(line.text());
            if (f == null || !essentiallyADate(line.text(), f)) continue;
            claims.add(new Claim(Field.DATE, f.date(), new Evidence(line.span().sub(f.start(), f.end()), inBody ? TEXT_CLOSING : TEXT_HEADER)));
        }
    }

    private boolean startsWithNoteMarker(String plain) {
        return lexicon.formAtStart("NoteMarker", plain).isPresent();
    }

    /** A line that says nothing but the date (at most two stray letters, such as an OCR'd "м."). */
    private static boolean essentiallyADate(String line, DateParser.Found f) {
        String rest = line.substring(0, f.start()) + line.substring(f.end());
        return rest.codePoints().filter(Character::isLetter).count() <= 2;
    }
}
