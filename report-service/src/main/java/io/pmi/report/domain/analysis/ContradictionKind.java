package io.pmi.report.domain.analysis;

/** How two sources contradict each other on one measure. */
public enum ContradictionKind {
    /** SCALE: the two sources' means are further apart than the gap threshold. */
    SCALE_MEANS,
    /** SINGLE_CHOICE: the two modal choices are at least a third of the option range apart. */
    MODAL_CHOICES,
    /** OPEN: one source's majority stance is POSITIVE, the other's NEGATIVE. */
    MAJORITY_STANCES
}
