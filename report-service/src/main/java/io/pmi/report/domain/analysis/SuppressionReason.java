package io.pmi.report.domain.analysis;

/** Why something is withheld or left out. */
public enum SuppressionReason {
    /**
     * A PEER or SUBORDINATE group with fewer than k respondents: left out of every comparison in both audiences,
     * and withheld from managers.
     */
    BELOW_ANONYMITY_THRESHOLD,
    /** MANAGER audience: verbatim quotes of a SELF or SUPERVISOR source, a group of one by nature. */
    SINGLE_SOURCE_QUOTES
}
