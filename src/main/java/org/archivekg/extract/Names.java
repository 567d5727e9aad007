package org.archivekg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turning a printed name into a {@link NameMention}: forms of address dropped, a bracketed name kept as qualifier. */
final class Names {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,.;:\"“”«»*]+|[\\s,.;:\"“”«»*]+$");


    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*[\\[(]\\s*([^\\])]+?)\\s*[\\])]\\s*[.,]?$");

    private Names() {
    }

    static NameMention mention(String text, Lexicon lexicon) {
        String s = clean(text);
        Matcher m = BRACKETED.matcher(s);
        if (m.matches()) return new NameMention(stripHonorific(clean(m.group(1)), lexicon), clean(m.group(2)));
        return NameMention.of(stripHonorific(s, lexicon));
    }

    private static String clean(String s) {
        return EDGE_PUNCTUATION.matcher(WHITE_SPACE.matcher(s).replaceAll(" ")).replaceAll("");
    }

    static String stripHonorific(String s, Lexicon lexicon) {
        String lower = Lexicon.lower(s);
        for (Lexicon.Form f : lexicon.forms("Honorific")) {
            String h = f.lower();
            if (lower.startsWith(h) && lower.length() > h.length() && (lower.charAt(h.length()) == ' ' || h.endsWith("."))) {
                return s.substring(h.length()).strip();
            }
        }
        return s;
    }

    /** Looks like a person's name: one to four capitalised words (initials allowed), no digits. */
    static boolean looksLikeName(String s) {
        return NAME_LIKE.matcher(s).matches();
    }

    private static final Pattern NAME_LIKE = Pattern.compile(
            "^(?:[\\p{Lu}][\\p{L}'’.-]*)(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){0,3}\\s*(?:[\\[(][\\p{L} .'’-]+[\\])])?\\.?$");
}
