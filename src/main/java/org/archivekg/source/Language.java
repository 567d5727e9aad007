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
            char c = s.charAt(i);
            if (!Character.isLetter(c)) continue;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.CYRILLIC) cyr++;
            else if (script == Character.UnicodeScript.LATIN) lat++;
        }
        if (cyr == 0 && lat == 0) return null;
        return cyr > lat ? RU : EN;
    }
}
