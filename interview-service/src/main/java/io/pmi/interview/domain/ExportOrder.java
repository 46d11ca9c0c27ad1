package io.pmi.interview.domain;

/**
 * The order of a campaign's export. By completion, new completions come after what was read, the order of a
 * feed; by subject, each subject's interviews come together (then by completion), so that a reader can work
 * through a campaign one subject at a time in memory bounded by a subject.
 */
public enum ExportOrder {
    COMPLETION,
    SUBJECT
}
