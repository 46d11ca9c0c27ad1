package io.pmi.interview.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an interview is in its life: {@code PLANNED → PREPARED → IN_PROGRESS → COMPLETED}, or {@code CANCELLED}
 * (with a reason) at any point before completion. New statuses may be added.
 */
public enum InterviewStatus {
    PLANNED,
    PREPARED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    /** The statuses this one may move to. */
    public Set<InterviewStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(PREPARED, CANCELLED);
            case PREPARED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(InterviewStatus.class);
        };
    }

    public boolean canMoveTo(InterviewStatus target) {
        return next().contains(target);
    }
}
