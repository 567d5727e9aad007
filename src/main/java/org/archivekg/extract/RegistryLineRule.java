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
 * Registry lines of a telegram: who deciphered or typed it ({@code Dec[iphered by] Araushkin 12.50 3.10},
 * {@code Расп. Араушкин 12.50 3.10}). The role words come from the lexicon's {@code akg:HandlingRole} entries.
 */
public final class RegistryLineRule implements Rule {

    public static final String REGISTRY = "handling-note.registry";

    private static final Pattern NAME = Pattern.compile("^\\s*(\\p{Lu}[\\p{L}-]+)");

    private final Lexicon lexicon;

    public RegistryLineRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(REGISTRY, "a registry line naming who deciphered or typed the document");
        return d;
    }

    @Override
    public List<Claim> apply(SourceDocument doc) {
        List<Claim> claims = new ArrayList<>();
        for (Section s : doc.sections(SectionKind.TEXT)) {
            for (Line line : Line.of(s.span())) {
                String text = line.text();
                lexicon.formAtStart("HandlingRole", text).ifPresent(f -> {
                    Matcher m = NAME.matcher(text.substring(f.text().length()));
                    if (m.find()) {
                        NameMention person = NameMention.of(m.group(1));
                        claims.add(new Claim(Field.HANDLING_NOTE, new HandlingNote(line.plain(), person, null, f.entry().label()),
                                new Evidence(line.span(), REGISTRY)));
                    }
                });
            }
        }
        return claims;
    }
}
