package io.pmi.interview.service;

import io.pmi.platform.problem.ProblemType;

/** The kinds of problem of planning and running interviews (documented in the README's problem table). */
public final class InterviewFlowProblems {

    public static final ProblemType INVALID_TRANSITION =
            new ProblemType("invalid-transition", 409, "Transition not allowed");
    public static final ProblemType DUPLICATE_INTERVIEW =
            new ProblemType("duplicate-interview", 409, "Interview planned already");
    public static final ProblemType NOT_IN_PROGRESS =
            new ProblemType("interview-not-in-progress", 409, "Interview is not in progress");
    public static final ProblemType CONSENT_MISSING =
            new ProblemType("consent-missing", 409, "No consent recorded");
    public static final ProblemType ROLE_MISMATCH =
            new ProblemType("role-mismatch", 422, "Source role does not match the HRIS");
    public static final ProblemType INCOMPLETE_RECORD =
            new ProblemType("incomplete-record", 422, "Interview record is incomplete");
    public static final ProblemType UNKNOWN_QUESTION =
            new ProblemType("unknown-question", 422, "Question is not part of the interview");
    public static final ProblemType CAMPAIGN_CLOSED =
            new ProblemType("campaign-closed", 409, "Campaign is closed");
    public static final ProblemType GUIDE_UNAVAILABLE =
            new ProblemType("guide-unavailable", 422, "Guide cannot be used");

    private InterviewFlowProblems() {
    }
}
