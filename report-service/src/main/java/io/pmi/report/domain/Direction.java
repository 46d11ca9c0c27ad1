package io.pmi.report.domain;

/** Which way an indicator improves; informational here, since the attainment arrives already oriented. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER,
    UNKNOWN;

    /** The direction a wire value names; null, blank and unrecognised values are {@link #UNKNOWN}. */
    public static Direction parse(String value) {
        return Wire.parse(Direction.class, value, UNKNOWN);
    }
}
