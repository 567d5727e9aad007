package org.archivekg.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.archivekg.extract.Lexicon;
import org.junit.jupiter.api.Test;

/** Word-level differences, and which of them are dates that disagree. */
class WordDiffTest {

    private final WordDiff diff = new WordDiff(Lexicon.standard());

    private static String marked(List<WordDiff.Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (WordDiff.Token t : tokens) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(switch (t.op()) {
                case EQUAL -> t.text();
                case DELETED -> "-" + t.text();
                case INSERTED -> "+" + t.text();
                case CHANGED -> (t.date() ? "!" : "~") + t.text();
            });
        }
        return sb.toString();
    }

    @Test
    void aMonthThatDiffersIsADateDisagreement() {
        WordDiff.Result r = diff.diff("В ответ на это я получил от Мао 7 сентября письмо,", "В ответ на это я получил от Мао 7 октября письмо,");
        assertEquals("В ответ на это я получил от Мао 7 !сентября письмо,", marked(r.left()));
        assertEquals("В ответ на это я получил от Мао 7 !октября письмо,", marked(r.right()));
        assertEquals(List.of("7 сентября → 7 октября"), r.dates());
    }

    @Test
    void wordsAddedDroppedAndChanged() {
        WordDiff.Result r = diff.diff("My reply has been delayed because of consultations", "My reply was delayed owing to consultations, indeed");
        assertEquals("My reply ~has ~been delayed ~because ~of consultations", marked(r.left()));
        assertEquals("My reply ~was delayed ~owing ~to consultations, +indeed", marked(r.right()));
        assertTrue(r.dates().isEmpty());
    }

    @Test
    void theSameDateInAnotherNotationIsNoDisagreement() {
        WordDiff.Result r = diff.diff("Your telegram of October 1, 1950 has been received", "I received your telegram of 1.10.50 has been received");
        assertTrue(r.dates().isEmpty(), r.dates().toString());
        WordDiff.Result other = diff.diff("telegram of October 1, 1950 received", "telegram of 3.10.50 received");
        assertEquals(1, other.dates().size(), other.dates().toString());
    }

    @Test
    void aDateOnOneSideOnlyIsNoDisagreement() {
        WordDiff.Result r = diff.diff("FENG XI [STALIN]", "October 8, 1950 Fyn Si");
        assertTrue(r.dates().isEmpty(), r.dates().toString());
        assertFalse(diff.diff("it may rain", "it might rain").dates().size() > 0, "'may' the verb is no month");
    }
}
