package io.pmi.report.rest.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportRequest")
public record ReportRequest(
        @Schema(required = true, description = "The campaign (interview-service).",
                example = "b1c9e2f4-5a6d-4e7f-8a9b-0c1d2e3f4a5b") @NotBlank @Size(max = 36) String campaignId,
        @Schema(required = true, description = "The subject's HRIS external id.", example = "E1001")
        @NotBlank @Size(max = 128) String subjectExternalId) {
}
