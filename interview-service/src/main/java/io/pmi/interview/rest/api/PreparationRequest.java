package io.pmi.interview.rest.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonIgnoreProperties(value = {"version"})
@Schema(name = "PreparationRequest", description = "The checklist; an incomplete one is allowed and recorded.")
public record PreparationRequest(
        @NotNull @Schema(required = true) Boolean backgroundReviewed,
        @NotNull @Schema(required = true) Boolean departmentFunctionUnderstood,
        @NotNull @Schema(required = true) Boolean pastPerformanceReviewed,
        @Size(max = 2000) String notes) {
}
