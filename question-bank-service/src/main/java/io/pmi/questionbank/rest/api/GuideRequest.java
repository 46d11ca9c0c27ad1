package io.pmi.questionbank.rest.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.platform.i18n.LocalizedName;
import io.pmi.platform.problem.InvalidValue;
import io.pmi.questionbank.domain.SourceRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@JsonIgnoreProperties(value = {"id", "source", "status", "publishedVersion", "copiedFrom", "createdAt", "updatedAt"})
@Schema(name = "GuideRequest", description = "An interview guide of your own. Read-only fields of a guide sent back "
        + "from a GET are ignored; any other unknown field is rejected.")
public record GuideRequest(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{1,99}")
        @Schema(required = true, description = "Stable key, unique among the guides you see.", example = "sales.self")
        String key,
        @NotNull @Schema(required = true, description = "Whom the guide interviews, relative to the subject.")
        SourceRole role,
        @NotNull @Valid @Schema(required = true) LocalizedName title,
        @Size(min = 1, max = 2)
        @Schema(description = "Languages the interview can be held in (default both).", example = "[\"zh-CN\", \"en\"]")
        List<@NotNull @Pattern(regexp = "zh-CN|en", message = "must be one of [zh-CN, en]",
                payload = InvalidValue.class) String> locales,
        @Valid @Schema(description = "Opening script; default: the purpose is improvement, not blame, and what is "
                + "said stays confidential.") LocalizedDescription opening,
        @NotNull @Size(max = 20)
        @Schema(required = true, description = "Sections by dimension, each dimension at most once, in interview "
                + "order.") List<@NotNull @Valid GuideSection> sections,
        @Valid @Schema(description = "Closing script; default: thanks, what happens next, room to add anything.")
        LocalizedDescription closing,
        @Min(5) @Max(480) @Schema(description = "Estimated duration in minutes (default 45).", example = "45")
        Integer estimatedMinutes) {
}
