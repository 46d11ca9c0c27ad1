package io.pmi.report.domain;

/** The interviewer's coding of an answer's stance towards what the question asks about. */
public enum Stance {
    POSITIVE,
    NEUTRAL,
    NEGATIVE;

    /** The stance a wire value names, or null (not coded) for null, blank and unrecognised values. */
    public static Stance parse(String value) {
        return Wire.parse(Stance.class, value, null);
    }
}
