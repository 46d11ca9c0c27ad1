package io.pmi.interview.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Consent", description = "The confidentiality statement the interviewee agreed to, and any withdrawal.")
public record ConsentView(
        @Schema(example = "zh-CN") String locale,
        @Schema(description = "The guide version whose opening script was shown.", example = "guide.self@1")
        String textVersion,
        @Schema(description = "SHA-256 of the opening text shown, hex.") String textHash,
        Instant consentedAt,
        Instant withdrawnAt,
        String withdrawalReason,
        @Schema(description = "Null until first recorded; its ETag.") Long version) {
}
