package io.pmi.questionbank.rest.api;

import io.pmi.platform.i18n.LocalizedName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The meaning of one point of a scale.")
public record ScaleAnchor(
        @NotNull @Schema(required = true, example = "1") Integer value,
        @NotNull @Valid @Schema(required = true) LocalizedName label) {
}
