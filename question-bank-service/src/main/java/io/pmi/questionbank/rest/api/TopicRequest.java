package io.pmi.questionbank.rest.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.platform.i18n.LocalizedName;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a tenant sends to create or change one of its topics. */
@JsonIgnoreProperties(value = {"id", "dimension", "source", "version"})
@Schema(name = "TopicRequest", description = "A topic of your own under a dimension. id, dimension, source and version "
        + "are read-only: sent back from a GET they are ignored. Any other field (tenantId, for one) is rejected.")
public record TopicRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}")
        @Schema(required = true, description = "Stable code, unique among the topics you see.", example = "PROJECTS")
        String code,
        @NotNull @Valid @Schema(required = true) LocalizedName name,
        @NotNull @Valid @Schema(required = true) LocalizedDescription description,
        @Min(1) @Max(1000) @Schema(description = "Position within the dimension; default: after the last topic.",
                example = "3") Integer position) {
}
