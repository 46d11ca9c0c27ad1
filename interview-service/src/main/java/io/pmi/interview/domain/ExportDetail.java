package io.pmi.interview.domain;

/**
 * How much of each interview an export carries: everything (FULL); what an analysis reads (ANALYSIS: no wording and
 * no probes, about half the bytes of a page); or what report-service's campaign summaries read (MINIMAL: ANALYSIS
 * without each answer's follow-ups, timestamps and version, which are not even read from the database).
 */
public enum ExportDetail {
    FULL,
    ANALYSIS,
    MINIMAL
}
