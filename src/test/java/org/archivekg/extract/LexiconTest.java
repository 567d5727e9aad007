package org.archivekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void theLoweredHeadIsTheHeadOfTheLoweredText() {
        String[] pieces = {"A", "b", "Ё", "ё", "Ж", "İ", "Σ", "σ", "ς", "ß", "\ud835\udc00", "\ud801\udc00", " ", ".", "1"};
        Random random = new Random(13);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(10);
            for (int k = 0; k < len; k++) sb.append(pieces[random.nextInt(pieces.length)]);
            String text = sb.toString();
            int n = 1 + random.nextInt(8);
            String whole = Lexicon.lower(text);
            String head = Lexicon.lowerHead(text, n);
            assertTrue(whole.startsWith(head), () -> "«" + text + "» " + n);
            assertTrue(head.length() >= Math.min(n, whole.length()), () -> "«" + text + "» " + n);
        }
    }

    @Test
    void aFormAtTheStartIsAWholeWord() {
        Lexicon lexicon = Lexicon.standard();
        assertEquals("letter", lexicon.formAtStart("DocumentKind", "LETTER of comrade Stalin").map(Lexicon.Form::text).orElse(null));
        assertTrue(lexicon.formAtStart("DocumentKind", "Letters of comrade Stalin").isEmpty());
    }
}
