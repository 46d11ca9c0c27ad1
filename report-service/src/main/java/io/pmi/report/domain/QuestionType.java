package io.pmi.report.domain;

/** How a question is answered. {@link #UNKNOWN}: a type this service does not know; such questions are ignored. */
public enum QuestionType {
    OPEN,
    SCALE,
    SINGLE_CHOICE,
    MULTI_CHOICE,
    UNKNOWN;

    /** The type a wire value names; null, blank and unrecognised values are {@link #UNKNOWN}. */
    public static QuestionType parse(String value) {
        return Wire.parse(QuestionType.class, value, UNKNOWN);
    }

    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTI_CHOICE;
    }
}
