package io.pmi.interview.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodTest {

    private static Period of(String text) {
        return Period.parse(text).orElseThrow();
    }

    @Test
    void eachFormHasItsFirstAndLastDay() {
        assertEquals(new Period("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)), of("2026"));
        assertEquals(new Period("2026-H1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)), of("2026-H1"));
        assertEquals(new Period("2026-H2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)), of("2026-H2"));
        assertEquals(new Period("2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)), of("2026-Q3"));
        assertEquals(new Period("2026-Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), of("2026-Q1"));
        assertEquals(new Period("2026-07", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)), of("2026-07"));
        assertEquals(LocalDate.of(2028, 2, 29), of("2028-02").end());
        assertEquals(LocalDate.of(2026, 2, 28), of("2026-02").end());
        assertEquals(LocalDate.of(2026, 12, 31), of("2026-Q4").end());
    }

    @Test
    void otherTextsAreNotPeriods() {
        for (String text : new String[] {"2026-H3", "2026-Q5", "2026-Q0", "2026-13", "2026-00", "2026-7", "26",
                "0999", "2026-h1", "2026-q3", " 2026", "2026 ", "2026-", "2026-H1-01", "2026/07", "", "二〇二六"}) {
            assertTrue(Period.parse(text).isEmpty(), text);
            assertTrue(!text.matches(Period.PATTERN), "the contract's pattern refuses " + text);
        }
        assertTrue(Period.parse(null).isEmpty());
        for (String text : new String[] {"2026", "2026-H2", "2026-Q4", "2026-12", "1000", "9999-01"}) {
            assertTrue(text.matches(Period.PATTERN), "the contract's pattern accepts " + text);
        }
    }

    @Test
    void periodsAreOrderedByTheirStartTheLongerFirst() {
        List<String> sorted = Stream.of("2026-07", "2026-Q1", "2025-Q4", "2026", "2026-H2", "2026-01", "2025",
                        "2026-H1", "2026-Q3")
                .map(PeriodTest::of).sorted().map(Period::text).toList();
        assertEquals(List.of("2025", "2025-Q4", "2026", "2026-H1", "2026-Q1", "2026-01", "2026-H2", "2026-Q3",
                "2026-07"), sorted);
    }
}
