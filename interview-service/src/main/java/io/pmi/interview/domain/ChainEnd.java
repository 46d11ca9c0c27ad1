package io.pmi.interview.domain;

/** Why a manager chain ends; more values may be added. */
public enum ChainEnd {
    /** The last member has no manager, or names itself (how some HRIS mark the top). */
    TOP,
    /** The next manager is not known (yet): HRIS feeds arrive in any order. */
    UNKNOWN_MANAGER,
    /** The last member was erased, and with it whom they report to. */
    ERASED,
    /** The next manager is already in the chain, or is the participant: the HRIS data has a loop. */
    CYCLE,
    /** The chain reached {@link ReportingLine#MAX_DEPTH} managers. */
    DEPTH_LIMIT
}
