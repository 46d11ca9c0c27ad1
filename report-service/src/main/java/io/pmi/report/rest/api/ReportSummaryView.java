package io.pmi.report.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ReportSummary", description = "A stored report in a list, without its content.")
public record ReportSummaryView(String id, @Schema(example = "2") int version, String campaignId,
                                @Schema(example = "E1001") String subjectExternalId, boolean partial, boolean stale,
                                @Schema(description = "How many interviews it uses now.") int interviews,
                                Instant generatedAt) {
}
