package io.pmi.interview.service;

import io.pmi.platform.problem.ProblemType;

/** The kinds of problem particular to the interview service (documented in the README's problem table). */
public final class InterviewProblems {

    /** A sync tried to write personal data of a participant whose data was erased on request. */
    public static final ProblemType PARTICIPANT_ERASED =
            new ProblemType("participant-erased", 409, "Participant erased");

    private InterviewProblems() {
    }
}
