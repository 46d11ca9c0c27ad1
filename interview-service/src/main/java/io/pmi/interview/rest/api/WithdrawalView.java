package io.pmi.interview.rest.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ConsentWithdrawal", description = "An interview that left every export: its consent was withdrawn or "
        + "its interviewee erased. Reports that used it drop its quotes and figures.")
public record WithdrawalView(
        String interviewId,
        String campaignId,
        @Schema(example = "E1001") String subjectExternalId,
        @Schema(type = SchemaType.STRING, enumeration = {"WITHDRAWN", "ERASED"},
                description = "Why; new reasons may be added.") String reason,
        @Schema(description = "When it left the exports.") Instant at) {
}
