package io.pmi.questionbank.rest.api;

import io.pmi.platform.i18n.LocalizedName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One option of a choice question. The value is what answers store; it is shared by every "
        + "question of the measure.")
public record AnswerOption(
        @NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}")
        @Schema(required = true, pattern = "[A-Z][A-Z0-9_]{0,39}", example = "MONTHLY") String value,
        @NotNull @Valid @Schema(required = true) LocalizedName label) {
}
