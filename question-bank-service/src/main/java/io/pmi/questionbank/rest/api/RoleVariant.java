package io.pmi.questionbank.rest.api;

import io.pmi.questionbank.domain.SourceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The wording for interviewees of one source role (SELF, SUPERVISOR, PEER, SUBORDINATE).")
public record RoleVariant(
        @NotNull @Schema(required = true) SourceRole role,
        @NotNull @Valid @Schema(required = true) LocalizedText text) {
}
