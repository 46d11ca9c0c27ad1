package io.pmi.interview.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Targets and actual values: kept to {@link #SCALE} decimal places, written back as plainly as clients write them. */
public final class Numbers {

    /** Decimal places a figure is kept to. */
    public static final int SCALE = 4;

    private Numbers() {
    }

    /** The figure as stored, rounded half up to {@link #SCALE} places, so that a sync compares what it will store. */
    public static BigDecimal stored(BigDecimal value) {
        return value == null ? null : value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** 76 rather than the stored 76.0000, and never 1E+2. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Equal as numbers, whatever their scale (76 and 76.0000); two nulls are equal. */
    public static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
