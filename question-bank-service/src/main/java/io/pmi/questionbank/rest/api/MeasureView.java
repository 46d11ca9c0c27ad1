package io.pmi.questionbank.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pmi.questionbank.domain.QuestionType;
import io.pmi.questionbank.domain.SourceRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Measure", description = "What questions measure, with how it is answered and the roles asked it, so "
        + "that answers of different sources can be compared.")
public record MeasureView(
        @Schema(example = "feedback.frequency") String key,
        @Schema(enumeration = {"library", "tenant"}) String source,
        @Schema(example = "FEEDBACK") String dimension,
        @Schema(example = "FREQUENCY_MODE") String topic,
        QuestionType type,
        @Schema(description = "For SCALE measures.") ScaleSpec scale,
        @Schema(description = "For choice measures.") List<AnswerOption> options,
        @Schema(description = "The roles asked it by questions that are not retired.") List<SourceRole> roles) {
}
