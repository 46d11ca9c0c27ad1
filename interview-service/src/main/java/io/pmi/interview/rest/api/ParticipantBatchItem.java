package io.pmi.interview.rest.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.pmi.interview.domain.EmploymentStatus;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a participant batch: a {@link ParticipantRequest} with its external id. */
@JsonIgnoreProperties(value = {"id", "erased", "erasedAt", "createdAt", "updatedAt", "version"})
@Schema(name = "ParticipantBatchItem", description = "One participant of a batch, keyed by its external id, with the "
        + "fields of ParticipantRequest. Read-only fields of a Participant are ignored.")
public record ParticipantBatchItem(
        @NotNull @Pattern(regexp = Limits.EXTERNAL_ID)
        @Schema(required = true, pattern = Limits.EXTERNAL_ID, description = "The HRIS's id of the employee, unique "
                + "within the batch.", example = "E1002") String externalId,
        @NotBlank @Size(max = 200)
        @Schema(required = true, maxLength = 200, description = "Full name.", example = "王芳") String name,
        @Email(regexp = Limits.EMAIL) @Size(max = 254)
        @Schema(maxLength = 254, format = "email", description = "Work e-mail address.",
                example = "wang.fang@example.com") String email,
        @Size(min = 1, max = 200)
        @Schema(maxLength = 200, description = "Department.", example = "华东销售部") String department,
        @Size(min = 1, max = 200)
        @Schema(maxLength = 200, description = "Position or job title.", example = "销售经理") String position,
        @Pattern(regexp = Limits.EXTERNAL_ID)
        @Schema(pattern = Limits.EXTERNAL_ID, description = "The manager's external id, known yet or not.",
                example = "E1001") String managerExternalId,
        @NotNull
        @Schema(required = true, description = "Employment status; more values may be added.")
        EmploymentStatus employmentStatus) {
}
