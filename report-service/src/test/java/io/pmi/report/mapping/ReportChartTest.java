package io.pmi.report.mapping;

import io.pmi.report.domain.Audience;
import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.rest.api.ReportView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chart's bars: a role's mean of its scale measure means per dimension, placed on the common scale. */
class ReportChartTest {

    private static final ReportView.Scale FIVE = new ReportView.Scale(1, 5);

    @Test
    void aBarIsTheMeanOfTheRolesMeansOnTheDimensionsScaleMeasures() {
        ReportChart chart = ReportChart.of(report(
                dimension("INDICATORS", "考核指标",
                        scale("a", FIVE, source(SourceRole.SELF, "2.00", false), source(SourceRole.PEER, "5.00", false)),
                        scale("b", FIVE, source(SourceRole.SELF, "4.00", false)),
                        // On 1–7, 4 is the middle: 3 on the common 1–5 axis.
                        scale("c", new ReportView.Scale(1, 7), source(SourceRole.PEER, "4.00", false))),
                dimension("GOALS", "目标设定", open("d", source(SourceRole.SELF, null, false))),
                dimension("FEEDBACK", "反馈机制", scale("e", FIVE, source(SourceRole.SUBORDINATE, "1.50", true)))));

        assertEquals(List.of("INDICATORS", "GOALS", "FEEDBACK"),
                chart.groups().stream().map(ReportChart.Group::dimension).toList());
        ReportChart.Group indicators = chart.groups().get(0);
        assertEquals(List.of(SourceRole.SELF, SourceRole.PEER),
                indicators.bars().stream().map(ReportChart.Bar::role).toList());
        assertEquals(List.of("3.00", "4.00"), indicators.bars().stream().map(ReportChart.Bar::value).toList());
        // 3 on 1–5 is half the plot's 200 px, above its baseline at 216.
        assertEquals("100.0", indicators.bars().get(0).height());
        assertEquals("116.0", indicators.bars().get(0).y());
        assertEquals("150.0", indicators.bars().get(1).height());
        assertTrue(chart.groups().get(1).bars().isEmpty(), "a dimension without scale measures has no bar");
        ReportChart.Bar subordinates = chart.groups().get(2).bars().get(0);
        assertTrue(subordinates.belowThreshold());
        assertEquals("25.0", subordinates.height());
        assertTrue(chart.hasBars() && chart.anyBelowThreshold());
        assertEquals(List.of(SourceRole.SELF, SourceRole.PEER, SourceRole.SUBORDINATE),
                chart.legend().stream().map(ReportChart.LegendItem::role).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), chart.ticks().stream().map(ReportChart.Tick::value).toList());
        assertEquals(List.of("216.0", "166.0", "116.0", "66.0", "16.0"),
                chart.ticks().stream().map(ReportChart.Tick::y).toList());
    }

    @Test
    void aReportWithoutScaleMeasuresHasNoBars() {
        ReportChart chart = ReportChart.of(report(dimension("GOALS", "目标设定",
                open("d", source(SourceRole.SELF, null, false)))));
        assertFalse(chart.hasBars());
        assertTrue(chart.legend().isEmpty());
    }

    private static ReportView report(ReportView.Dimension... dimensions) {
        return new ReportView("r", 1, "c", "E1", Audience.HR, false, List.of(), false, Instant.EPOCH, List.of(),
                List.of(dimensions), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static ReportView.Dimension dimension(String code, String name, ReportView.Measure... measures) {
        return new ReportView.Dimension(code, name, List.of(new ReportView.Topic("T", "话题", List.of(measures))));
    }

    private static ReportView.Measure scale(String key, ReportView.Scale scale, ReportView.Source... sources) {
        return new ReportView.Measure(key, QuestionType.SCALE, scale, List.of(sources), null);
    }

    private static ReportView.Measure open(String key, ReportView.Source... sources) {
        return new ReportView.Measure(key, QuestionType.OPEN, null, List.of(sources), null);
    }

    private static ReportView.Source source(SourceRole role, String mean, boolean belowThreshold) {
        return new ReportView.Source(role, 3, belowThreshold, mean == null ? null : new BigDecimal(mean),
                mean == null ? null : BigDecimal.ZERO, null, Map.of(), List.of());
    }
}
