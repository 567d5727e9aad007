package org.archivekg.bench;

import java.util.Random;

/**
 * OCR noise: in a share of the words (the noise rate), one letter is replaced by a look-alike, dropped, or swapped
 * with its neighbour; in Cyrillic words a letter may become its Latin twin ("Maо" with Latin M and a). Digits and
 * punctuation are left alone, so a noisy text keeps its layout. Counts the words it changed.
 */
final class Ocr {

    private static final String CYRILLIC_TWINS = "аеорсхуАЕОРСХМТКНВ";
    private static final String LATIN_TWINS = "aeopcxyAEOPCXMTKHB";
    private static final String[] CONFUSIONS = {"ин", "пн", "шщ", "ец", "лп", "бв", "ЕС", "ИН", "ПН", "ШЩ", "rn", "cе", "il",
            "ce", "ao", "nm", "hb", "EF", "OQ", "IL"};

    private final double rate;
    private int changed;

    Ocr(double rate) {
        this.rate = rate;
    }

    int changedWords() {
        return changed;
    }

    /** The text with noise in about {@code rate} of its words. */
    String apply(String text, Random r) {
        if (rate <= 0) return text;
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
            if (i - start >= 2 && r.nextDouble() < rate) {
                if (out == null) out = new StringBuilder(text.length() + 8);
                out.append(text, copied, start).append(damage(text.substring(start, i), r));
                copied = i;
            }
        }
        if (out == null) return text;
        return out.append(text, copied, text.length()).toString();
    }

    private String damage(String word, Random r) {
        changed++;
        char[] c = word.toCharArray();
        int at = r.nextInt(c.length);
        switch (r.nextInt(4)) {
            case 0 -> {
                int twin = CYRILLIC_TWINS.indexOf(c[at]);
                if (twin >= 0) {
                    c[at] = LATIN_TWINS.charAt(twin);
                    return new String(c);
                }
                c[at] = confuse(c[at], r);
                return new String(c);
            }
            case 1 -> {
                return word.length() > 3 ? word.substring(0, at) + word.substring(at + 1) : new String(swap(c, r));
            }
            case 2 -> {
                return new String(swap(c, r));
            }
            default -> {
                c[at] = confuse(c[at], r);
                return new String(c);
            }
        }
    }

    private static char[] swap(char[] c, Random r) {
        int at = r.nextInt(c.length - 1);
        char t = c[at];
        c[at] = c[at + 1];
        c[at + 1] = t;
        return c;
    }

    private static char confuse(char ch, Random r) {
        for (String pair : CONFUSIONS) {
            if (pair.charAt(0) == ch) return pair.charAt(1);
            if (pair.charAt(1) == ch) return pair.charAt(0);
        }
        // no known confusion: a neighbouring letter of the same script and case
        char shifted = (char) (ch + (r.nextBoolean() ? 1 : -1));
        return Character.isLetter(shifted) && Character.UnicodeScript.of(shifted) == Character.UnicodeScript.of(ch)
                && Character.isUpperCase(shifted) == Character.isUpperCase(ch) ? shifted : ch;
    }
}
