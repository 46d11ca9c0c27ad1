package io.pmi.report.domain.analysis;

/** What the performance history says about a claim made in the interviews. */
public enum Verdict {
    CORROBORATED,
    CONTRADICTED,
    INCONCLUSIVE
}
