package io.pmi.report.domain.analysis;

/** Which way a self-rating differs from the others' view. */
public enum GapKind {
    /** The subject rates themselves higher than the others do (盲点). */
    BLIND_SPOT,
    /** The subject rates themselves lower than the others do (被低估的优势). */
    HIDDEN_STRENGTH
}
