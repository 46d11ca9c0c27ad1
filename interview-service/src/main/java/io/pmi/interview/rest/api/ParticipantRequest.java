package io.pmi.interview.rest.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.pmi.interview.domain.EmploymentStatus;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the HRIS (or an HR admin) sends for one participant; the external id is in the path. */
@JsonIgnoreProperties(value = {"id", "externalId", "erased", "erasedAt", "createdAt", "updatedAt", "version"})
@Schema(name = "ParticipantRequest", description = "A participant's data, replacing what was stored (fields left out "
        + "become empty). id, externalId, erased, erasedAt, createdAt, updatedAt and version are read-only: sent back "
        + "from a GET they are ignored. Any other field (tenantId, for one) is rejected.")
public record ParticipantRequest(
        @NotBlank @Size(max = 200)
        @Schema(required = true, maxLength = 200, description = "Full name.", example = "王芳") String name,
        @Email(regexp = Limits.EMAIL) @Size(max = 254)
        @Schema(maxLength = 254, format = "email", description = "Work e-mail address.",
                example = "wang.fang@example.com") String email,
        @Size(min = 1, max = 200)
        @Schema(maxLength = 200, description = "Department, as the HRIS names it.", example = "华东销售部")
        String department,
        @Size(min = 1, max = 200)
        @Schema(maxLength = 200, description = "Position or job title.", example = "销售经理") String position,
        @Pattern(regexp = Limits.EXTERNAL_ID)
        @Schema(pattern = Limits.EXTERNAL_ID, description = "The manager's external id. A manager the service does "
                + "not know yet is accepted: the link resolves when the manager is synced.", example = "E1001")
        String managerExternalId,
        @NotNull
        @Schema(required = true, description = "Employment status; more values may be added.")
        EmploymentStatus employmentStatus) {
}
