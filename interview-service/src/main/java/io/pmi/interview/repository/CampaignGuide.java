package io.pmi.interview.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** The question-bank guide a campaign uses for one role (the key of {@link Campaign#guides}). */
@Embeddable
public class CampaignGuide {

    @Column(name = "guide_id", nullable = false)
    public String guideId;

    /** Null: the latest published version when an interview is planned. */
    @Column(name = "version")
    public Integer version;

    public CampaignGuide() {
    }

    public CampaignGuide(String guideId, Integer version) {
        this.guideId = guideId;
        this.version = version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CampaignGuide that && guideId.equals(that.guideId)
                && Objects.equals(version, that.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(guideId, version);
    }
}
