package io.pmi.interview.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SpotQuestion", description = "The question as kept, and what the question bank's linter found.")
public record SpotQuestionView(@Schema(example = "spot.1") String key, InterviewQuestionView question,
                               List<Finding> findings) {

    @Schema(name = "SpotQuestionFinding")
    public record Finding(@Schema(example = "CLOSED") String code, @Schema(example = "ERROR") String severity,
                          String message, int start, int end, String suggestion,
                          @Schema(example = "YES_NO", nullable = true, description = "The device the question bank's "
                                  + "linter found (its LintFinding reason); new reasons may be added.") String reason) {
    }
}
