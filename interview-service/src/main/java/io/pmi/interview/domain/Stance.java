package io.pmi.interview.domain;

/** The interviewer's coding of an answer's stance towards what the question asks about. */
public enum Stance {
    POSITIVE,
    NEUTRAL,
    NEGATIVE
}
