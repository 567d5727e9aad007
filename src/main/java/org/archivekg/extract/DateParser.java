package org.archivekg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds dates in text, in every notation the sources use: {@code October 5, 1950}, {@code October 03, 1950},
 * {@code 5 October 1950}, {@code 5 октября 1950 г.}, {@code Сентябрь 1950г.} (month precision),
 * {@code 3.10.1950}, {@code 1.10.50}, {@code 1950-10-08}. Month names come from the lexicon.
 * A two-digit year is read as 19xx (the collections we read are of the twentieth century).
 */
public final class DateParser {

    /** A date found at {@code [start, end)} of the searched text. */
    public record Found(int start, int end, DateValue date) {
    }

    private static final String NOT_LETTER_BEFORE = "(?<![\\p{L}\\d])";
    private static final String NOT_LETTER_AFTER = "(?![\\p{L}\\d])";
    private static final String YEAR_SUFFIX = "(?:\\s*(?:года|г\\.|г(?![\\p{L}])))?";

    private final Lexicon lexicon;
    private final List<Pattern> patterns;

    public DateParser(Lexicon lexicon) {
        this.lexicon = lexicon;
        String months = lexicon.monthForms().keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|", "(?<m>", ")"));
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.patterns = List.of(
                // October 5, 1950
                Pattern.compile(NOT_LETTER_BEFORE + months + "\\s+(?<d>\\d{1,2}),?\\s+(?<y>\\d{4})" + NOT_LETTER_AFTER, flags),
                // 5 October 1950, 5 октября 1950 г.
                Pattern.compile(NOT_LETTER_BEFORE + "(?<d>\\d{1,2})\\s+" + months + ",?\\s+(?<y>\\d{4})" + YEAR_SUFFIX + NOT_LETTER_AFTER, flags),
                // 1950-10-08
                Pattern.compile(NOT_LETTER_BEFORE + "(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})" + NOT_LETTER_AFTER),
                // 3.10.1950, 1.10.50, 7.10.1950г.
                Pattern.compile("(?<![\\p{L}\\d.])(?<d>\\d{1,2})\\.(?<mo>\\d{1,2})\\.(?<y>\\d{4}|\\d{2})" + YEAR_SUFFIX + "(?![\\p{L}\\d]|\\.\\d)", flags),
                // Сентябрь 1950г., October 1950 (month precision)
                Pattern.compile(NOT_LETTER_BEFORE + months + "\\s+(?<y>\\d{4})" + YEAR_SUFFIX + NOT_LETTER_AFTER, flags));
    }

    /** Every date in the text, in order, without overlaps (the more precise notation wins). */
    public List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        // every notation has digits (\\d: ASCII), all but one a four-digit year, and that one (3.10.50) a dot: where the
        // text lacks what a pattern needs, the pattern is not run (most lines and sentences have no digit at all)
        if (!hasDigit(text)) return found;
        boolean fourDigits = hasFourDigits(text);
        boolean dot = text.indexOf('.') >= 0;
        for (int i = 0; i < patterns.size(); i++) {
            if (i == DOTTED ? !dot : !fourDigits) continue;
            Matcher m = patterns.get(i).matcher(text);
            while (m.find()) {
                DateValue value = toDate(m);
                if (value == null) continue;
                int s = m.start();
                int e = m.end();
                if (found.stream().anyMatch(f -> f.start() < e && s < f.end())) continue;
                found.add(new Found(s, e, value));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    /** The index in {@link #patterns} of the only notation without a four-digit year: 3.10.1950, 1.10.50. */
    private static final int DOTTED = 3;

    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    public Found first(String text) {
        List<Found> all = findAll(text);
        return all.isEmpty() ? null : all.get(0);
    }

    private DateValue toDate(Matcher m) {
        int year = Integer.parseInt(group(m, "y"));
        if (year < 100) year += 1900;
        Integer month = group(m, "m") != null ? lexicon.month(group(m, "m")) : group(m, "mo") != null ? Integer.valueOf(group(m, "mo")) : null;
        Integer day = group(m, "d") != null ? Integer.valueOf(group(m, "d")) : null;
        if (month == null || month < 1 || month > 12) return null;
        if (day != null && (day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth())) return null;
        return new DateValue(year, month, day);
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }
}
