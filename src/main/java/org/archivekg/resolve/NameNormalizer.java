package org.archivekg.resolve;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Maps the written forms of a name to comparison keys: case, {@code ё}/{@code э}, hyphens and spaces of
 * Chinese and Korean names ({@code МАО ЦЗЕ-ДУН} / {@code Мао Цзэдун}), initials ({@code T.F. Shtykov}) and
 * Russian case endings ({@code Штыкову}, {@code Ким Ир Сена}, {@code Чжоу Эньлаю}) are folded away; Cyrillic is
 * also keyed in Latin through ICU's {@code Russian-Latin/BGN} transliterator, so {@code Штыков} meets
 * {@code Shtykov}. Thread-safe (ICU transliterators are not, so each call takes a lock).
 */
public final class NameNormalizer {

    /**
     * Russian declension endings of the last word of a name, with what replaces them in the nominative. Adjectival
     * surnames decline as adjectives (Осинский → Осинского, Осинскому, Осинским), and names in a soft sign as nouns
     * (Чэнь → Чэня, Чэню): both are undone too.
     */
    private static final List<String[]> ENDINGS = List.of(
            new String[] {"ыми", ""}, new String[] {"ому", ""}, new String[] {"ому", "ий"}, new String[] {"ему", "й"},
            new String[] {"ого", ""}, new String[] {"ого", "ий"}, new String[] {"ым", ""}, new String[] {"им", "ий"},
            new String[] {"ом", ""}, new String[] {"ем", "й"}, new String[] {"ой", "а"},
            new String[] {"ей", "й"}, new String[] {"у", ""}, new String[] {"а", ""}, new String[] {"е", ""},
            new String[] {"ю", "й"}, new String[] {"ю", "ь"}, new String[] {"я", "й"}, new String[] {"я", "ь"},
            new String[] {"ы", ""}, new String[] {"и", "й"});

    private static final Pattern INITIALS = Pattern.compile("^(?:\\p{L}{1,2}\\.\\s*)+(?=\\p{L}{2,})");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern WHITE_SPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s,.;:]+|[\\s,.;:]+$");

    private final Transliterator toLatin = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");

    /** Latin keys already computed, by written name; emptied when full, so memory stays bounded on any corpus. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> latinKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED = 100_000;

    /** The forms worth looking up for a written name: as written, and with the last word's case ending undone. */
    public Set<String> variants(String name) {
        String base = INITIALS.matcher(clean(name)).replaceFirst("").strip();
        Set<String> out = new LinkedHashSet<>();
        out.add(base);
        int space = base.lastIndexOf(' ');
        int hyphen = base.lastIndexOf('-');
        int cut = Math.max(space, hyphen);
        String head = base.substring(0, cut + 1);
        String last = base.substring(cut + 1);
        if (isCyrillic(last) && last.length() >= 3) {
            String lower = lower(last);
            for (String[] e : ENDINGS) {
                if (lower.endsWith(e[0]) && lower.length() - e[0].length() >= 2) {
                    out.add(head + last.substring(0, last.length() - e[0].length()) + e[1]);
                }
            }
        }
        return out;
    }

    /** Endings that never end a Russian surname in the nominative (dative, instrumental): safe to undo without an authority. */
    private static final List<String> OBLIQUE_ONLY = List.of("ыми", "ому", "ему", "ым", "ом", "ем", "у", "ю");

    /**
     * The written name with its last word's case ending undone where that ending cannot be a nominative
     * ("Булатовым" → "Булатов"), and as written otherwise ("Доронченкова" stays): the key of a person the
     * authority does not know.
     */
    public String nominative(String name) {
        String base = INITIALS.matcher(clean(name)).replaceFirst("").strip();
        int cut = Math.max(base.lastIndexOf(' '), base.lastIndexOf('-'));
        String last = base.substring(cut + 1);
        if (!isCyrillic(last)) return base;
        String lower = lower(last);
        for (String e : OBLIQUE_ONLY) {
            if (lower.endsWith(e) && lower.length() - e.length() >= 3) return base.substring(0, base.length() - e.length());
        }
        return base;
    }

    /** The key in the name's own script: lower case, ё/э as е, letters only. */
    public String scriptKey(String name) {
        return NOT_LETTER.matcher(lower(name)).replaceAll("");
    }

    /** The key in Latin script: Cyrillic transliterated (BGN), accents dropped, letters only. */
    public String latinKey(String name) {
        if (isAscii(name)) return asciiLetters(name);
        String cached = latinKeys.get(name);
        if (cached != null) return cached;
        String latin;
        synchronized (toLatin) {
            latin = toLatin.transliterate(Normalizer.normalize(name, Normalizer.Form.NFC));
        }
        String key = NOT_LETTER.matcher(latin.toLowerCase(Locale.ROOT)).replaceAll("");
        // the same names come back in document after document; ICU's transliteration is the costly part (profiled)
        if (latinKeys.size() >= MAX_CACHED) latinKeys.clear();
        latinKeys.put(name, key);
        return key;
    }

    /**
     * The Latin key of an ASCII name without ICU: the transliterator leaves ASCII as it is (NFC too), so the key is
     * the name's letters in lower case. Most names of an English text are ASCII, and each was a call into ICU.
     */
    private static String asciiLetters(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') sb.append((char) (c + ('a' - 'A')));
            else if (c >= 'a' && c <= 'z') sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /** "FENG XI" → "Feng Xi"; a name in mixed case is kept as printed. */
    public static String displayForm(String printed) {
        String s = clean(printed);
        if (!s.equals(s.toUpperCase(Locale.ROOT))) return s;
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('э', 'е');
    }

    private static String clean(String s) {
        return EDGE_PUNCTUATION.matcher(WHITE_SPACE_RUN.matcher(s).replaceAll(" ")).replaceAll("");
    }

    static boolean isCyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }
}
