package org.archivekg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    private static final DateParser DATES = new DateParser(Lexicon.standard());

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "October 5, 1950                | 1950-10-05",
            "October 03, 1950               | 1950-10-03",
            "5 October 1950                 | 1950-10-05",
            "5 октября 1950 г.              | 1950-10-05",
            "Телеграмма 1 октября 1950 года | 1950-10-01",
            "3.10.1950                      | 1950-10-03",
            "Ваша телеграмма от 1.10.50 г.  | 1950-10-01",
            "7.10.1950г. в 20.15            | 1950-10-07",
            "1950-10-08 ru:tom18;en:AI      | 1950-10-08",
            "*Сентябрь 1950г.*              | 1950-09",
            "in October 1950 he wrote       | 1950-10",
            "Mao Zedong. October 2, 1950.   | 1950-10-02"})
    void readsEveryNotation(String text, String iso) {
        DateParser.Found f = DATES.first(text);
        assertEquals(iso, f == null ? null : f.date().iso(), text);
        assertEquals(f.date().iso().length() == 7 ? DateValue.Precision.MONTH : DateValue.Precision.DAY, f.date().precision());
    }

    @Test
    void offsetsPointAtTheDate() {
        String text = "Получено тов. Булатовым 7.10.1950г. в 20.15.";
        DateParser.Found f = DATES.first(text);
        assertEquals("7.10.1950г.", text.substring(f.start(), f.end()));
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertNull(DATES.first("No. 2270 3.10"), "day and month without a year");
        assertNull(DATES.first("Typ[ed by] Doronchenkova 13.20 3.10"));
        assertNull(DATES.first("31.02.1950"), "no 31 February");
        assertNull(DATES.first("listy 65-67, 1887-1995"));
        assertTrue(DATES.findAll("12.50 3.10").isEmpty());
    }

    @Test
    void findsSeveralWithoutOverlap() {
        List<DateParser.Found> all = DATES.findAll("sent 1 October 1950, answered on 2.10.50 and 7 октября 1950 г.");
        assertEquals(List.of("1950-10-01", "1950-10-02", "1950-10-07"), all.stream().map(f -> f.date().iso()).toList());
    }

    @Test
    void agreementIsByPrecision() {
        DateValue day = new DateValue(1950, 10, 5);
        assertTrue(day.agreesWith(new DateValue(1950, 10, null)));
        assertTrue(!day.agreesWith(new DateValue(1950, 9, null)), "Сентябрь 1950 disagrees with 5 October 1950");
    }
}
