package io.pmi.interview.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpsertResult", description = "What a batch did with its rows.")
public record UpsertResult(
        @Schema(description = "Rows stored as new.", example = "2") int created,
        @Schema(description = "Rows that changed what was stored.", example = "1") int updated,
        @Schema(description = "Rows equal to what was stored, left as they were.", example = "996") int unchanged,
        @Schema(description = "Rows skipped because their participant's data was erased on request.", example = "1")
        int erased) {
}
