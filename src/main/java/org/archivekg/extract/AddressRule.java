package org.archivekg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.archivekg.source.Section;
import org.archivekg.source.SectionKind;
import org.archivekg.source.SourceDocument;
import org.archivekg.source.TextSpan;

/**
 * The address lines at the head of a text, in any of the shapes met:
 * <pre>
 *   PYONGYANG, To SHTYKOV / for KIM IL SUNG            → via Shtykov, recipient Kim Il Sung
 *   Pyongyang, Shtykov / for / Kim Il Sung             → the same
 *   ПЕКИН СОВПОСОЛ / для МАО ЦЭЕ-ДУНА.                 → via the Soviet ambassador in Beijing, recipient Mao
 *   Beijing, Soviet Ambassador / For immediate transmission / to Mao Zedong / or / Zhou Enlai.
 *                                                      → via the ambassador, recipients Mao or Zhou
 *   From cde. FILIPPOV [Stalin] / for Mao Zedong       → sender Filippov (Stalin), recipient Mao
 *   TO FILIPPOV [STALIN]                               → recipient
 *   From BEIJING Received 12:15                        → sent from Beijing, received at 12:15
 * </pre>
 * The words that mark each part (for/для, to, from, or/или, "for immediate transmission") come from the lexicon.
 * The line before a "for"/transmission line names the intermediary, optionally after its place.
 */
public final class AddressRule implements Rule {
    private static final Pattern SPACES_OR_COMMAS = Pattern.compile("[\\s,]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;]+$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[.,;\\s]+|[.,;\\s]+$");


    public static final String ADDRESS = "address.lines";
    public static final String SENT_FROM = "address.sent-from";

    private static final int HEAD_LINES = 16;
    private static final int SHORT_LINE = 60;
    private static final Pattern RECEIVED = Pattern.compile("(?:received|получена|получено)\\D{0,12}?(\\d{1,2})[:.](\\d{2})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Lexicon lexicon;
    private final DateParser dates;
    private final List<String> markers;

    public AddressRule(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.dates = new DateParser(lexicon);
        this.markers = lexicon.markerForms().keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(ADDRESS, "sender, recipients and intermediaries in the address lines at the head of a text");
        d.put(SENT_FROM, "the place (and time of receipt) in a 'From PLACE Received HH:MM' line");
        return d;
    }

    /** A piece of an address block: a marker word (role set) or a text (span set). */
    private record Piece(String role, TextSpan text) {
    }

    @Override
    public List<Claim> apply(SourceDocument doc) {
        List<Claim> claims = new ArrayList<>();
        for (Section s : doc.sections(SectionKind.TEXT)) readHead(Line.of(s.span()), claims);
        return claims;
    }

    private void readHead(List<Line> lines, List<Claim> claims) {
        int limit = Math.min(lines.size(), HEAD_LINES);
        for (int i = 0; i < limit; i++) {
            Line line = lines.get(i);
            if (line.text().length() > DateRule.RUNNING_TEXT) return;
            List<Piece> pieces = pieces(line.span());
            if (pieces.isEmpty() || pieces.stream().noneMatch(p -> p.role() != null)) continue;
            if (sentFromLine(pieces, claims)) continue;
            readBlock(lines, i, limit, claims);
            return;
        }
    }

    /** "From BEIJING Received 12:15": a place after "from" is where the telegram came from, not a sender. */
    private boolean sentFromLine(List<Piece> pieces, List<Claim> claims) {
        if (pieces.size() < 2 || !"sender".equals(pieces.get(0).role()) || pieces.get(1).text() == null) return false;
        TextSpan rest = pieces.get(1).text();
        String firstWord = SPACES_OR_COMMAS.split(rest.plain())[0];
        Optional<Lexicon.Entry> place = lexicon.lookup("Place", firstWord);
        if (place.isEmpty()) return false;
        claims.add(new Claim(Field.SENT_FROM, place.get(), new Evidence(TitleRule.find(rest, firstWord), SENT_FROM)));
        Matcher r = RECEIVED.matcher(rest.text());
        if (r.find()) {
            claims.add(new Claim(Field.RECEIVED_TIME, String.format("%02d:%s", Integer.parseInt(r.group(1)), r.group(2)),
                    new Evidence(rest.sub(r.start(), r.end()), SENT_FROM)));
        }
        return true;
    }

    private void readBlock(List<Line> lines, int first, int limit, List<Claim> claims) {
        List<Piece> pieces = new ArrayList<>();
        // the head: the line before the first marked line (skipping date lines), when short
        TextSpan head = null;
        for (int h = first - 1; h >= 0 && h >= first - 2; h--) {
            Line candidate = lines.get(h);
            if (isDateLine(candidate.text())) continue;
            if (candidate.text().length() <= 40 && hasLetters(candidate.text())) head = candidate.span();
            break;
        }
        List<Piece> firstPieces = pieces(lines.get(first).span());
        if (firstPieces.get(0).role() == null) { // "PYONGYANG, To SHTYKOV": the head is on the marked line
            head = firstPieces.get(0).text();
            firstPieces = firstPieces.subList(1, firstPieces.size());
        }
        pieces.addAll(firstPieces);
        for (int i = first + 1; i < limit; i++) {
            Line line = lines.get(i);
            String plain = line.plain();
            if (line.text().length() > SHORT_LINE || plain.endsWith("!") || isDateLine(line.text())) break;
            List<Piece> next = pieces(line.span());
            boolean expecting = pieces.isEmpty() || pieces.get(pieces.size() - 1).role() != null;
            boolean continues = next.get(0).role() != null || expecting || !hasLetters(plain);
            if (!continues) break;
            pieces.addAll(next);
        }
        interpret(head, pieces, claims);
    }

    private void interpret(TextSpan head, List<Piece> pieces, List<Claim> claims) {
        boolean hasFor = pieces.stream().anyMatch(p -> "finalRecipient".equals(p.role()));
        boolean hasTransmission = pieces.stream().anyMatch(p -> "transmission".equals(p.role()));
        boolean hasFrom = pieces.stream().anyMatch(p -> "sender".equals(p.role()));
        List<TextSpan> recipients = new ArrayList<>();
        List<TextSpan> vias = new ArrayList<>();
        boolean alternatives = false;
        String role = null;
        boolean afterTransmission = false;
        for (Piece p : pieces) {
            if (p.role() != null) {
                switch (p.role()) {
                    case "alternative" -> alternatives = true;
                    case "transmission" -> {
                        afterTransmission = true;
                        role = "finalRecipient";
                    }
                    case "addressee" -> role = afterTransmission || !hasFor ? "finalRecipient" : "via";
                    default -> role = p.role();
                }
                continue;
            }
            if (!startsWithCapital(p.text().plain())) continue; // "для заметок": a form's label, not an address
            switch (role == null ? "" : role) {
                case "finalRecipient" -> recipients.add(p.text());
                case "via" -> vias.add(p.text());
                case "sender" -> claims.add(new Claim(Field.SENDER, Party.person(Names.mention(p.text().plain(), lexicon)),
                        new Evidence(p.text(), ADDRESS)));
                default -> { }
            }
        }
        if (head != null && (hasFor || hasTransmission) && !(hasFrom && !hasTransmission)) {
            Party h = headParty(head);
            if (h != null) claims.add(new Claim(Field.VIA, h, new Evidence(head, ADDRESS)));
        }
        for (TextSpan v : vias) claims.add(new Claim(Field.VIA, party(v.plain(), null, null), new Evidence(v, ADDRESS)));
        for (TextSpan r : recipients) claims.add(new Claim(Field.RECIPIENT, party(r.plain(), null, null), new Evidence(r, ADDRESS)));
        if (alternatives && recipients.size() > 1) {
            claims.add(new Claim(Field.ALTERNATIVE_RECIPIENTS, Boolean.TRUE, new Evidence(recipients.get(0), ADDRESS)));
        }
    }

    /** "Pyongyang, Shtykov", "ПЕКИН СОВПОСОЛ", "Beijing, Soviet Ambassador", "ЦЕННЫМ ШТЯКОВУ": [place] addressee. */
    private Party headParty(TextSpan head) {
        String text = TRAILING_PUNCTUATION.matcher(head.plain()).replaceAll("").strip();
        if (lexicon.lookup("Place", text).isPresent()) return null; // "PYONGYANG,": a place, nobody named
        String placeText = null;
        String who = text;
        int comma = text.indexOf(',');
        if (comma > 0) {
            placeText = text.substring(0, comma).strip();
            who = text.substring(comma + 1).strip();
        } else {
            String[] words = WHITE_SPACE.split(text, 2);
            if (words.length == 2 && (lexicon.lookup("Place", words[0]).isPresent() || officeIn(words[1]) != null || WHITE_SPACE.split(words[1]).length == 1)) {
                placeText = words[0];
                who = words[1];
            }
        }
        if (who.isEmpty()) return null;
        return party(who, placeText, null);
    }

    private Party party(String text, String placeText, Lexicon.Entry ignored) {
        String cleaned = EDGE_PUNCTUATION.matcher(text).replaceAll("");
        Lexicon.Entry place = placeText == null ? null : lexicon.lookup("Place", placeText).orElse(null);
        Lexicon.Form office = officeIn(cleaned);
        if (office != null) return new Party(null, office.entry(), place, place == null ? placeText : null);
        return new Party(Names.mention(cleaned, lexicon), null, place, place == null ? placeText : null);
    }

    private Lexicon.Form officeIn(String text) {
        String lower = Lexicon.lower(text);
        return lexicon.forms("Office").stream().filter(f -> lower.contains(f.lower())).findFirst().orElse(null);
    }

    /** Splits a line at marker words (for, to, from, or, для, или, "for immediate transmission" …). */
    private List<Piece> pieces(TextSpan line) {
        List<Piece> pieces = new ArrayList<>();
        String lower = Lexicon.lower(line.text());
        int textStart = 0;
        int i = 0;
        while (i < lower.length()) {
            boolean boundary = i == 0 || !Character.isLetterOrDigit(lower.charAt(i - 1));
            String marker = null;
            if (boundary) {
                for (String m : markers) {
                    int e = i + m.length();
                    if (lower.startsWith(m, i) && (e == lower.length() || !Character.isLetterOrDigit(lower.charAt(e)))) {
                        marker = m;
                        break;
                    }
                }
            }
            if (marker == null || (i > 0 && !markerAllowedMidLine(lower, i))) {
                i++;
                continue;
            }
            addText(line, textStart, i, pieces);
            pieces.add(new Piece(lexicon.markerRole(marker), null));
            i += marker.length();
            textStart = i;
        }
        addText(line, textStart, lower.length(), pieces);
        return pieces;
    }

    /** Mid-line, a marker counts only after a comma ("PYONGYANG, To SHTYKOV") or between names ("Shtykov for Kim"). */
    private static boolean markerAllowedMidLine(String lower, int at) {
        String before = lower.substring(0, at).stripTrailing();
        return before.endsWith(",") || WHITE_SPACE.split(before).length <= 3;
    }

    private static void addText(TextSpan line, int from, int to, List<Piece> pieces) {
        if (to <= from) return;
        TextSpan t = line.sub(from, to).trim();
        if (!t.isBlank()) pieces.add(new Piece(null, t));
    }

    private boolean isDateLine(String text) {
        DateParser.Found f = dates.first(text);
        return f != null && (text.length() - (f.end() - f.start())) <= 6;
    }

    private static boolean startsWithCapital(String s) {
        return s.codePoints().filter(Character::isLetter).findFirst().stream().anyMatch(Character::isUpperCase);
    }

    private static boolean hasLetters(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }
}
