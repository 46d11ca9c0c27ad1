package io.pmi.interview.domain;

/** What a performance indicator is: a measured KPI or a qualitative assessment; more values may be added. */
public enum IndicatorKind {
    KPI,
    QUALITATIVE
}
