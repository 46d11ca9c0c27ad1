package io.pmi.report.domain.summary;

/** A campaign summary job: RUNNING until it is DONE (with its result) or FAILED (with a reason). */
public enum SummaryStatus {
    RUNNING,
    DONE,
    FAILED
}
