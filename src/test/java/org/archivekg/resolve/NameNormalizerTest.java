package org.archivekg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.ibm.icu.text.Transliterator;

class NameNormalizerTest {

    /** The Latin key as NameNormalizer computed it for every name before ASCII names skipped ICU. */
    private static String throughIcu(Transliterator t, String name) {
        return t.transliterate(Normalizer.normalize(name, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", "");
    }

    @Test
    void latinKeysOfAsciiNamesAreThoseOfTheTransliterator() {
        Transliterator icu = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
        NameNormalizer n = new NameNormalizer();
        List<String> names = new ArrayList<>(List.of("T.F. Shtykov", "MAO TSE-TUNG", "Kim Il Sung", "Zhou Enlai", "O'Neill", "Filippov",
                "Ch'oe Yong-gon", "  A.  Gromyko ;", "cde. ZE XIRONG", "J. V. Stalin", ""));
        for (Authority.Person p : Authority.standard().people()) names.addAll(p.forms());
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            char[] c = new char[1 + random.nextInt(14)];
            for (int k = 0; k < c.length; k++) c[k] = (char) random.nextInt(128);
            names.add(new String(c));
        }
        int ascii = 0;
        for (String name : names) {
            if (!name.chars().allMatch(c -> c < 128)) continue;
            ascii++;
            assertEquals(throughIcu(icu, name), n.latinKey(name), name);
        }
        assertEquals(true, ascii > 20_000, "ASCII names checked: " + ascii);
    }

    @Test
    void cyrillicNamesAreTransliterated() {
        NameNormalizer n = new NameNormalizer();
        assertEquals("shtykov", n.latinKey("Штыков"));
        assertEquals(n.latinKey("Shtykov"), n.latinKey("ШТЫКОВ"));
    }
}
