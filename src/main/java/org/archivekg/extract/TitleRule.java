package org.archivekg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.archivekg.source.Language;
import org.archivekg.source.Section;
import org.archivekg.source.SectionKind;
import org.archivekg.source.SourceDocument;
import org.archivekg.source.TextSpan;

/**
 * The title: as published, its kind of document ("Ciphered Telegram …", "Телеграмма …"), and the
 * correspondents it names ("Letter, Cde. Filippov [Stalin] for Mao Zedong", "Letter from Feng Xi (Stalin) to
 * Kim Il Sung (via Shtytkov)", "Ciphered Telegram from Roshchin in Beijing to Filippov (Stalin)").
 * Address lines, read by {@link AddressRule}, take precedence over the title for correspondents.
 */
public final class TitleRule implements Rule {
    private static final Pattern WHO_IN_PLACE = Pattern.compile("^(.+?)\\s+(?:in|из|в)\\s+(.+)$");
    private static final Pattern IN_OR_AT = Pattern.compile("^\\s*(?:in|at|в)\\s+");


    public static final String TITLE = "title.heading";
    public static final String KIND = "kind.title";
    public static final String CORRESPONDENTS = "title.correspondents";

    private static final Pattern VIA = Pattern.compile("\\(\\s*(?:via|through|через)\\s+([^)]+)\\)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FROM_TO = Pattern.compile(
            "^[,:\\s]*(?:(?:from|от)\\s+(?<from>.+?)|(?<lead>[^,].*?))?\\s*(?<![\\p{L}])(?:to|for|для|к)\\s+(?<to>.+?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FROM_ONLY = Pattern.compile("^[,:\\s]*(?:from|от)\\s+(?<from>.+?)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Lexicon lexicon;

    public TitleRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(TITLE, "a title line of the page");
        d.put(KIND, "the kind of document named at the start of the title");
        d.put(CORRESPONDENTS, "sender, recipient and intermediary named in the English title");
        return d;
    }

    @Override
    public List<Claim> apply(SourceDocument doc) {
        List<Claim> claims = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Section s : doc.sections(SectionKind.TITLE)) {
            TextSpan span = s.span();
            String title = span.plain();
            if (!seen.add(title)) continue;
            claims.add(new Claim(Field.TITLE, title, new Evidence(span, TITLE)));
            Lexicon.Form kind = lexicon.formAtStart("DocumentKind", title).orElse(null);
            if (kind == null) continue;
            claims.add(new Claim(Field.KIND, kind.entry(), new Evidence(find(span, title.substring(0, kind.text().length())), KIND)));
            if (s.language() == Language.EN) correspondents(span, title.substring(kind.text().length()), claims);
        }
        return claims;
    }

    private void correspondents(TextSpan span, String rest, List<Claim> claims) {
        Matcher via = VIA.matcher(rest);
        if (via.find()) {
            claims.add(new Claim(Field.VIA, party(via.group(1)), new Evidence(find(span, via.group(1)), CORRESPONDENTS)));
            rest = rest.substring(0, via.start()) + rest.substring(via.end());
        }
        Matcher m = FROM_TO.matcher(rest);
        String from = null;
        String to = null;
        if (m.matches()) {
            from = m.group("from") != null ? m.group("from") : m.group("lead");
            to = m.group("to");
        } else {
            Matcher f = FROM_ONLY.matcher(rest);
            if (f.matches()) from = f.group("from");
        }
        if (from != null && !from.isBlank()) {
            String sender = placeSuffix(from, span, claims);
            claims.add(new Claim(Field.SENDER, party(sender), new Evidence(find(span, sender), CORRESPONDENTS)));
        }
        if (to != null && !to.isBlank()) {
            claims.add(new Claim(Field.RECIPIENT, party(to), new Evidence(find(span, to), CORRESPONDENTS)));
        }
    }

    /** "Roshchin in Beijing": the person, with the place claimed as where the document was sent from. */
    private String placeSuffix(String who, TextSpan span, List<Claim> claims) {
        Matcher in = WHO_IN_PLACE.matcher(who);
        if (in.matches()) {
            var place = lexicon.lookup("Place", in.group(2));
            if (place.isPresent()) {
                claims.add(new Claim(Field.SENT_FROM, place.get(), new Evidence(find(span, in.group(2)), CORRESPONDENTS)));
                return in.group(1);
            }
        }
        return who;
    }

    private Party party(String text) {
        String lower = Lexicon.lower(text);
        for (Lexicon.Form f : lexicon.forms("Office")) {
            int at = lower.indexOf(f.lower());
            if (at < 0) continue;
            String after = IN_OR_AT.matcher(text.substring(at + f.text().length())).replaceFirst("").strip();
            var place = after.isEmpty() ? java.util.Optional.<Lexicon.Entry>empty() : lexicon.lookup("Place", after);
            return new Party(null, f.entry(), place.orElse(null), place.isPresent() || after.isEmpty() ? null : after);
        }
        return Party.person(Names.mention(text, lexicon));
    }

    /** The first occurrence of a piece of the plain title in the raw span, or the whole span. */
    static TextSpan find(TextSpan span, String piece) {
        String p = piece.strip();
        int at = p.isEmpty() ? -1 : span.text().indexOf(p);
        return at < 0 ? span : span.sub(at, at + p.length());
    }
}
