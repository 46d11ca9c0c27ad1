package io.pmi.interview.rest.api;

import io.pmi.interview.domain.InterviewStatus;
import io.pmi.interview.domain.SourceRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Interview", description = "An interview. Its ETag changes with status, schedule, preparation and "
        + "consent, not with answers or emotion notes.")
public record InterviewView(
        String id,
        String campaignId,
        @Schema(example = "E1001") String subjectExternalId,
        @Schema(example = "E1002") String intervieweeExternalId,
        SourceRole sourceRole,
        @Schema(example = "interviewer-li") String interviewerId,
        Instant scheduledAt,
        @Schema(description = "PLANNED → PREPARED → IN_PROGRESS → COMPLETED, or CANCELLED; new values may be added.")
        InterviewStatus status,
        @Schema(example = "guide.supervisor") String guideId,
        @Schema(example = "1") int guideVersion,
        @Schema(example = "zh-CN") String locale,
        String roleOverrideReason,
        PreparationView preparation,
        ConsentView consent,
        Instant preparedAt,
        Instant startedAt,
        Instant completedAt,
        @Schema(description = "Why it was completed below the campaign's completeness threshold.")
        String completionOverrideReason,
        Instant cancelledAt,
        String cancelReason,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The interview's revision, also its ETag.") long version) {
}
