package io.pmi.interview.domain;

/**
 * How much of each question an export carries: everything, or what an analysis reads (no wording and no probes,
 * about half the bytes of a page).
 */
public enum ExportDetail {
    FULL,
    ANALYSIS
}
