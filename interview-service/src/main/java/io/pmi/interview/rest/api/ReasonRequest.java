package io.pmi.interview.rest.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReasonRequest", description = "Why: for cancelling an interview or withdrawing consent.")
public record ReasonRequest(@Size(max = 500) String reason) {
}
