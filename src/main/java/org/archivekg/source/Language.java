package org.archivekg.source;

/** The languages of the texts we read, by the script they are written in. */
public enum Language {
    RU("ru"), EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag. */
    public String tag() {
        return tag;
    }

    /** The language a piece of text is written in, by counting Cyrillic and Latin letters; null when it has none. */
    public static Language ofText(CharSequence s) {
        int cyr = 0;
        int lat = 0;
        for (int i = 0; i < s.length(); i++) {
            byte kind = LETTER_SCRIPT[s.charAt(i)];
            if (kind == CYRILLIC) cyr++;
            else if (kind == LATIN) lat++;
        }
        if (cyr == 0 && lat == 0) return null;
        return cyr > lat ? RU : EN;
    }

    private static final byte OTHER = 0;
    private static final byte CYRILLIC = 1;
    private static final byte LATIN = 2;
    /**
     * For every char: a Cyrillic letter, a Latin letter or neither ({@code Character.isLetter}, {@code UnicodeScript.of}).
     * Computed once: the script lookup is a binary search, and every char of every document was looked up (profiled).
     */
    private static final byte[] LETTER_SCRIPT = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Character.isLetter((char) c)) continue;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            LETTER_SCRIPT[c] = script == Character.UnicodeScript.CYRILLIC ? CYRILLIC : script == Character.UnicodeScript.LATIN ? LATIN : OTHER;
        }
    }
}
