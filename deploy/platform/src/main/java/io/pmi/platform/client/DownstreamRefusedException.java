package io.pmi.platform.client;

import io.pmi.platform.problem.ProblemType;

/**
 * Another service answered a 4xx: it is up and said no, so this is neither retried nor counted by the circuit
 * breaker. Carries the status and, when the answer was a problem, its {@code type} and {@code detail}, so that the
 * caller can decide what to answer its own client.
 */
public class DownstreamRefusedException extends RuntimeException {

    private final int status;
    private final String problemType;
    private final String detail;

    public DownstreamRefusedException(int status, String problemType, String detail) {
        super("answered " + status + (problemType == null ? "" : " " + problemType)
                + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.problemType = problemType;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    /** The problem's {@code type} URI, or null when the answer was not problem+json. */
    public String problemType() {
        return problemType;
    }

    /** The problem's {@code detail}, or null. */
    public String detail() {
        return detail;
    }

    /** Whether the problem's type is {@code https://pmi-suite.dev/problems/<slug>}. */
    public boolean isType(String slug) {
        return problemType != null && problemType.equals(ProblemType.BASE_URI + slug);
    }
}
