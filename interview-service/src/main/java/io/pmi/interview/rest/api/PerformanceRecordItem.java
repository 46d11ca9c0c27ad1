package io.pmi.interview.rest.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.pmi.interview.domain.Direction;
import io.pmi.interview.domain.IndicatorKind;
import io.pmi.interview.domain.Period;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** One row of a performance batch, keyed by participant, period and indicator. */
@JsonIgnoreProperties(value = {"id", "periodStart", "periodEnd", "attainment", "createdAt", "updatedAt", "version"})
@Schema(name = "PerformanceRecordItem", description = "One indicator of one participant in one period. Read-only "
        + "fields of a PerformanceRecord are ignored.")
public record PerformanceRecordItem(
        @NotNull @Pattern(regexp = Limits.EXTERNAL_ID)
        @Schema(required = true, pattern = Limits.EXTERNAL_ID, description = "The participant's external id; the "
                + "participant must exist.", example = "E1002") String participantExternalId,
        @NotNull @Pattern(regexp = Period.PATTERN)
        @Schema(required = true, pattern = Period.PATTERN, description = "A year (2026), half (2026-H1), quarter "
                + "(2026-Q3) or month (2026-07).", example = "2026-H1") String period,
        @NotNull @Size(max = 200) @Pattern(regexp = Limits.TRIMMED)
        @Schema(required = true, maxLength = 200, description = "The indicator's name, without whitespace at either "
                + "end; compared exactly (case included).", example = "销售额") String indicator,
        @NotNull
        @Schema(required = true, description = "KPI or QUALITATIVE; more values may be added.") IndicatorKind kind,
        @DecimalMin(Limits.MIN_FIGURE) @DecimalMax(Limits.MAX_FIGURE)
        @Schema(description = "The target, a JSON number, kept to 4 decimal places (rounded half up).",
                example = "95") BigDecimal target,
        @DecimalMin(Limits.MIN_FIGURE) @DecimalMax(Limits.MAX_FIGURE)
        @Schema(description = "What was achieved, a JSON number like the target.", example = "76") BigDecimal actual,
        @Size(min = 1, max = 32)
        @Schema(maxLength = 32, description = "Unit of target and actual.", example = "万元") String unit,
        @Schema(description = "Which way the indicator improves; default HIGHER_IS_BETTER.") Direction direction,
        @Size(min = 1, max = 50)
        @Schema(maxLength = 50, description = "A rating as the HRIS gives it (qualitative indicators especially).",
                example = "B+") String rating) {
}
