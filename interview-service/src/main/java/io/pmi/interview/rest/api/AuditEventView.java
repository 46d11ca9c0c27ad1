package io.pmi.interview.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "AuditEvent", description = "One read or change of an interview record.")
public record AuditEventView(String id, @Schema(example = "interviewer-li") String actor,
                             @Schema(example = "answer.update") String action, String interviewId, String detail,
                             Instant occurredAt) {
}
