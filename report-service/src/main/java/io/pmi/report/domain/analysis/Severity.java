package io.pmi.report.domain.analysis;

/** How much a finding matters; findings are listed HIGH first. */
public enum Severity {
    HIGH,
    MEDIUM,
    LOW
}
