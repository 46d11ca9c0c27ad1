package io.pmi.interview.rest.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Duplicate
@Schema(name = "PerformanceRecordBatch", description = "Up to 1,000 performance records, stored all or none.")
public record PerformanceBatchRequest(
        @NotNull @Size(max = Limits.BATCH_ITEMS)
        @Schema(required = true, maxItems = Limits.BATCH_ITEMS, description = "The records, each participant, "
                + "period and indicator once.") List<@NotNull @Valid PerformanceRecordItem> items)
        implements Duplicate.Keyed {

    private record Key(String participantExternalId, String period, String indicator) {
    }

    @Override
    public List<Object> rowKeys() {
        return items == null ? null : items.stream().map(item -> item == null ? null
                : (Object) new Key(item.participantExternalId(), item.period(), item.indicator())).toList();
    }

    @Override
    public String keyField() {
        return "indicator";
    }
}
