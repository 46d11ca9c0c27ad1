package io.pmi.interview.rest.api;

import io.pmi.interview.domain.QuestionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpotQuestionRequest", description = "A question the interviewer asked on the spot. It is linted and "
        + "kept as asked, findings and all. OPEN or SCALE (1 to 5).")
public record SpotQuestionRequest(
        @NotBlank @Size(max = 500) @Schema(required = true, example = "你觉得绩效评估公平吗?") String text,
        @Pattern(regexp = "zh-CN|en") @Schema(enumeration = {"zh-CN", "en"},
                description = "Default: the interview's language.") String locale,
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}") @Schema(required = true, example = "INDICATORS")
        String dimension,
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}") @Schema(example = "KPI_DESIGN") String topic,
        @Schema(description = "OPEN (default) or SCALE.") QuestionType type) {
}
