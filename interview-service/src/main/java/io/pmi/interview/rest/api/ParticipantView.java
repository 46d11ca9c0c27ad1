package io.pmi.interview.rest.api;

import io.pmi.interview.domain.EmploymentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "Participant", description = "An employee synced from the HRIS. After erasure only the tombstone is "
        + "left: externalId, erased, erasedAt and the audit fields; every personal field is null.")
public record ParticipantView(
        @Schema(description = "Opaque id.", example = "5b0c7f1e-3c1a-4a57-9d51-0d2f1f4f8a11") String id,
        @Schema(description = "The HRIS's id of the employee, unique within the tenant.", example = "E1002")
        String externalId,
        @Schema(description = "Full name; null after erasure.", example = "王芳") String name,
        @Schema(description = "Work e-mail address.", example = "wang.fang@example.com") String email,
        @Schema(description = "Department.", example = "华东销售部") String department,
        @Schema(description = "Position or job title.", example = "销售经理") String position,
        @Schema(description = "The manager's external id, as the HRIS sent it (the manager may not be known yet).",
                example = "E1001") String managerExternalId,
        @Schema(description = "Employment status; null after erasure. More values may be added.")
        EmploymentStatus employmentStatus,
        @Schema(description = "Whether the participant's personal data was erased.", example = "false")
        boolean erased,
        @Schema(description = "When it was erased.") Instant erasedAt,
        @Schema(description = "When the participant was first synced.") Instant createdAt,
        @Schema(description = "When its data last changed.") Instant updatedAt,
        @Schema(description = "Increments with every change; the ETag.", example = "0") long version) {
}
