package io.pmi.interview.rest.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Duplicate
@Schema(name = "ParticipantBatch", description = "Up to 1,000 participants, stored all or none.")
public record ParticipantBatchRequest(
        @NotNull @Size(max = Limits.BATCH_ITEMS)
        @Schema(required = true, maxItems = Limits.BATCH_ITEMS, description = "The participants, each external id "
                + "once.") List<@NotNull @Valid ParticipantBatchItem> items) implements Duplicate.Keyed {

    @Override
    public List<Object> rowKeys() {
        return items == null ? null : items.stream().map(item -> item == null ? null : (Object) item.externalId())
                .toList();
    }

    @Override
    public String keyField() {
        return "externalId";
    }
}
