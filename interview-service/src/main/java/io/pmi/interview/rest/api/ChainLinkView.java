package io.pmi.interview.rest.api;

import io.pmi.interview.domain.EmploymentStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChainLink", description = "One manager of a manager chain.")
public record ChainLinkView(
        @Schema(description = "The manager's external id.", example = "E1001") String externalId,
        @Schema(description = "Full name; null when erased.", example = "李强") String name,
        @Schema(description = "Department.", example = "华东销售部") String department,
        @Schema(description = "Position.", example = "销售总监") String position,
        @Schema(description = "Employment status; more values may be added.") EmploymentStatus employmentStatus,
        @Schema(description = "Whether this manager's data was erased (the chain ends with them).", example = "false")
        boolean erased) {
}
