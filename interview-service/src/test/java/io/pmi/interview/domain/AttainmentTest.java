package io.pmi.interview.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AttainmentTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void higherIsBetterIsActualOverTarget() {
        assertEquals(n("0.8"), Attainment.of(n("95"), n("76"), Direction.HIGHER_IS_BETTER));
        assertEquals(n("1.25"), Attainment.of(n("80.0000"), n("100"), Direction.HIGHER_IS_BETTER));
        assertEquals(n("0"), Attainment.of(n("10"), n("0"), Direction.HIGHER_IS_BETTER));
        assertEquals(n("0.3333"), Attainment.of(n("3"), n("1"), Direction.HIGHER_IS_BETTER));
        assertEquals(n("2"), Attainment.of(n("50"), n("100"), Direction.HIGHER_IS_BETTER));
    }

    @Test
    void lowerIsBetterIsTargetOverActual() {
        assertEquals(n("0.8"), Attainment.of(n("76"), n("95"), Direction.LOWER_IS_BETTER));
        assertEquals(n("2"), Attainment.of(n("4"), n("2"), Direction.LOWER_IS_BETTER));
    }

    @Test
    void nullWhenItCannotBeComputed() {
        assertNull(Attainment.of(n("0"), n("5"), Direction.HIGHER_IS_BETTER));
        assertNull(Attainment.of(n("5"), n("0"), Direction.LOWER_IS_BETTER));
        assertNull(Attainment.of(null, n("5"), Direction.HIGHER_IS_BETTER));
        assertNull(Attainment.of(n("5"), null, Direction.LOWER_IS_BETTER));
        assertNull(Attainment.of(n("-5"), n("5"), Direction.HIGHER_IS_BETTER));
        assertNull(Attainment.of(n("5"), n("-1"), Direction.HIGHER_IS_BETTER));
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertEquals("100", Numbers.plain(n("100.0000")).toString());
        assertEquals("76.5", Numbers.plain(n("76.5000")).toString());
        assertEquals("0", Numbers.plain(n("0.0000")).toString());
        assertNull(Numbers.plain(null));
        assertEquals("76.0000", Numbers.stored(n("76")).toString());
        assertEquals("0.0001", Numbers.stored(n("0.00005")).toString());
        assertEquals("-0.0001", Numbers.stored(n("-0.00005")).toString());
        assertNull(Numbers.stored(null));
    }
}
