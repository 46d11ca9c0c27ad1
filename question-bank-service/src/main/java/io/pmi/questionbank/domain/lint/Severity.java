package io.pmi.questionbank.domain.lint;

public enum Severity {
    /** Blocks activating a question or publishing a guide. */
    ERROR,
    /** Reported with the saved question. */
    WARNING,
    INFO
}
