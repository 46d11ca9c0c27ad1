package io.pmi.questionbank.rest.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "The rating scale of a SCALE question, 1 to 5 unless said otherwise, with anchors at least at "
        + "both ends.")
public record ScaleSpec(
        @Min(0) @Max(1) @Schema(description = "Lowest point, 0 or 1 (default 1).", example = "1") Integer min,
        @Min(2) @Max(10) @Schema(description = "Highest point, 2 to 10 (default 5).", example = "5") Integer max,
        @NotNull @Size(min = 2, max = 11) @Schema(required = true) List<@NotNull @Valid ScaleAnchor> anchors) {
}
