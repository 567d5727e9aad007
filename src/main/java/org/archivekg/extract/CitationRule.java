package org.archivekg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.archivekg.source.SectionKind;
import org.archivekg.source.SourceDocument;
import org.archivekg.source.TextSpan;

/**
 * The citation block of a digital-archive record:
 * {@code "Title", Month D, YYYY, <publisher>, <archive and signature(s)>[. Translated by …] <URL>}
 * (straight or curly quotes, the comma inside or outside them). Gives the title, publisher, archive
 * locations, translators, URL and the edition ("Wilson Center Digital Archive, document 117313").
 */
public final class CitationRule implements Rule {

    public static final String TITLE = "citation.title";
    public static final String PUBLISHER = "citation.publisher";
    public static final String LOCATION = "citation.archive";
    public static final String TRANSLATOR = "citation.translator";
    public static final String URL = "citation.url";
    public static final String EDITION = "citation.edition";

    private static final Pattern QUOTED_TITLE = Pattern.compile("^\\s*[\"“”«](.+?),?[\"“”»]");
    private static final Pattern TRANSLATED_BY = Pattern.compile("Translated by\\s+(.+?)(?=\\.\\s|\\.?\\s*<|\\.?\\s*$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern NAME_SEPARATOR = Pattern.compile("\\s*(?:,\\s*and\\s+|\\s+and\\s+|,\\s*|\\s*&\\s*)");
    private static final Pattern LINK = Pattern.compile("<?(https?://[^\\s>]+)>?");
    private static final Pattern DOCUMENT_ID = Pattern.compile("/document/([\\w-]+)");

    private final Lexicon lexicon;
    private final DateParser dates;
    private final ArchiveSignatureParser signatures;

    public CitationRule(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.dates = new DateParser(lexicon);
        this.signatures = new ArchiveSignatureParser(lexicon);
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(TITLE, "the quoted title at the start of a citation");
        d.put(PUBLISHER, "the publisher named after the citation's date");
        d.put(LOCATION, "an archive and its signature in a citation");
        d.put(TRANSLATOR, "a name after 'Translated by' in a citation");
        d.put(URL, "the document URL at the end of a citation");
        d.put(EDITION, "the edition: the publisher with the document number of its URL");
        return d;
    }

    @Override
    public List<Claim> apply(SourceDocument doc) {
        List<Claim> claims = new ArrayList<>();
        doc.first(SectionKind.CITATION).ifPresent(s -> read(s.span(), claims));
        return claims;
    }

    private void read(TextSpan citation, List<Claim> claims) {
        String text = citation.text();
        Matcher title = QUOTED_TITLE.matcher(text);
        if (title.find()) {
            TextSpan t = citation.sub(title.start(1), title.end(1));
            claims.add(new Claim(Field.TITLE, t.plain(), new Evidence(t, TITLE)));
        }

        List<ArchiveSignatureParser.Located> locations = signatures.parse(text);
        for (ArchiveSignatureParser.Located l : locations) {
            claims.add(new Claim(Field.LOCATION, l.location(), new Evidence(citation.sub(l.start(), l.end()), LOCATION)));
        }

        Object publisher = null;
        DateParser.Found date = dates.first(text);
        if (date != null) {
            int end = locations.isEmpty() ? text.length() : locations.get(0).start();
            Optional<Claim> p = publisher(citation, date.end(), end);
            if (p.isPresent()) {
                claims.add(p.get());
                publisher = p.get().value();
            }
        }

        Matcher tr = TRANSLATED_BY.matcher(text);
        if (tr.find()) {
            int base = tr.start(1);
            String names = tr.group(1);
            Matcher sep = NAME_SEPARATOR.matcher(names);
            int from = 0;
            while (true) {
                boolean more = sep.find();
                int to = more ? sep.start() : names.length();
                if (to > from) {
                    TextSpan n = citation.sub(base + from, base + to).trim();
                    if (!n.isBlank()) claims.add(new Claim(Field.TRANSLATOR, NameMention.of(n.plain()), new Evidence(n, TRANSLATOR)));
                }
                if (!more) break;
                from = sep.end();
            }
        }

        Matcher link = LINK.matcher(text);
        if (link.find()) {
            TextSpan u = citation.sub(link.start(1), link.end(1));
            claims.add(new Claim(Field.URL, link.group(1), new Evidence(u, URL)));
            Matcher id = DOCUMENT_ID.matcher(link.group(1));
            if (id.find() && publisher != null) {
                String name = publisher instanceof Lexicon.Entry e ? e.label() : publisher.toString();
                claims.add(new Claim(Field.EDITION, name + ", document " + id.group(1), new Evidence(u, EDITION)));
            }
        }
    }

    /** A known publisher between the date and the first archive, else the text there as printed. */
    private Optional<Claim> publisher(TextSpan citation, int from, int to) {
        String lower = Lexicon.lower(citation.text());
        for (Lexicon.Form f : lexicon.forms("Publisher")) {
            int at = lower.indexOf(f.lower(), from);
            if (at >= 0 && at < to) {
                TextSpan s = citation.sub(at, at + f.text().length());
                return Optional.of(new Claim(Field.PUBLISHER, f.entry(), new Evidence(s, PUBLISHER)));
            }
        }
        String between = citation.text().substring(from, to);
        int s = 0;
        while (s < between.length() && (between.charAt(s) == ',' || Character.isWhitespace(between.charAt(s)))) s++;
        int e = between.indexOf(',', s);
        if (e < 0) e = between.length();
        if (e <= s) return Optional.empty();
        TextSpan span = citation.sub(from + s, from + e).trim();
        return Optional.of(new Claim(Field.PUBLISHER, span.plain(), new Evidence(span, PUBLISHER)));
    }
}
