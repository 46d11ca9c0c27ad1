package io.pmi.interview.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

@Schema(name = "Erasure", description = "What an erasure removed. Repeating it removes nothing more and keeps the "
        + "first erasure's time.")
public record ErasureView(
        @Schema(description = "The erased participant's external id, kept as a tombstone.", example = "E1002")
        String externalId,
        @Schema(description = "When the participant's data was erased.") Instant erasedAt,
        @Schema(description = "Rows removed per kind of data (performanceRecords now; answers and interviews as they "
                + "are added).", example = "{\"performanceRecords\": 8}") Map<String, Long> removed) {
}
