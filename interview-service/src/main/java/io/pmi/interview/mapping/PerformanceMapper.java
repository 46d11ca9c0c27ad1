package io.pmi.interview.mapping;

import io.pmi.interview.domain.Attainment;
import io.pmi.interview.domain.Direction;
import io.pmi.interview.domain.Numbers;
import io.pmi.interview.domain.PerformanceData;
import io.pmi.interview.domain.Period;
import io.pmi.interview.repository.PerformanceRecord;
import io.pmi.interview.rest.api.PerformanceRecordItem;
import io.pmi.interview.rest.api.PerformanceRecordView;

import java.util.List;

/** Performance records between the API and the service. */
public final class PerformanceMapper {

    private PerformanceMapper() {
    }

    /** Rows that passed validation: their periods are well-formed. */
    public static List<PerformanceData> toData(List<PerformanceRecordItem> items) {
        return items.stream().map(item -> new PerformanceData(item.participantExternalId(), period(item.period()),
                item.indicator(), item.kind(), Numbers.stored(item.target()), Numbers.stored(item.actual()),
                item.unit(), item.direction() == null ? Direction.HIGHER_IS_BETTER : item.direction(),
                item.rating())).toList();
    }

    /** A period validated against {@link Period#PATTERN}, or null. */
    public static Period period(String text) {
        return text == null ? null : Period.parse(text)
                .orElseThrow(() -> new IllegalArgumentException("not a validated period: " + text));
    }

    public static PerformanceRecordView toView(String participantExternalId, PerformanceRecord record) {
        return new PerformanceRecordView(record.id, participantExternalId, record.period, record.periodStart,
                record.periodEnd, record.indicator, record.kind, Numbers.plain(record.target),
                Numbers.plain(record.actual), record.unit, record.direction, record.rating,
                Attainment.of(record.target, record.actual, record.direction), record.createdAt, record.updatedAt,
                record.version);
    }
}
