package io.pmi.interview.rest.api;

import io.pmi.interview.domain.QualityReview;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Quality", description = "The interviewer's pitfalls found on the record, each with its evidence.")
public record QualityView(List<Pitfall> pitfalls) {

    @Schema(name = "Pitfall")
    public record Pitfall(@Schema(description = "New codes may be added.") QualityReview.PitfallCode code,
                          List<Evidence> evidence) {
    }

    @Schema(name = "PitfallEvidence")
    public record Evidence(String questionKey, String emotionId, String detail) {
    }
}
