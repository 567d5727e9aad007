package org.archivekg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.archivekg.source.Language;
import org.archivekg.source.SectionKind;
import org.archivekg.source.SourceDocument;
import org.archivekg.source.TextSpan;

/**
 * The original's language and machine translation: the "Original Language" field of a digital-archive
 * record; the index line of an index page ({@code ru:tom18;en:AI}: the Russian text is the edition's, the
 * English a machine translation); and on a collection page, the Russian part that carries the collection's
 * own name (the collection prints the original, the English is its translation).
 */
public final class LanguageRule implements Rule {

    public static final String FIELD = "language.original-field";
    public static final String INDEX = "language.index-line";
    public static final String MACHINE = "translation.index-line";
    public static final String COLLECTION = "language.collection-text";

    private static final Pattern ORIGIN = Pattern.compile("(?<![\\p{L}])([a-z]{2}):([^;\\s]+)");

    private final Lexicon lexicon;

    public LanguageRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(FIELD, "the Original Language field of a digital-archive record");
        d.put(INDEX, "the language whose text an index line credits to an edition");
        d.put(MACHINE, "a language whose text an index line marks as machine translation");
        d.put(COLLECTION, "a collection page whose Russian part carries the collection's name: Russian original");
        return d;
    }

    @Override
    public List<Claim> apply(SourceDocument doc) {
        List<Claim> claims = new ArrayList<>();
        doc.first(SectionKind.ORIGINAL_LANGUAGE).ifPresent(s -> lexicon.lookup("LanguageTerm", s.span().plain())
                .ifPresent(l -> claims.add(new Claim(Field.ORIGINAL_LANGUAGE, l, new Evidence(s.span(), FIELD)))));
        doc.first(SectionKind.INDEX_LINE).ifPresent(s -> indexLine(s.span(), claims));
        if (claims.stream().noneMatch(c -> c.field() == Field.ORIGINAL_LANGUAGE)) {
            doc.sections(SectionKind.SOURCE, Language.RU).stream().findFirst().ifPresent(s ->
                    lexicon.lookup("LanguageTerm", Language.RU.tag()).ifPresent(l ->
                            claims.add(new Claim(Field.ORIGINAL_LANGUAGE, l, new Evidence(s.span(), COLLECTION)))));
        }
        return claims;
    }

    private void indexLine(TextSpan line, List<Claim> claims) {
        Matcher m = ORIGIN.matcher(line.text());
        List<Claim> originals = new ArrayList<>();
        while (m.find()) {
            TextSpan span = line.sub(m.start(), m.end());
            boolean machine = lexicon.lookup("TranslationMarker", m.group(2)).isPresent();
            if (machine) {
                claims.add(new Claim(Field.MACHINE_TRANSLATED, Boolean.TRUE, new Evidence(span, MACHINE)));
            } else {
                lexicon.lookup("LanguageTerm", m.group(1)).ifPresent(l -> originals.add(new Claim(Field.ORIGINAL_LANGUAGE, l, new Evidence(span, INDEX))));
            }
        }
        if (originals.size() == 1) claims.addAll(originals);
    }
}
