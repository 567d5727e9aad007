package org.archivekg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.archivekg.source.Section;
import org.archivekg.source.SectionKind;
import org.archivekg.source.SourceDocument;
import org.archivekg.source.TextSpan;

/**
 * Handwritten and registry notes ("[Handwritten] Dispatched to cde. Bulganiin via VCh …",
 * "Получено тов. Булатовым 7.10.1950г. в 20.15"): the note's text, the person it names after a form of
 * address, and its date. Each note is kept as written: two notes that disagree stay two notes.
 */
public final class HandlingNoteRule implements Rule {

    public static final String NOTE = "handling-note";

    private final Lexicon lexicon;
    private final DateParser dates;
    private final Pattern personAfterHonorific;

    public HandlingNoteRule(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.dates = new DateParser(lexicon);
        String honorifics = lexicon.forms("Honorific").stream().map(f -> Pattern.quote(f.text())).reduce((a, b) -> a + "|" + b).orElse("cde\\.");
        // only the honorific is matched in any case: the name itself must be capitalised
        this.personAfterHonorific = Pattern.compile("(?<![\\p{L}])(?iu:" + honorifics + ")\\s+(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?)");
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(NOTE, "a handwritten or registry note on the document (dispatch, receipt)");
        return d;
    }

    @Override
    public List<Claim> apply(SourceDocument doc) {
        List<Claim> claims = new ArrayList<>();
        for (Section s : doc.sections(SectionKind.TEXT)) {
            List<Line> lines = Line.of(s.span());
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (lexicon.formAtStart("NoteMarker", line.plain()).isEmpty()) continue;
                int last = i;
                while (last + 1 < lines.size() && lines.get(last + 1).paragraph() == line.paragraph()
                        && lines.get(last + 1).text().length() <= DateRule.RUNNING_TEXT) last++;
                TextSpan note = s.span().sub(line.span().start() - s.span().start(), lines.get(last).span().end() - s.span().start());
                claims.add(new Claim(Field.HANDLING_NOTE, read(note.plain()), new Evidence(note, NOTE)));
                i = last;
            }
        }
        return claims;
    }

    private HandlingNote read(String text) {
        Matcher p = personAfterHonorific.matcher(text);
        NameMention person = p.find() ? NameMention.of(p.group(1)) : null;
        DateParser.Found d = dates.first(text);
        return new HandlingNote(text, person, d == null ? null : d.date(), null);
    }
}
