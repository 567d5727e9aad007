package org.archivekg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.archivekg.source.Section;
import org.archivekg.source.SectionKind;
import org.archivekg.source.SourceDocument;
import org.archivekg.source.TextSpan;

/**
 * Documents carried whole inside another: a line that announces a reply by name and ends with a colon
 * ("Reply from Mao Zedong:", "Ответ Мао Цзэдуна:", "I report the answer of MAO ZEDONG to your [telegram] No. 4581:")
 * followed by a block in quotation marks ({@code "…"}, {@code «…»}, {@code “…”}) up to the line that closes it.
 * The block's last date is the embedded document's date.
 */
public final class EmbeddedDocumentRule implements Rule {
    private static final Pattern TRAILING_DOTS = Pattern.compile("[.\\s]+$");


    public static final String EMBEDDED = "embedded.quoted-block";

    private static final String OPENING = "\"“«„";
    private static final String CLOSING = "\"”»“";
    private static final Pattern NUMBER = Pattern.compile("(?:No\\.?|№)\\s*(\\d+)");
    private static final String NAME = "(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})";

    private final Lexicon lexicon;
    private final DateParser dates;
    private final Pattern intro;
    /** The second-person cues, each as a whole word in lower case. */
    private final List<Pattern> yourWords;

    public EmbeddedDocumentRule(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.dates = new DateParser(lexicon);
        String replyNouns = lexicon.cueForms("replyNoun").stream().map(Pattern::quote).collect(Collectors.joining("|"));
        // the reply noun, then (from / of / от) and the sender's name, then anything up to the closing colon
        this.intro = Pattern.compile("(?iu:(?<![\\p{L}])(?:" + replyNouns + ")\\s+(?:from\\s+|of\\s+|от\\s+)?)" + NAME + "[^\\n]*:\\s*$");
        this.yourWords = lexicon.cueForms("secondPerson").stream()
                .map(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(Lexicon.lower(w)) + "(?![\\p{L}])")).toList();
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(EMBEDDED, "a reply announced by name and carried whole in quotation marks");
        return d;
    }

    @Override
    public List<Claim> apply(SourceDocument doc) {
        List<Claim> claims = new ArrayList<>();
        for (Section s : doc.sections()) {
            if (s.kind() != SectionKind.TEXT && s.kind() != SectionKind.NOTE) continue;
            List<Line> lines = Line.of(s.span());
            for (int i = 0; i + 1 < lines.size(); i++) {
                String text = lines.get(i).text();
                if (text.indexOf(':') < 0) continue; // the intro ends with a colon: no colon, no need to run its pattern
                Matcher m = intro.matcher(text);
                if (!m.find()) continue;
                TextSpan first = lines.get(i + 1).span();
                if (first.text().isEmpty() || OPENING.indexOf(first.text().charAt(0)) < 0) continue;
                int last = closingLine(lines, i + 1);
                if (last < 0) continue;
                TextSpan block = s.span().sub(first.start() - s.span().start(), lines.get(last).span().end() - s.span().start());
                TextSpan introSpan = lines.get(i).span();
                claims.add(new Claim(Field.EMBEDDED, embedded(introSpan, m.group(1), block), new Evidence(block, EMBEDDED)));
                i = last;
            }
        }
        return claims;
    }

    /** The line that ends the quoted block: it ends with a closing quotation mark (a final period allowed). */
    private static int closingLine(List<Line> lines, int from) {
        for (int j = from; j < lines.size(); j++) {
            String t = TRAILING_DOTS.matcher(lines.get(j).text()).replaceAll("");
            if (t.isEmpty()) continue;
            char c = t.charAt(t.length() - 1);
            if (CLOSING.indexOf(c) >= 0 && (j > from || t.length() > 1)) return j;
        }
        return -1;
    }

    private EmbeddedDocument embedded(TextSpan intro, String senderName, TextSpan block) {
        String introText = Lexicon.lower(intro.text());
        boolean toYours = yourWords.stream().anyMatch(w -> w.matcher(introText).find());
        Matcher n = NUMBER.matcher(intro.text());
        // the closing date: the last date in the block's last lines
        List<DateParser.Found> found = dates.findAll(block.text().substring(Math.max(0, block.text().length() - 120)));
        DateValue date = found.isEmpty() ? null : found.get(found.size() - 1).date();
        return new EmbeddedDocument(NameMention.of(senderName.strip()), date, toYours, n.find() ? n.group(1) : null, intro, block);
    }
}
