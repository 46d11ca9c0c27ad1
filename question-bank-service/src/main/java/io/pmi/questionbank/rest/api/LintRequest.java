package io.pmi.questionbank.rest.api;

import io.pmi.platform.problem.InvalidValue;
import io.pmi.questionbank.domain.QuestionType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LintRequest", description = "A question text to check.")
public record LintRequest(
        @NotBlank @Size(min = 1, max = 2000)
        @Schema(required = true, maxLength = 2000, example = "你觉得绩效评估公平吗?") String text,
        @Pattern(regexp = "zh-CN|en", message = "must be one of [zh-CN, en]", payload = InvalidValue.class)
        @Schema(type = SchemaType.STRING, enumeration = {"zh-CN", "en"},
                description = "The text's language; detected when absent (any Chinese character makes it zh-CN).")
        String locale,
        @Schema(description = "How the question is answered (default OPEN). SCALE and choice questions are closed "
                + "by design and never get CLOSED.") QuestionType type) {
}
