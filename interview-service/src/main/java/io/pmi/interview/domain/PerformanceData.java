package io.pmi.interview.domain;

import java.math.BigDecimal;

/** One performance record as the HRIS sends it, keyed by participant, period and indicator. */
public record PerformanceData(String participantExternalId, Period period, String indicator, IndicatorKind kind,
                              BigDecimal target, BigDecimal actual, String unit, Direction direction, String rating) {
}
