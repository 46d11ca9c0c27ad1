package io.pmi.interview.domain;

/** Which way an indicator improves; it decides how attainment is computed. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
