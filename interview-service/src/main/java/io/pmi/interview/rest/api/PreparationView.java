package io.pmi.interview.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Preparation", description = "The interviewer's preparation checklist (准备工作).")
public record PreparationView(boolean backgroundReviewed, boolean departmentFunctionUnderstood,
                              boolean pastPerformanceReviewed, String notes,
                              @Schema(description = "Null until first recorded; its ETag.") Long version) {
}
