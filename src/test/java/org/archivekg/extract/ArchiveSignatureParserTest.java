package org.archivekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchiveSignatureParserTest {

    private static final ArchiveSignatureParser PARSER = new ArchiveSignatureParser(Lexicon.standard());

    private static List<String> labels(String text) {
        return PARSER.parse(text).stream().map(l -> l.location().label()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Archive of the President, Russian Federation (APRF), f. 45, op. 1, d. 347, listy 65-67. | APRF 45/1/347, ll. 65-67",
            "APRF, fond 45, opis 1, delo 334                                                      | APRF 45/1/334",
            "AP RF. F. 45. Op. 1. D. 334. L. 99-103.                                              | APRF 45/1/334, ll. 99-103",
            "АП РФ. Ф.45. Оп.1. Д.334. Л.99-103.                                                  | APRF 45/1/334, ll. 99-103",
            "АП РФ. Ф. 45. Оп. 1. Д. 347. Л. 65–67.                                               | APRF 45/1/347, ll. 65-67",
            "RGASPI F. 558 Op. 11 D. 334 pp. 105-106                                              | RGASPI 558/11/334, ll. 105-106",
            "Archive of the President of the Russian Federation (APRF)                            | APRF"})
    void readsEveryNotation(String text, String label) {
        assertEquals(List.of(label), labels(text));
    }

    @Test
    void twoArchivesInOneCitationAreTwoLocations() {
        assertEquals(List.of("APRF 45/1/334, ll. 105-106", "RGASPI 558/11/334, ll. 105-106"),
                labels("History and Public Policy Program Digital Archive, APRF, fond 45, opis 1, delo 334, listy 105-106 "
                        + "and RGASPI F. 558 Op. 11 D. 334 pp. 105-106. Translated by Kathryn Weathersby."));
    }

    @Test
    void aCollectionWithAnIdentifier() {
        assertEquals(List.of("APRF", "Library of Congress, Volkogonov papers, mm97083838"),
                labels("Archive of the President of the Russian Federation (APRF); copy available in Library of Congress, "
                        + "Manuscript Division, Dmitrii Antonovich Volkogonov papers, 1887-1995, mm97083838. Translated by Vladislav Zubok"));
    }

    @Test
    void sameItemSameKeyInEveryNotation() {
        ArchiveLocation a = PARSER.parse("f. 45, op. 1, d. 347, listy 65-67 APRF".replace("f.", "APRF, f.").replace(" APRF", "")).get(0).location();
        ArchiveLocation b = PARSER.parse("АП РФ. Ф. 45. Оп. 1. Д. 347. Л. 65–67.").get(0).location();
        assertEquals(a.key(), b.key());
        assertEquals("aprf-45-1-347-l65", b.key());
    }
}
