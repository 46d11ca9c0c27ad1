package io.pmi.interview.rest.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompleteRequest", description = "Needed only to complete below the campaign's completeness threshold.")
public record CompleteRequest(@Size(max = 500) String overrideReason) {
}
