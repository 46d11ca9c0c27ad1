package io.pmi.report.domain.analysis;

import io.pmi.report.domain.Audience;
import io.pmi.report.domain.Stance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.pmi.report.domain.SourceRole.PEER;
import static io.pmi.report.domain.SourceRole.SELF;
import static io.pmi.report.domain.SourceRole.SUBORDINATE;
import static io.pmi.report.domain.SourceRole.SUPERVISOR;
import static io.pmi.report.domain.analysis.Fixtures.interview;
import static io.pmi.report.domain.analysis.Fixtures.kpi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sources that agree, on a subject who meets targets: nothing to report but the figures. */
class AgreementTest {

    private static final String TEAMWORK = "indicators.teamwork-rating";
    private static final String REASONABLE = "indicators.kpi-reasonableness";
    private static final String FREQUENCY = "feedback.frequency";
    private static final String STYLE = "feedback.preferred-style";

    @Test
    void agreeingSourcesAndOnTargetHistoryGiveNoGapContradictionCheckOrFinding() {
        AnalysisInput input = Fixtures.input(List.of(kpi("r1", "2026-H1", "0.98"), kpi("r2", "2025-H2", "1.02"),
                        kpi("r3", "2025-H1", "1.00")),
                interview("S1", SELF).scale(TEAMWORK, 4).scale(REASONABLE, 4).choice(FREQUENCY, "MONTHLY")
                        .open(STYLE, "直接说就好", Stance.POSITIVE).emotion(TEAMWORK, 2, true),
                interview("SUP1", SUPERVISOR).scale(TEAMWORK, 4).scale(REASONABLE, 5).choice(FREQUENCY, "MONTHLY")
                        .open(STYLE, "他乐于接受反馈", Stance.POSITIVE),
                interview("P1", PEER).scale(TEAMWORK, 4).open(STYLE, "沟通顺畅", Stance.POSITIVE),
                interview("P2", PEER).scale(TEAMWORK, 5).open(STYLE, "挺好", Stance.NEUTRAL),
                interview("P3", PEER).scale(TEAMWORK, 4).open(STYLE, "没问题", Stance.POSITIVE),
                interview("B1", SUBORDINATE).scale(TEAMWORK, 4),
                interview("B2", SUBORDINATE).scale(TEAMWORK, 3),
                interview("B3", SUBORDINATE).scale(TEAMWORK, 4));
        for (Audience audience : Audience.values()) {
            ReportAnalysis report = ReportAnalyzer.analyze(input, audience);
            assertEquals(List.of(), report.gaps(), audience.name());
            assertEquals(List.of(), report.contradictions(), audience.name());
            assertEquals(List.of(), report.historyChecks(), audience.name());
            assertEquals(List.of(), report.findings(), audience.name());
            assertEquals(List.of(), report.suppressed().stream()
                    .filter(s -> s.reason() == SuppressionReason.BELOW_ANONYMITY_THRESHOLD).toList());
        }
        ReportAnalysis.Measure teamwork = ScenarioTest.measure(ReportAnalyzer.analyze(input), TEAMWORK);
        // ratings 4, 4, 4, 5, 4, 4, 3, 4: mean 4, deviations sum 2, AD_M = 0.25
        assertEquals(new ReportAnalysis.Agreement("AD_M", new BigDecimal("0.25"), new BigDecimal("0.83"), 8, true),
                teamwork.agreement());
        assertTrue(teamwork.sources().stream().noneMatch(ReportAnalysis.Source::belowThreshold));
    }
}
