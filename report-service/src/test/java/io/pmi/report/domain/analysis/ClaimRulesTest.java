package io.pmi.report.domain.analysis;

import io.pmi.report.domain.Stance;
import io.pmi.report.domain.analysis.AnalysisInput.PerformanceRecord;
import io.pmi.report.domain.analysis.Fixtures.InterviewBuilder;
import io.pmi.report.domain.analysis.ReportAnalysis.Finding;
import io.pmi.report.domain.analysis.ReportAnalysis.HistoryCheck;
import io.pmi.report.domain.analysis.ReportAnalysis.PeriodAttainment;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.pmi.report.domain.SourceRole.SELF;
import static io.pmi.report.domain.SourceRole.SUPERVISOR;
import static io.pmi.report.domain.analysis.Fixtures.interview;
import static io.pmi.report.domain.analysis.Fixtures.kpi;
import static io.pmi.report.domain.analysis.Fixtures.qualitative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The claim catalogue (Claim) against performance history, and what a verdict does to the findings. */
class ClaimRulesTest {

    private static final String REASONABLE = "indicators.kpi-reasonableness";
    private static final String REACHABLE = "indicators.kpi-reachability";
    private static final String COUNT = "indicators.kpi-count";
    private static final String QUALITATIVE = "indicators.qualitative-measurement";

    private static List<PerformanceRecord> history(String... attainments) {
        String[] periods = {"2026-H1", "2025-H2", "2025-H1", "2024-H2"};
        PerformanceRecord[] records = new PerformanceRecord[attainments.length];
        for (int i = 0; i < attainments.length; i++) {
            records[i] = kpi("r" + (i + 1), periods[i], attainments[i]);
        }
        return List.of(records);
    }

    private static ReportAnalysis bothCallKpisUnreasonable(List<PerformanceRecord> history) {
        return ReportAnalyzer.analyze(Fixtures.input(history,
                interview("S1", SELF).scale(REASONABLE, 1).open(COUNT, "指标太多了", Stance.NEGATIVE),
                interview("SUP1", SUPERVISOR).scale(REASONABLE, 2)));
    }

    private static List<Finding> findings(ReportAnalysis report, FindingType type) {
        return report.findings().stream().filter(f -> f.type() == type).toList();
    }

    @Test
    void lowAttainmentInTwoOfTheLastThreePeriodsCorroborates() {
        ReportAnalysis report = bothCallKpisUnreasonable(history("0.60", "0.65", "1.20", "0.10"));
        assertEquals(List.of(new HistoryCheck(REASONABLE, Claim.KPI_TARGETS_UNREASONABLE, Verdict.CORROBORATED,
                List.of(SELF, SUPERVISOR), List.of("S1/" + REASONABLE, "SUP1/" + REASONABLE),
                List.of("r1", "r2", "r3"), List.of(new PeriodAttainment("2026-H1", new BigDecimal("0.60")),
                new PeriodAttainment("2025-H2", new BigDecimal("0.65")),
                new PeriodAttainment("2025-H1", new BigDecimal("1.20"))))), report.historyChecks());
        Finding finding = findings(report, FindingType.KPI_UNREASONABLE).get(0);
        assertEquals(Severity.HIGH, finding.severity());
        assertEquals(List.of("r1", "r2", "r3"), finding.evidence().performanceRecordIds());
        assertEquals(List.of("S1/" + COUNT, "S1/" + REASONABLE, "SUP1/" + REASONABLE),
                finding.evidence().answerIds());
    }

    @Test
    void attainmentAboveTargetContradictsAndTheFindingDoesNotFire() {
        ReportAnalysis report = bothCallKpisUnreasonable(history("1.10", "1.05", "0.50"));
        assertEquals(Verdict.CONTRADICTED, report.historyChecks().get(0).verdict());
        assertEquals(List.of("r1", "r2", "r3"), report.historyChecks().get(0).recordIds());
        assertEquals(List.of(), findings(report, FindingType.KPI_UNREASONABLE),
                "two sources' word and a NEGATIVE stance on KPI design do not outweigh the history");
    }

    @Test
    void mixedOrShortHistoryIsInconclusiveAndTheFindingRestsOnTheAnswers() {
        ReportAnalysis mixed = bothCallKpisUnreasonable(history("0.60", "1.10", "0.90"));
        assertEquals(Verdict.INCONCLUSIVE, mixed.historyChecks().get(0).verdict());
        Finding finding = findings(mixed, FindingType.KPI_UNREASONABLE).get(0);
        assertEquals(Severity.HIGH, finding.severity(), "two sources say so");
        assertEquals(List.of(), finding.evidence().performanceRecordIds());
        assertEquals("本人、上级认为考核指标不合理或难以达成。", finding.summary("zh-CN"));

        assertEquals(Verdict.INCONCLUSIVE, bothCallKpisUnreasonable(history("0.10")).historyChecks().get(0).verdict(),
                "one period is not enough");
        assertEquals(Verdict.INCONCLUSIVE, bothCallKpisUnreasonable(List.of()).historyChecks().get(0).verdict());
        assertEquals(Verdict.CORROBORATED, bothCallKpisUnreasonable(history("0.10", "0.20")).historyChecks().get(0)
                .verdict(), "two periods, both low");

        ReportAnalysis selfOnly = ReportAnalyzer.analyze(Fixtures.input(List.of(),
                interview("S1", SELF).scale(REASONABLE, 2), interview("SUP1", SUPERVISOR).scale(REASONABLE, 4)));
        assertEquals(Severity.MEDIUM, findings(selfOnly, FindingType.KPI_UNREASONABLE).get(0).severity());
    }

    @Test
    void thresholdsAreStrictAndPeriodsAverageTheirKpis() {
        assertEquals(Verdict.INCONCLUSIVE, bothCallKpisUnreasonable(history("0.70", "0.70", "1.00")).historyChecks()
                .get(0).verdict(), "0.7 is not below 0.7, 1.0 not above 1.0");
        assertEquals(Verdict.CONTRADICTED, bothCallKpisUnreasonable(history("1.01", "1.00", "1.01")).historyChecks()
                .get(0).verdict());
        List<PerformanceRecord> records = List.of(kpi("a", "2026-H1", "0.50"), kpi("b", "2026-H1", "1.00"),
                kpi("c", "2025-H2", "0.60"), kpi("d", "2025-H1", "0.90"), kpi("e", "2025-H1", null));
        HistoryCheck check = bothCallKpisUnreasonable(records).historyChecks().get(0);
        assertEquals(List.of(new PeriodAttainment("2026-H1", new BigDecimal("0.75")),
                new PeriodAttainment("2025-H2", new BigDecimal("0.60")),
                new PeriodAttainment("2025-H1", new BigDecimal("0.90"))), check.periods());
        assertEquals(Verdict.INCONCLUSIVE, check.verdict());
        assertEquals(List.of("a", "b", "c", "d"), check.recordIds(), "a record without attainment says nothing");
    }

    @Test
    void periodsAfterTheCampaignAreNotConsulted() {
        List<PerformanceRecord> records = List.of(kpi("future1", "2026-Q1", "1.50"), kpi("future2", "2026-H1", "1.50"),
                kpi("p1", "2025-H2", "0.50"), kpi("p2", "2025-Q2", "0.50"), kpi("p3", "2025-01", "1.10"),
                kpi("old", "2024", "0.10"));
        AnalysisInput input = Fixtures.input(3, "2025-H2", records, Fixtures.build(
                interview("S1", SELF).choice(REACHABLE, "OUT_OF_REACH")));
        HistoryCheck check = ReportAnalyzer.analyze(input).historyChecks().get(0);
        assertEquals(Claim.KPI_TARGETS_UNREASONABLE, check.claim());
        assertEquals(REACHABLE, check.measure());
        assertEquals(Verdict.CORROBORATED, check.verdict());
        assertEquals(List.of("p1", "p2", "p3"), check.recordIds());
        assertEquals(List.of("2025-H2", "2025-Q2", "2025-01"), check.periods().stream()
                .map(PeriodAttainment::period).toList());
    }

    @Test
    void targetsCalledEasyAreCheckedTheOtherWayRound() {
        InterviewBuilder[] interviews = {interview("SUP1", SUPERVISOR).choice(REACHABLE, "EXCEEDED")};
        HistoryCheck low = ReportAnalyzer.analyze(Fixtures.input(history("0.50", "0.60"), interviews))
                .historyChecks().get(0);
        assertEquals(Claim.KPI_TARGETS_EASY, low.claim());
        assertEquals(Verdict.CONTRADICTED, low.verdict());
        assertEquals(List.of(SUPERVISOR), low.sources());
        assertEquals(Verdict.CORROBORATED, ReportAnalyzer.analyze(Fixtures.input(history("1.20", "1.30"),
                interview("SUP1", SUPERVISOR).choice(REACHABLE, "EXCEEDED"))).historyChecks().get(0).verdict());
        assertEquals(List.of(), ReportAnalyzer.analyze(Fixtures.input(history("1.20", "1.30"),
                interview("SUP1", SUPERVISOR).choice(REACHABLE, "MET"))).historyChecks(), "no claim, no check");
    }

    @Test
    void qualitativeIndicatorsCalledUnmeasuredAreCheckedForAssessedRecords() {
        InterviewBuilder[] claimant = {interview("S1", SELF).open(QUALITATIVE, "没有标准", Stance.NEGATIVE)};
        ReportAnalysis assessed = ReportAnalyzer.analyze(Fixtures.input(List.of(kpi("k1", "2026-H1", "1.0"),
                qualitative("q1", "2026-H1", "4")), claimant));
        assertEquals(Verdict.CONTRADICTED, assessed.historyChecks().get(0).verdict());
        assertEquals(List.of("q1"), assessed.historyChecks().get(0).recordIds());
        assertEquals(List.of(), findings(assessed, FindingType.QUALITATIVE_UNMEASURED));

        ReportAnalysis kpisOnly = ReportAnalyzer.analyze(Fixtures.input(List.of(kpi("k1", "2026-H1", "1.0"),
                qualitative("q1", "2026-H1", null)), interview("S1", SELF).open(QUALITATIVE, "没有标准",
                Stance.NEGATIVE)));
        assertEquals(Verdict.CORROBORATED, kpisOnly.historyChecks().get(0).verdict());
        Finding corroborated = findings(kpisOnly, FindingType.QUALITATIVE_UNMEASURED).get(0);
        assertEquals(Severity.HIGH, corroborated.severity());
        assertEquals(List.of("k1", "q1"), corroborated.evidence().performanceRecordIds());

        ReportAnalysis noHistory = ReportAnalyzer.analyze(Fixtures.input(List.of(),
                interview("S1", SELF).open(QUALITATIVE, "没有标准", Stance.NEGATIVE)));
        assertEquals(Verdict.INCONCLUSIVE, noHistory.historyChecks().get(0).verdict());
        Finding stanceOnly = findings(noHistory, FindingType.QUALITATIVE_UNMEASURED).get(0);
        assertEquals(Severity.LOW, stanceOnly.severity(), "one source's NEGATIVE stance alone");
        assertTrue(stanceOnly.evidence().performanceRecordIds().isEmpty());
        assertEquals(List.of("S1/" + QUALITATIVE), stanceOnly.evidence().answerIds());
    }
}
