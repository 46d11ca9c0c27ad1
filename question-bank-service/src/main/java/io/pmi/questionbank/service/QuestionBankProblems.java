package io.pmi.questionbank.service;

import io.pmi.platform.problem.ProblemType;

/** The kinds of problem particular to the question bank (documented in the README's problem table). */
public final class QuestionBankProblems {

    public static final ProblemType LINT_ERRORS =
            new ProblemType("lint-errors", 422, "Question texts have lint errors");
    public static final ProblemType MEASURE_MISMATCH =
            new ProblemType("measure-mismatch", 422, "Question disagrees with its measure");
    public static final ProblemType INVALID_TRANSITION =
            new ProblemType("invalid-transition", 409, "Transition not allowed");
    public static final ProblemType GUIDE_INCOMPLETE =
            new ProblemType("guide-incomplete", 422, "Guide cannot be published");

    private QuestionBankProblems() {
    }

    /** "1 lint error", "2 lint errors": details count what their list holds, in one style. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
