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
 * Registry lines in a text's head: the kind and number ({@code CIPHERED TELEGRAM No. 25199},
 * {@code ШИФРТЕЛЕГРАММА № 25199}) and the copy list ({@code Copies: Stalin (2), Molotov, …}).
 */
public final class DocumentHeaderRule implements Rule {
    private static final Pattern NUMBER_IN_BRACKETS_AT_END = Pattern.compile("\\s*\\(\\d+\\)\\s*$");


    public static final String KIND_NUMBER = "kind.text-header";
    public static final String COPIES = "copies.list";

    private static final Pattern NUMBER = Pattern.compile("^\\s*(?:No\\.?|N|№)\\s*(\\d[\\d/-]*)\\s*$");
    private static final Pattern COPIES_LINE = Pattern.compile("^(?:Copies|Copy to|Copies to|Копии|Разослано)\\s*:\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Lexicon lexicon;

    public DocumentHeaderRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(KIND_NUMBER, "a line in a text's head giving the kind of document and its number");
        d.put(COPIES, "a copy list ('Copies: …') in a text's head");
        return d;
    }

    @Override
    public List<Claim> apply(SourceDocument doc) {
        List<Claim> claims = new ArrayList<>();
        for (Section s : doc.sections(SectionKind.TEXT)) {
            for (Line line : Line.of(s.span())) {
                if (line.text().length() > DateRule.RUNNING_TEXT) break;
                kindAndNumber(line, claims);
                copies(line, claims);
            }
        }
        return claims;
    }

    private void kindAndNumber(Line line, List<Claim> claims) {
        String plain = line.plain();
        Lexicon.Form kind = lexicon.formAtStart("DocumentKind", plain).orElse(null);
        if (kind == null) return;
        Matcher n = NUMBER.matcher(plain.substring(kind.text().length()));
        if (!n.matches()) return;
        claims.add(new Claim(Field.KIND, kind.entry(), new Evidence(line.span(), KIND_NUMBER)));
        claims.add(new Claim(Field.DOCUMENT_NUMBER, n.group(1), new Evidence(TitleRule.find(line.span(), n.group(1)), KIND_NUMBER)));
    }

    private void copies(Line line, List<Claim> claims) {
        Matcher m = COPIES_LINE.matcher(line.text());
        if (!m.matches()) return;
        TextSpan list = line.span().sub(m.start(1), m.end(1));
        int from = 0;
        String t = list.text();
        while (from < t.length()) {
            int comma = t.indexOf(',', from);
            int to = comma < 0 ? t.length() : comma;
            TextSpan item = list.sub(from, to).trim();
            String name = NUMBER_IN_BRACKETS_AT_END.matcher(item.plain()).replaceAll("").strip();
            if (!name.isEmpty()) claims.add(new Claim(Field.COPY_TO, Party.person(Names.mention(name, lexicon)), new Evidence(item, COPIES)));
            from = to + 1;
        }
    }
}
