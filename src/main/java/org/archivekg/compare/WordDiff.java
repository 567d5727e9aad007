package org.archivekg.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import org.archivekg.extract.DateParser;
import org.archivekg.extract.Lexicon;

/**
 * Word-level differences between two passages: Myers' diff (java-diff-utils) over their words compared by letters
 * and digits only (so case, punctuation and ё/е do not count). A changed run is marked as a date disagreement when
 * a month name, a day next to one, or a numeric date is among the changed words ({@code 7 сентября} vs
 * {@code 7 октября}); the month names come from the lexicon.
 */
public final class WordDiff {

    /** A word of a passage as printed, with its offsets in the passage and what the diff says of it. */
    public record Token(String text, int start, int end, Op op, boolean date) {
    }

    public enum Op { EQUAL, DELETED, INSERTED, CHANGED }

    /** Both sides marked; {@code dates} holds each disagreement as "left → right". */
    record Result(List<Token> left, List<Token> right, List<String> dates) {
    }

    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern NOT_KEY = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Lexicon lexicon;
    private final DateParser dates;

    WordDiff(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.dates = new DateParser(lexicon);
    }

    Result diff(String left, String right) {
        List<Token> l = tokens(left, Op.EQUAL);
        List<Token> r = tokens(right, Op.EQUAL);
        Patch<String> patch = DiffUtils.diff(l.stream().map(t -> key(t.text())).toList(), r.stream().map(t -> key(t.text())).toList());
        List<String> disagreements = new ArrayList<>();
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int ls = d.getSource().getPosition();
            int ln = d.getSource().size();
            int rs = d.getTarget().getPosition();
            int rn = d.getTarget().size();
            boolean date = d.getType() == DeltaType.CHANGE && (touchesDate(l, ls, ln) || touchesDate(r, rs, rn))
                    && disagree(mention(l, ls, ln), mention(r, rs, rn));
            Op lop = d.getType() == DeltaType.CHANGE ? Op.CHANGED : Op.DELETED;
            Op rop = d.getType() == DeltaType.CHANGE ? Op.CHANGED : Op.INSERTED;
            mark(l, ls, ln, lop, date);
            mark(r, rs, rn, rop, date);
            if (date) disagreements.add(phrase(left, l, ls, ln) + " → " + phrase(right, r, rs, rn));
        }
        return new Result(l, r, disagreements);
    }

    /** The passage's words, unmarked (all equal): for a passage no other version has. */
    static List<Token> tokens(String text, Op op) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) tokens.add(new Token(m.group(), m.start(), m.end(), op, false));
        return tokens;
    }

    /** The comparison keys of a passage's words, for aligning passages. */
    static Set<String> wordSet(String text) {
        Set<String> set = new LinkedHashSet<>();
        for (Token t : tokens(text, Op.EQUAL)) {
            String k = key(t.text());
            if (!k.isEmpty()) set.add(k);
        }
        return set;
    }

    private static String key(String word) {
        return NOT_KEY.matcher(word.toLowerCase(Locale.ROOT).replace('ё', 'е')).replaceAll("");
    }

    private boolean touchesDate(List<Token> tokens, int from, int n) {
        for (int i = from; i < from + n; i++) {
            String w = tokens.get(i).text();
            if (isMonth(w) || dates.first(w) != null) return true;
            boolean number = key(w).chars().allMatch(Character::isDigit) && !key(w).isEmpty();
            if (number && (i > 0 && isMonth(tokens.get(i - 1).text()) || i + 1 < tokens.size() && isMonth(tokens.get(i + 1).text()))) {
                return true;
            }
        }
        return false;
    }

    /** A month name: known to the lexicon, and capitalised where written in Latin ("may" is rarely May). */
    private boolean isMonth(String word) {
        String k = key(word);
        if (k.isEmpty() || lexicon.month(k) == null) return false;
        String letters = word.replaceAll("^[^\\p{L}]+", "");
        if (letters.isEmpty()) return false;
        char first = letters.charAt(0);
        return Character.UnicodeScript.of(first) == Character.UnicodeScript.CYRILLIC || Character.isUpperCase(first);
    }

    /** A date as far as a passage gives it: any of the parts may be missing ("7 сентября" has no year). */
    private record DateMention(Integer year, Integer month, Integer day) {
    }

    /** Two dates disagree when both are there and a part that both give differs. */
    private static boolean disagree(DateMention a, DateMention b) {
        if (a == null || b == null) return false;
        return differ(a.year(), b.year()) || differ(a.month(), b.month()) || differ(a.day(), b.day());
    }

    private static boolean differ(Integer a, Integer b) {
        return a != null && b != null && !a.equals(b);
    }

    /**
     * The date around changed words: a full notation the date parser reads ({@code October 1, 1950},
     * {@code 1.10.50}), else a month name with the day and year next to it.
     */
    private DateMention mention(List<Token> tokens, int from, int n) {
        int a = Math.max(0, from - 2);
        int b = Math.min(tokens.size(), from + n + 2);
        StringBuilder window = new StringBuilder();
        for (int i = a; i < b; i++) window.append(i > a ? " " : "").append(tokens.get(i).text());
        DateParser.Found found = dates.first(window.toString());
        if (found != null) return new DateMention(found.date().year(), found.date().month(), found.date().day());
        for (int i = a; i < b; i++) {
            if (!isMonth(tokens.get(i).text())) continue;
            Integer day = i > 0 ? number(tokens.get(i - 1).text(), 1, 31) : null;
            if (day == null && i + 1 < tokens.size()) day = number(tokens.get(i + 1).text(), 1, 31);
            Integer year = null;
            for (int j = a; j < b && year == null; j++) year = number(tokens.get(j).text(), 1000, 2999);
            return new DateMention(year, lexicon.month(key(tokens.get(i).text())), day);
        }
        return null;
    }

    private static Integer number(String word, int min, int max) {
        String k = key(word);
        if (k.isEmpty() || k.length() > 4 || !k.chars().allMatch(Character::isDigit)) return null;
        int v = Integer.parseInt(k);
        return v >= min && v <= max ? v : null;
    }

    /** The changed words, with the day before a changed month, for a readable "7 сентября → 7 октября". */
    private static String phrase(String text, List<Token> tokens, int from, int n) {
        if (tokens.isEmpty() || n == 0) return "";
        int a = from > 0 && number(tokens.get(from - 1).text(), 1, 31) != null ? from - 1 : from;
        return text.substring(tokens.get(a).start(), tokens.get(from + n - 1).end());
    }

    private static void mark(List<Token> tokens, int from, int n, Op op, boolean date) {
        for (int i = from; i < from + n; i++) {
            Token t = tokens.get(i);
            tokens.set(i, new Token(t.text(), t.start(), t.end(), op, date));
        }
    }
}
