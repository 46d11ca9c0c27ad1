package io.pmi.interview.rest.api;

import io.pmi.interview.domain.SourceRole;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "PlanInterviewRequest", description = "An interview to plan. Without guideId the campaign's guide for "
        + "the source role is used; without guideVersion its latest published version.")
public record PlanInterviewRequest(
        @NotBlank @Size(max = 36) @Schema(required = true) String campaignId,
        @NotBlank @Size(max = 128) @Schema(required = true, description = "The participant whose performance "
                + "management is discussed.", example = "E1001") String subjectExternalId,
        @NotBlank @Size(max = 128) @Schema(required = true, description = "Who is interviewed; for SELF the subject.",
                example = "E1002") String intervieweeExternalId,
        @NotNull @Schema(required = true, description = "The interviewee's relation to the subject. SUPERVISOR must "
                + "be the subject's manager in the HRIS and SUBORDINATE someone the subject manages, unless "
                + "roleOverrideReason is given.") SourceRole sourceRole,
        @NotBlank @Size(max = 200) @Schema(required = true, description = "The interviewer: the sub claim of their "
                + "token.", example = "interviewer-li") String interviewerId,
        @NotNull @Schema(required = true, example = "2026-12-08T02:00:00Z") Instant scheduledAt,
        @Size(max = 110) @Schema(example = "guide.supervisor") String guideId,
        @Min(1) @Max(1_000_000) @Schema(example = "1") Integer guideVersion,
        @Size(max = 500) @Schema(description = "Why the source role differs from the HRIS's reporting line.")
        String roleOverrideReason) {
}
