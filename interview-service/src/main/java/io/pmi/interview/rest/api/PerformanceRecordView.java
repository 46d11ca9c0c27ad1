package io.pmi.interview.rest.api;

import io.pmi.interview.domain.Direction;
import io.pmi.interview.domain.IndicatorKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Schema(name = "PerformanceRecord", description = "One indicator of one participant in one period.")
public record PerformanceRecordView(
        @Schema(description = "Opaque id, which reports cite as evidence.",
                example = "9a3e1c2b-7d4f-4e8a-b1c6-2f5d8e9a0b13") String id,
        @Schema(description = "The participant's external id.", example = "E1002") String participantExternalId,
        @Schema(description = "The period as sent.", example = "2026-H1") String period,
        @Schema(description = "The period's first day.", example = "2026-01-01") LocalDate periodStart,
        @Schema(description = "The period's last day.", example = "2026-06-30") LocalDate periodEnd,
        @Schema(description = "The indicator's name.", example = "销售额") String indicator,
        @Schema(description = "KPI or QUALITATIVE; more values may be added.") IndicatorKind kind,
        @Schema(description = "The target.", example = "95") BigDecimal target,
        @Schema(description = "What was achieved.", example = "76") BigDecimal actual,
        @Schema(description = "Unit of target and actual.", example = "万元") String unit,
        @Schema(description = "Which way the indicator improves.") Direction direction,
        @Schema(description = "The rating as the HRIS gave it.", example = "B+") String rating,
        @Schema(description = "actual / target, or target / actual when lower is better, to 4 decimal places: 1 is "
                + "on target, more is better. Null when it cannot be computed: a number missing or negative, or the "
                + "divisor 0.", example = "0.8") BigDecimal attainment,
        @Schema(description = "When the record was first synced.") Instant createdAt,
        @Schema(description = "When its values last changed.") Instant updatedAt,
        @Schema(description = "Increments with every change.", example = "0") long version) {
}
