package io.pmi.interview.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far an actual value reached its target: {@code actual / target}, or {@code target / actual} when lower is
 * better, so that 1 always means "on target" and more is always better (76 of 95 is 0.8 either way round).
 */
public final class Attainment {

    private Attainment() {
    }

    /**
     * The attainment, or null when it cannot be computed: a number is missing or negative (a ratio of a loss says
     * nothing), or the divisor is 0.
     */
    public static BigDecimal of(BigDecimal target, BigDecimal actual, Direction direction) {
        if (target == null || actual == null || target.signum() < 0 || actual.signum() < 0) {
            return null;
        }
        BigDecimal dividend = direction == Direction.LOWER_IS_BETTER ? target : actual;
        BigDecimal divisor = direction == Direction.LOWER_IS_BETTER ? actual : target;
        if (divisor.signum() == 0) {
            return null;
        }
        return Numbers.plain(dividend.divide(divisor, Numbers.SCALE, RoundingMode.HALF_UP));
    }
}
