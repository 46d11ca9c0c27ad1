package io.pmi.questionbank.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.platform.i18n.LocalizedName;
import io.pmi.questionbank.domain.GuideStatus;
import io.pmi.questionbank.domain.SourceRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Guide", description = "An interview guide's working copy; published versions are frozen apart.")
public record GuideView(
        @Schema(example = "guide.self") String id,
        @Schema(example = "default.self") String key,
        @Schema(enumeration = {"library", "tenant"}) String source,
        SourceRole role,
        @Schema(description = "Read-only; PUBLISHED once a version has been published.") GuideStatus status,
        @Schema(description = "Number of the latest published version, absent before the first.", example = "1")
        Integer publishedVersion,
        LocalizedName title,
        List<String> locales,
        LocalizedDescription opening,
        List<GuideSection> sections,
        LocalizedDescription closing,
        @Schema(example = "45") int estimatedMinutes,
        @Schema(description = "The guide this one was copied from.", example = "guide.self") String copiedFrom,
        Instant createdAt,
        Instant updatedAt) {
}
