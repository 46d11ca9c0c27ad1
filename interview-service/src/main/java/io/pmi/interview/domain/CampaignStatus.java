package io.pmi.interview.domain;

import java.util.EnumSet;
import java.util.Set;

/** A campaign is {@code OPEN} while it is planned and run, then {@code CLOSED} for good. New statuses may be added. */
public enum CampaignStatus {
    OPEN,
    CLOSED;

    /** The statuses this one may move to. */
    public Set<CampaignStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CampaignStatus.class);
        };
    }

    public boolean canMoveTo(CampaignStatus target) {
        return next().contains(target);
    }

    /** Only an open campaign's settings may change. */
    public boolean editable() {
        return this == OPEN;
    }
}
