package org.archivekg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** {@link Iris#slug} with its shortcut for keys that are slugs already gives what the patterns alone give. */
class SlugTest {

    /** The slug as computed before the shortcut: the patterns alone. */
    private static String byPatterns(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.isEmpty() || !ascii.matches("[\\p{ASCII}]*")) return (slug.isEmpty() ? "x" : slug) + "-" + Iris.hash(s).substring(0, 8);
        return slug;
    }

    @Test
    void slugsAreKeptAndOtherStringsGoThroughThePatterns() {
        for (String s : new String[] {"aprf-45-1-347-l65", "joseph-stalin", "a", "0", "a-b", "-a", "a-", "a--b", "A-b", "Joseph Stalin",
                "APRF 45/1/347, ll. 65-67", "Штыков", "Fyn Si", "", "-", "é", "1950-10-05-joseph-stalin-to-mao-zedong-letter"}) {
            assertEquals(byPatterns(s), Iris.slug(s), s);
        }
        assertTrue(Iris.isSlug("aprf-45-1-347-l65"));
        assertFalse(Iris.isSlug("a--b"));
        assertFalse(Iris.isSlug("Stalin"));
        String alphabet = "abcxyz019-- AZ_./é\u0301Шы";
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = sb.toString();
            assertEquals(byPatterns(s), Iris.slug(s), s);
        }
    }
}
