package io.pmi.interview.rest.api;

import io.pmi.interview.domain.Emotion;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EmotionRequest", description = "An emotion noticed during the interview.")
public record EmotionRequest(
        @Size(max = 120) @Schema(example = "kpi.reasonable") String questionKey,
        @NotNull @Schema(required = true) Emotion emotion,
        @NotNull @Min(1) @Max(5) @Schema(required = true, example = "4") Integer intensity,
        @NotNull @Schema(required = true, description = "Whether the interviewer acknowledged it.") Boolean acknowledged,
        @Size(max = 2_000) String note) {
}
