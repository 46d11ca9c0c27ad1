package io.pmi.report.service;

import io.pmi.report.domain.analysis.ReportAnalysis;
import io.pmi.report.repository.Report;

/** A stored report and its analysis as one audience reads it. */
public record StoredReport(Report report, ReportAnalysis analysis) {
}
