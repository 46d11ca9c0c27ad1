package io.pmi.report.domain;

/** The kind of a performance indicator. {@link #UNKNOWN} records take part in no history check. */
public enum IndicatorKind {
    KPI,
    QUALITATIVE,
    UNKNOWN;

    /** The kind a wire value names; null, blank and unrecognised values are {@link #UNKNOWN}. */
    public static IndicatorKind parse(String value) {
        return Wire.parse(IndicatorKind.class, value, UNKNOWN);
    }
}
