package io.pmi.report.service;

import io.pmi.platform.problem.ProblemType;

/** The kinds of problem of generating and reading reports (documented in the README's problem table). */
public final class ReportProblems {

    public static final ProblemType NO_COMPLETED_INTERVIEWS =
            new ProblemType("no-completed-interviews", 422, "No completed interviews");

    public static final ProblemType SUMMARIES_BUSY =
            new ProblemType("summaries-busy", 503, "Summary workers busy");

    private ReportProblems() {
    }
}
