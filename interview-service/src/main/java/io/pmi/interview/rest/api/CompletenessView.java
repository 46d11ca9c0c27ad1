package io.pmi.interview.rest.api;

import io.pmi.interview.domain.Completeness;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Completeness", description = "How complete the record is. score: the share of required questions "
        + "answered, less 0.05 for each other gap, never below 0; 0 without consent.")
public record CompletenessView(@Schema(example = "0.85") double score, @Schema(example = "0.8") double threshold,
                               List<Gap> gaps) {

    @Schema(name = "CompletenessGap")
    public record Gap(@Schema(description = "New codes may be added.") Completeness.GapCode code, String questionKey,
                      String dimension, String emotionId, String message) {
    }
}
