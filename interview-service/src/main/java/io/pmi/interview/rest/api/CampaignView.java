package io.pmi.interview.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pmi.interview.domain.CampaignStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Campaign", description = "A campaign (访谈项目): scope, period, language, guides per source role and "
        + "the thresholds its interviews and reports use.")
public record CampaignView(
        @Schema(description = "Opaque id.", example = "5b0e7c1e-2f4a-4d7b-9a39-1c7f0e6d2a10") String id,
        @Schema(example = "2026 上半年销售部绩效管理访谈") String name,
        String description,
        @Schema(description = "Empty: the whole company.") List<String> departments,
        @Schema(example = "2026-H1") String period,
        @Schema(enumeration = {"zh-CN", "en"}, example = "zh-CN") String locale,
        @Schema(description = "In the order SELF, SUPERVISOR, PEER, SUBORDINATE.") List<CampaignRequest.Guide> guides,
        @Schema(example = "3") int anonymityThreshold,
        @Schema(example = "0.8") double completenessThreshold,
        @Schema(description = "Absent: a third of each scale's range.", example = "1.5") Double gapThreshold,
        @Schema(description = "Read-only: OPEN, then CLOSED through POST /api/v1/campaigns/{id}/close. New statuses "
                + "may be added.") CampaignStatus status,
        Instant createdAt,
        @Schema(description = "The subject of the token that created the campaign.") String createdBy,
        Instant updatedAt,
        @Schema(description = "When it was closed; absent while open.") Instant closedAt) {
}
