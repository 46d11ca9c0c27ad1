package io.pmi.report.domain;

/** Who reads a report: HR sees every figure and quote; a manager sees the anonymised projection. */
public enum Audience {
    HR,
    MANAGER
}
