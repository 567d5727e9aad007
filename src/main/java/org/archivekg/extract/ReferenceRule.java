package org.archivekg.extract;

import java.util.ArrayList;
import java.util.Comparator;
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
 * Sentences that mention another document, in four shapes (the cue words come from the lexicon):
 * <ul>
 *   <li>"your telegram of 1.10.50", "your [telegram] No. 4581", "Ваш ответ получил" — the addressee's document;</li>
 *   <li>"On 1 October I sent Mao …", "1 октября я послал вопрос Мао Цзе-дуну" — one the author sent;</li>
 *   <li>"I received from Mao on October 7 a letter", "я получил от Мао 7 октября письмо" — one the author received
 *       ("In response to this …": written in answer to what the text just quoted);</li>
 *   <li>"Mao Zedong replied with a refusal" — a reply to the author.</li>
 * </ul>
 * A date may lack its year ("On 1 October"), and a correction in brackets is read as the corrected value with the
 * original kept ("7 September [sic- October]"). Sentences about what is awaited ("I await your reply") are skipped.
 */
public final class ReferenceRule implements Rule {

    public static final String ADDRESSEES = "reference.addressees-document";
    public static final String SENT = "reference.sent";
    public static final String RECEIVED = "reference.received";
    public static final String REPLIED = "reference.replied";

    private static final Pattern NUMBER = Pattern.compile("(?:No\\.?|№)\\s*(\\d+)");
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\-])\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+){0,2}");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern FROM = Pattern.compile("(?<![\\p{L}])(?:from|от)\\s+(\\p{Lu})", FLAGS);
    private static final Pattern ENDS_WITH_I = Pattern.compile("(?s).*(?<![\\p{L}])(?:I|я|Я)$");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    private final Lexicon lexicon;
    private final DateParser dates;
    private final Pattern your;
    private final Pattern dayMonth;
    private final Pattern sic;
    private final Map<String, List<String>> cues = new LinkedHashMap<>();
    /** The roles whose cues {@link #read} looks for, in the order of {@link #cueWords}'s answer. */
    private static final List<String> SCANNED = List.of("future", "secondPerson", "firstPerson", "receivedVerb", "sentVerb", "repliedVerb",
            "inResponse");
    private static final int FUTURE = 0, SECOND_PERSON = 1, FIRST_PERSON = 2, RECEIVED_VERB = 3, SENT_VERB = 4, REPLIED_VERB = 5, IN_RESPONSE = 6;
    /** The cues of the scanned roles as whole words, all found in one pass over a sentence. */
    private final CueWords cueWords;
    /** The one-word forms of the kinds of document, lower case, with the stem their inflected forms start with. */
    private final List<KindForm> kindForms = new ArrayList<>();

    public ReferenceRule(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.dates = new DateParser(lexicon);
        for (String role : List.of("secondPerson", "firstPerson", "sentVerb", "receivedVerb", "repliedVerb", "inResponse", "future", "replyNoun")) {
            cues.put(role, lexicon.cueForms(role));
        }
        this.cueWords = new CueWords(SCANNED.stream().map(cues::get).toList());
        for (Lexicon.Form f : lexicon.forms("DocumentKind")) {
            String form = f.lower();
            if (form.contains(" ")) continue;
            String stem = RUSSIAN_LAST_LETTER.matcher(form).matches() && form.length() > 4 ? form.substring(0, form.length() - 1) : form;
            kindForms.add(new KindForm(form, stem, f.entry()));
        }
        String months = lexicon.monthForms().keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.your = Pattern.compile("(?<![\\p{L}])(?:" + alternatives("secondPerson") + ")\\s+\\[?(\\p{L}+\\.?|№)\\]?", FLAGS);
        this.dayMonth = Pattern.compile("(?<![\\p{L}\\d.])(?:(?<d1>\\d{1,2})\\s+(?<m1>" + months + ")|(?<m2>" + months + ")\\s+(?<d2>\\d{1,2}))(?![\\p{L}\\d])", FLAGS);
        this.sic = Pattern.compile("^\\s*\\[\\s*sic[\\s\\-–—:,]*(?<m>" + months + ")\\s*\\]", FLAGS);
    }

    private record KindForm(String form, String stem, Lexicon.Entry entry) {
    }

    private static final Pattern RUSSIAN_LAST_LETTER = Pattern.compile(".*[а-я]$");

    private String alternatives(String role) {
        return cues.get(role).stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    @Override
    public Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(ADDRESSEES, "a sentence naming the addressee's document: 'your telegram of 1.10.50', 'I received your reply'");
        d.put(SENT, "a sentence saying the author sent a document to someone on a date");
        d.put(RECEIVED, "a sentence saying the author received a document from someone");
        d.put(REPLIED, "a sentence saying someone replied to the author");
        return d;
    }

    @Override
    public List<Claim> apply(SourceDocument doc) {
        List<Claim> claims = new ArrayList<>();
        for (Section s : doc.sections()) {
            if (s.kind() != SectionKind.TEXT && s.kind() != SectionKind.NOTE) continue;
            for (TextSpan sentence : sentences(s.span())) {
                Claim c = read(sentence);
                if (c != null) claims.add(c);
            }
        }
        return claims;
    }

    private static List<TextSpan> sentences(TextSpan section) {
        List<TextSpan> out = new ArrayList<>();
        for (Line line : Line.of(section)) {
            TextSpan l = line.span();
            String t = l.text();
            int from = 0;
            for (int end = sentenceEnd(t, 0); end >= 0; end = sentenceEnd(t, from)) {
                out.add(l.sub(from, end + 1));
                from = end + 1;
                while (isRegexSpace(t.charAt(from))) from++; // the next sentence starts after the white space
            }
            out.add(l.sub(from, t.length()));
        }
        return out;
    }

    /**
     * The first sentence end at or after {@code from}: a '.', '!' or '?' followed by white space and then a capital, a
     * quotation mark or an opening bracket — what {@code (?<=[.!?])\s+(?=[\p{Lu}"«“\[(])} matched, found without the
     * regex engine (that pattern tried its lookbehind at every character of every line). -1 if none.
     */
    static int sentenceEnd(String t, int from) {
        int n = t.length();
        for (int i = from; i < n; i++) {
            char c = t.charAt(i);
            if (c != '.' && c != '!' && c != '?') continue;
            int j = i + 1;
            while (j < n && isRegexSpace(t.charAt(j))) j++;
            if (j == i + 1 || j == n) continue;
            int next = t.codePointAt(j);
            if (Character.getType(next) == Character.UPPERCASE_LETTER || "\"«“[(".indexOf(next) >= 0) return i;
        }
        return -1;
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private Claim read(TextSpan sentence) {
        String text = sentence.text();
        int[] cueAt = cueWords.firstIn(text);
        if (cueAt[FUTURE] >= 0) return null;
        Matcher y = your.matcher(text);
        // a match of "your" starts with a second-person cue as a whole word: none, no match; else none before the first
        for (boolean found = cueAt[SECOND_PERSON] >= 0 && y.find(cueAt[SECOND_PERSON]); found; found = y.find()) {
            String word = y.group(1);
            String withoutDot = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            String noun = withoutDot.equals("No") ? word : withoutDot;
            Lexicon.Entry kind = kindOf(noun);
            boolean number = noun.equals("№") || noun.toLowerCase().startsWith("no");
            if (kind == null && !number && !isWord(noun, "replyNoun")) continue;
            String rest = text.substring(y.end());
            Matcher n = NUMBER.matcher(number ? text.substring(y.start(1)) : rest);
            DateFound date = firstDate(rest);
            return claim(sentence, ADDRESSEES, new Reference(Reference.Type.ADDRESSEES_DOCUMENT, List.of(),
                    date == null ? null : date.year, date == null ? 0 : date.month, date == null ? 0 : date.day,
                    date == null ? null : date.correctedFrom, date == null ? 0 : date.originalMonth, kind, n.find() ? n.group(1) : null, false));
        }
        boolean firstPerson = cueAt[FIRST_PERSON] >= 0;
        int received = cueAt[RECEIVED_VERB];
        if (firstPerson && received >= 0) {
            Matcher from = FROM.matcher(text.substring(received));
            if (from.find()) {
                int at = received + from.start(1);
                return withDate(sentence, RECEIVED, Reference.Type.RECEIVED_BY_AUTHOR, names(text.substring(at)), text, cueAt[IN_RESPONSE] >= 0);
            }
        }
        int sent = cueAt[SENT_VERB];
        if (firstPerson && sent >= 0 && firstDate(text) != null) {
            return withDate(sentence, SENT, Reference.Type.SENT_BY_AUTHOR, names(text.substring(sent)), text, false);
        }
        int replied = cueAt[REPLIED_VERB];
        if (replied > 0) {
            String before = text.substring(0, replied).strip();
            List<String> subject = names(before);
            boolean authorReplied = ENDS_WITH_I.matcher(before).matches();
            if (!authorReplied && !subject.isEmpty()) {
                return claim(sentence, REPLIED, new Reference(Reference.Type.REPLY_TO_AUTHOR, List.of(subject.get(subject.size() - 1)),
                        null, 0, 0, null, 0, null, null, false));
            }
        }
        return null;
    }

    private Claim withDate(TextSpan sentence, String rule, Reference.Type type, List<String> names, String text, boolean inResponse) {
        DateFound d = firstDate(text);
        return claim(sentence, rule, new Reference(type, names, d == null ? null : d.year, d == null ? 0 : d.month, d == null ? 0 : d.day,
                d == null ? null : d.correctedFrom, d == null ? 0 : d.originalMonth, kindIn(text), null, inResponse));
    }

    private static Claim claim(TextSpan sentence, String rule, Reference r) {
        return new Claim(Field.REFERENCE, r, new Evidence(sentence.trim(), rule));
    }

    /** A date read in the sentence: day and month, the year when printed, and the original of a corrected reading. */
    private record DateFound(Integer year, int month, int day, String correctedFrom, int originalMonth, int start) {
    }

    /** The first date of the text; a later reading that the text corrects ("[sic- October]") lends its original. */
    private DateFound firstDate(String text) {
        List<DateFound> all = new ArrayList<>();
        for (DateParser.Found f : dates.findAll(text)) {
            if (f.date().day() != null) all.add(new DateFound(f.date().year(), f.date().month(), f.date().day(), null, 0, f.start()));
        }
        Matcher m = dayMonth.matcher(text);
        while (m.find()) {
            int start = m.start();
            if (all.stream().anyMatch(d -> d.start() <= start && start < d.start() + 12)) continue;
            String monthWord = m.group("m1") != null ? m.group("m1") : m.group("m2");
            int day = Integer.parseInt(m.group("d1") != null ? m.group("d1") : m.group("d2"));
            int month = lexicon.month(monthWord);
            String corrected = null;
            int original = 0;
            Matcher s = sic.matcher(text.substring(m.end()));
            if (s.find()) {
                corrected = m.group();
                original = month;
                month = lexicon.month(s.group("m"));
            }
            all.add(new DateFound(null, month, day, corrected, original, start));
        }
        if (all.isEmpty()) return null;
        all.sort(Comparator.comparingInt(DateFound::start));
        DateFound first = all.get(0);
        DateFound corrected = all.stream().filter(d -> d.correctedFrom() != null).findFirst().orElse(null);
        return new DateFound(first.year(), first.month(), first.day(), corrected == null ? null : corrected.correctedFrom(),
                corrected == null ? 0 : corrected.originalMonth(), first.start());
    }

    private Lexicon.Entry kindOf(String word) {
        String w = Lexicon.lower(word);
        for (KindForm f : kindForms) {
            if (w.equals(f.form()) || (w.startsWith(f.stem()) && w.length() <= f.stem().length() + 2)) return f.entry();
        }
        return null;
    }

    private Lexicon.Entry kindIn(String text) {
        for (String word : NOT_LETTERS.split(text)) {
            Lexicon.Entry k = kindOf(word);
            if (k != null) return k;
        }
        return null;
    }

    private boolean isWord(String word, String role) {
        return cues.get(role).stream().anyMatch(f -> Lexicon.lower(f).equals(Lexicon.lower(word)));
    }

    private static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }
}
