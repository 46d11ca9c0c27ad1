package io.pmi.interview.service;

import io.pmi.platform.problem.ProblemType;

/** The kinds of problem particular to campaigns (documented in the README's problem table). */
public final class CampaignProblems {

    /** Closing a campaign that is closed already. */
    public static final ProblemType INVALID_TRANSITION =
            new ProblemType("invalid-transition", 409, "Transition not allowed");

    private CampaignProblems() {
    }
}
