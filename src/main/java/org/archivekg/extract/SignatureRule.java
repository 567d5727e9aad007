package org.archivekg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.archivekg.source.Section;
import org.archivekg.source.SectionKind;
import org.archivekg.source.SourceDocument;

/**
 * The name a text is signed with: a line after the text's first paragraph that is nothing but a name
 * ({@code FILIPPOV}, {@code ФИН-СИ.}, {@code FENG XI [STALIN]}, {@code Fyn Si}, {@code ROSHCHIN}). Lines with
 * digits, colons, table bars or quotation marks are not signatures (a quotation mark closes an embedded
 * document, whose signature is not this one's); nor are valedictions, places and kinds of document.
 */
public final class SignatureRule implements Rule {
    private static final Pattern NOT_IN_A_SIGNATURE = Pattern.compile(".*[\\d:|\"“”«»!?;].*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,]+$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");


    public static final String SIGNATURE = "signature.closing";

    private final Lexicon lexicon;

    public SignatureRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(SIGNATURE, "a line after the body of a text that is only a name: the signature");
        return d;
    }

    @Override
    public List<Claim> apply(SourceDocument doc) {
        List<Claim> claims = new ArrayList<>();
        for (Section s : doc.sections(SectionKind.TEXT)) {
            boolean inBody = false;
            for (Line line : Line.of(s.span())) {
                if (line.text().length() > DateRule.RUNNING_TEXT && !line.text().startsWith("|")) {
                    inBody = true;
                    continue;
                }
                if (!inBody || !isSignature(line)) continue;
                claims.add(new Claim(Field.SIGNED_AS, Names.mention(line.plain(), lexicon), new Evidence(line.span(), SIGNATURE)));
            }
        }
        return claims;
    }

    private boolean isSignature(Line line) {
        String raw = line.text();
        if (NOT_IN_A_SIGNATURE.matcher(raw).matches() || raw.startsWith("[") || raw.length() > 40) return false;
        String plain = TRAILING_PUNCTUATION.matcher(line.plain()).replaceAll("").strip();
        if (plain.isEmpty() || !Names.looksLikeName(plain)) return false;
        if (lexicon.lookup("Valediction", plain).isPresent() || lexicon.lookup("Place", plain).isPresent()) return false;
        if (lexicon.lookup("DocumentKind", plain).isPresent() || lexicon.month(plain) != null) return false;
        return lexicon.markerRole(WHITE_SPACE.split(plain)[0]) == null;
    }
}
