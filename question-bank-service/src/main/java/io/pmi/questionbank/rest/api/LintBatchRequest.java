package io.pmi.questionbank.rest.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "LintBatchRequest", description = "Up to 200 texts to check in one call.")
public record LintBatchRequest(
        @NotNull @Size(min = 1, max = 200) @Schema(required = true, maxItems = 200, minItems = 1)
        List<@NotNull @Valid LintRequest> items) {
}
