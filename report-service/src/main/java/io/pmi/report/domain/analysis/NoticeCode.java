package io.pmi.report.domain.analysis;

/** Something about the input the report's reader should know; none of them stops the analysis. */
public enum NoticeCode {
    /** A dimension or topic has no display name in some locale: the code is shown instead. Scope: the code. */
    DISPLAY_NAME_MISSING,
    /** An interview's source role is unknown: it is left out. Scope: the interview id (HR audience only). */
    UNKNOWN_SOURCE_ROLE,
    /** A question's type is unknown: its answers are left out. Scope: the measure. */
    UNKNOWN_QUESTION_TYPE,
    /**
     * Interviews asked one measure with different types, options or scales: only answers to the most common
     * definition count. Scope: the measure.
     */
    MEASURE_DEFINITION_CONFLICT
}
