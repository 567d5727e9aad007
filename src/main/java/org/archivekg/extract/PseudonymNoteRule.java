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

/**
 * An editor's note that unmasks a signature: "Behind the signature "Filippov" is Stalin.",
 * "За подписью «Филиппов» скрывается Сталин.", "Filippov was Stalin's pseudonym".
 */
public final class PseudonymNoteRule implements Rule {

    public static final String NOTE = "pseudonym.note";

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("behind the (?:signature|pseudonym|name)\\s+[\"“«']?(?<alias>[\\p{L} .-]+?)[\"”»']?\\s+(?:is|was|stands)\\s+(?<person>[\\p{Lu}][\\p{L} .-]*?)[.;,]", FLAGS),
            Pattern.compile("за (?:подписью|псевдонимом)\\s+[\"«]?(?<alias>[\\p{L} .-]+?)[\"»]?\\s+(?:скрывается|скрывался)\\s+(?<person>[\\p{Lu}][\\p{L} .-]*?)[.;,]", FLAGS),
            Pattern.compile("[\"“«](?<alias>[\\p{L} .-]+?)[\"”»] (?:is|was) (?:the )?pseudonym of (?<person>[\\p{Lu}][\\p{L} .-]*?)[.;,]", FLAGS));

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(NOTE, "an editor's note naming the person behind a signature");
        return d;
    }

    @Override
    public List<Claim> apply(SourceDocument doc) {
        List<Claim> claims = new ArrayList<>();
        for (Section s : doc.sections(SectionKind.NOTE)) {
            for (Pattern p : PATTERNS) {
                Matcher m = p.matcher(s.span().text());
                while (m.find()) {
                    claims.add(new Claim(Field.PSEUDONYM, new NameMention(m.group("alias").strip(), m.group("person").strip()),
                            new Evidence(s.span().sub(m.start(), m.end()), NOTE)));
                }
            }
        }
        return claims;
    }
}
