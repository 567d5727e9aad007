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
 * Candidate names in running text and notes: runs of one to three capitalised words (Latin or Cyrillic,
 * hyphenated allowed: {@code Mao Zedong}, {@code МАО ЦЗЕ-ДУНА}, {@code Чжоу Эньлаю}), after a form of address
 * where there is one. Most candidates are not people ("Korea", "Moscow"); the resolve stage keeps only those
 * the authority knows, so this rule can be generous.
 */
public final class NameCandidateRule implements Rule {

    public static final String MENTION = "mention.name";

    /** A capitalised word; a single capital only when it is not an initial ("Т." of "Т.Ф. Штыкову"). */
    private static final String WORD = "(?:\\p{Lu}\\p{L}+(?:-\\p{L}+)?|\\p{Lu}(?![.\\p{L}]))";
    /** Optional initials ("T.F. ", "Т.Ф."), then up to four capitalised words (a form of address and a three-part name). */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\-.])(?:\\p{Lu}\\.\\s?){0,2}" + WORD + "(?:[ \\t]+" + WORD + "){0,3}(?![\\p{L}])");

    private final Lexicon lexicon;

    /** The first index at or after {@code from} whose character may be a capital ({@code \\p{Lu}} is a subset of upper case), or -1. */
    private static int nextCapital(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            if (Character.isUpperCase(t.codePointAt(i))) return i;
        }
        return -1;
    }

    public NameCandidateRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(MENTION, "a name in the running text that the authority knows: a person the document mentions");
        return d;
    }

    @Override
    public List<Claim> apply(SourceDocument doc) {
        List<Claim> claims = new ArrayList<>();
        for (Section s : doc.sections()) {
            if (s.kind() != SectionKind.TEXT && s.kind() != SectionKind.NOTE && s.kind() != SectionKind.TITLE) continue;
            TextSpan span = s.span();
            String t = span.text();
            Matcher m = CANDIDATE.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
            TextSpan.Cutter cutter = span.cutter();
            for (int at = nextCapital(t, 0); at >= 0; at = nextCapital(t, at)) {
                // tried only where a capital starts (every candidate does): the same matches as find(), without
                // running the pattern's lookbehind at every character of the section
                m.region(at, t.length());
                if (!m.lookingAt()) {
                    at++;
                    continue;
                }
                at = m.end();
                String text = m.group();
                int start = m.start();
                // a form of address before the name is not part of it ("Comrade Kim Il Sung", "Тов. Сталину")
                String stripped = Names.stripHonorific(text, lexicon);
                start += text.length() - stripped.length();
                if (stripped.isEmpty()) continue;
                claims.add(new Claim(Field.MENTION, NameMention.of(stripped), new Evidence(cutter.sub(start, m.end()), MENTION)));
            }
        }
        return claims;
    }
}
