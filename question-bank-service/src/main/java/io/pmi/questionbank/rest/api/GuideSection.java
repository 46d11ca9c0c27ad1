package io.pmi.questionbank.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "GuideSection", description = "The questions asked about one dimension, in interview order.")
public record GuideSection(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}")
        @Schema(required = true, example = "FEEDBACK") String dimension,
        @NotNull @Size(max = 50)
        @Schema(required = true, description = "Question ids, in the order they are asked; up to 50.",
                example = "[\"q.feedback.frequency\"]") List<@NotBlank @Size(min = 1, max = 110) String> questions) {
}
