package io.pmi.report.domain.analysis;

import io.pmi.report.domain.Audience;
import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;
import io.pmi.report.domain.analysis.AnalysisInput.Interview;
import io.pmi.report.domain.analysis.ReportAnalysis.Contradiction;
import io.pmi.report.domain.analysis.ReportAnalysis.Finding;
import io.pmi.report.domain.analysis.ReportAnalysis.Gap;
import io.pmi.report.domain.analysis.ReportAnalysis.HistoryCheck;
import io.pmi.report.domain.analysis.ReportAnalysis.Measure;
import io.pmi.report.domain.analysis.ReportAnalysis.PeriodAttainment;
import io.pmi.report.domain.analysis.ReportAnalysis.Source;
import io.pmi.report.domain.analysis.ReportAnalysis.Suppression;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.pmi.report.domain.SourceRole.PEER;
import static io.pmi.report.domain.SourceRole.SELF;
import static io.pmi.report.domain.SourceRole.SUBORDINATE;
import static io.pmi.report.domain.SourceRole.SUPERVISOR;
import static io.pmi.report.domain.analysis.Fixtures.interview;
import static io.pmi.report.domain.analysis.Fixtures.kpi;
import static io.pmi.report.domain.analysis.Fixtures.qualitative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A subject heard from all four sources (k = 3: three peers pass, two subordinates do not) with three periods of
 * KPI history below target: every part of the report, with figures worked out by hand.
 */
class ScenarioTest {

    static final String TEAMWORK = "indicators.teamwork-rating";
    static final String REASONABLE = "indicators.kpi-reasonableness";
    static final String REACHABLE = "indicators.kpi-reachability";
    static final String QUALITATIVE = "indicators.qualitative-measurement";
    static final String FREQUENCY = "feedback.frequency";
    static final String STYLE = "feedback.preferred-style";
    static final String CROSS_DEPT = "collaboration.cross-dept-smoothness";
    static final String RECOGNITION = "incentives.recognition";

    static AnalysisInput scenario() {
        return Fixtures.input(List.of(
                        kpi("r1", "2026-H1", "0.60"), kpi("r2", "2026-H1", "0.70"),
                        kpi("r3", "2025-H2", "0.68"), kpi("r4", "2025-H1", "0.95"),
                        kpi("r5", "2024-H2", "0.50"), kpi("r6", "2026-H2", "1.20"),
                        qualitative("r7", "2026-H1", null)),
                interview("S1", SELF)
                        .scale(TEAMWORK, 5)
                        .scale(REASONABLE, 2, "目标定得太高了", Stance.NEGATIVE)
                        .choice(REACHABLE, "OUT_OF_REACH")
                        .choice(FREQUENCY, "RARELY")
                        .open(STYLE, "希望直接指出问题", Stance.POSITIVE)
                        .open(QUALITATIVE, "团队合作没有具体的考核标准", Stance.NEGATIVE)
                        .scale(CROSS_DEPT, 4)
                        .emotion(REASONABLE, 5, false),
                interview("SUP1", SUPERVISOR)
                        .scale(TEAMWORK, 3)
                        .scale(REASONABLE, 3)
                        .choice(REACHABLE, "MET")
                        .choice(FREQUENCY, "WEEKLY")
                        .open(STYLE, "他能接受直接的反馈", Stance.NEUTRAL)
                        .open(QUALITATIVE, "看平时表现", Stance.NEUTRAL)
                        .scale(CROSS_DEPT, 4)
                        .emotion(REACHABLE, 4, true),
                interview("P1", PEER).scale(TEAMWORK, 2).open(STYLE, "他不太愿意听批评", Stance.NEGATIVE)
                        .scale(CROSS_DEPT, 4).emotion(TEAMWORK, 4, true).emotion(CROSS_DEPT, 3, false),
                interview("P2", PEER).scale(TEAMWORK, 3).open(STYLE, "一说问题就不高兴", Stance.NEGATIVE)
                        .scale(CROSS_DEPT, 4),
                interview("P3", PEER).scale(TEAMWORK, 2).open(STYLE, "还可以", Stance.NEUTRAL).scale(CROSS_DEPT, 5),
                interview("SUB1", SUBORDINATE).scale(TEAMWORK, 1).open(RECOGNITION, "他从来不表扬人", Stance.NEGATIVE)
                        .emotion(TEAMWORK, 5, false).completedAt("2026-07-02T09:30:00Z"),
                interview("SUB2", SUBORDINATE).scale(TEAMWORK, 2).open(RECOGNITION, "很少得到认可", Stance.NEGATIVE));
    }

    private final AnalysisInput input = scenario();
    private final ReportAnalysis hr = ReportAnalyzer.analyze(input);
    private final ReportAnalysis manager = hr.forAudience(Audience.MANAGER);

    @Test
    void inputsListEveryInterviewForHrAndOnlyThoseOfPassingGroupsForManagers() {
        assertEquals(List.of("S1", "SUP1", "P1", "P2", "P3", "SUB1", "SUB2"),
                hr.inputs().stream().map(ReportAnalysis.InputInterview::id).toList());
        assertEquals(new ReportAnalysis.InputInterview("SUB1", 3, SUBORDINATE, Instant.parse("2026-07-02T09:30:00Z"),
                true), hr.inputs().get(5));
        assertFalse(hr.inputs().get(2).belowThreshold());
        assertEquals(List.of("S1", "SUP1", "P1", "P2", "P3"),
                manager.inputs().stream().map(ReportAnalysis.InputInterview::id).toList());
        assertTrue(manager.inputs().stream().allMatch(i -> i.completedAt() == null && !i.belowThreshold()));
        assertEquals(new ReportAnalysis.InputInterview("P1", 3, PEER, null, false), manager.inputs().get(2));
    }

    @Test
    void figuresPerSource() {
        Measure teamwork = measure(hr, TEAMWORK);
        assertEquals(QuestionType.SCALE, teamwork.type());
        assertEquals(List.of(SELF, SUPERVISOR, PEER, SUBORDINATE), roles(teamwork));
        Source peers = teamwork.sources().get(2);
        assertEquals(3, peers.respondents());
        assertEquals(new BigDecimal("2.33"), peers.mean());
        assertEquals(new BigDecimal("0.47"), peers.spread(), "population standard deviation of 2, 3, 2");
        assertNull(peers.distribution());
        Source subordinates = teamwork.sources().get(3);
        assertTrue(subordinates.belowThreshold());
        assertEquals(new BigDecimal("1.50"), subordinates.mean());
        assertEquals(new BigDecimal("0.00"), teamwork.sources().get(0).spread());
        // AD_M over 5, 3, 2, 3, 2 (mean 3): (2 + 0 + 1 + 0 + 1) / 5 = 0.8, within 5/6; the subordinates not counted
        assertEquals(new ReportAnalysis.Agreement("AD_M", new BigDecimal("0.80"), new BigDecimal("0.83"), 5, true),
                teamwork.agreement());

        Measure frequency = measure(hr, FREQUENCY);
        assertEquals("{WEEKLY=0, MONTHLY=0, QUARTERLY=0, HALF_YEARLY=0, RARELY=1}",
                frequency.sources().get(0).distribution().toString());
        assertNull(frequency.agreement());
        assertNull(frequency.scale());

        Source peerStyle = measure(hr, STYLE).sources().get(2);
        assertEquals("{POSITIVE=0, NEUTRAL=1, NEGATIVE=2}", peerStyle.stances().toString());
        assertEquals(List.of("P1/feedback.preferred-style", "P2/feedback.preferred-style",
                "P3/feedback.preferred-style"), peerStyle.quotes().stream().map(ReportAnalysis.Quote::answerId).toList());
        assertEquals(new ReportAnalysis.Quote("P1/feedback.preferred-style", "他不太愿意听批评", Stance.NEGATIVE,
                List.of("tag-a", "tag-b"), false), peerStyle.quotes().get(0));

        Source selfReasonable = measure(hr, REASONABLE).sources().get(0);
        assertEquals(List.of("目标定得太高了"), selfReasonable.quotes().stream().map(ReportAnalysis.Quote::text).toList(),
                "a scale answer's comment is a quote");
        assertEquals(List.of("INDICATORS", "FEEDBACK", "INCENTIVES", "COLLABORATION"),
                hr.dimensions().stream().map(ReportAnalysis.Dimension::dimension).toList());
        assertEquals(List.of("KPI_DESIGN", "QUALITATIVE"),
                hr.dimensions().get(0).topics().stream().map(ReportAnalysis.Topic::topic).toList());
        assertEquals(Map.of("zh-CN", "考核指标", "en", "Indicators"), hr.dimensions().get(0).names());
        assertEquals(List.of(), hr.notices());
    }

    @Test
    void theBlindSpotComparesSelfWithPassingSourcesOnly() {
        // others = mean(supervisor 3, peers 7/3) = 8/3; the subordinates (1.5) would have pulled it to 2.28
        assertEquals(List.of(new Gap(TEAMWORK, "INDICATORS", GapKind.BLIND_SPOT, new BigDecimal("5.00"),
                new BigDecimal("2.67"), new BigDecimal("2.33"), new BigDecimal("1.33"), List.of(SUPERVISOR, PEER))),
                hr.gaps());
        assertEquals(hr.gaps(), manager.gaps());
    }

    @Test
    void contradictionsAreLargeDifferencesOnly() {
        List<String> found = hr.contradictions().stream()
                .map(c -> c.measure() + " " + c.sources() + " " + c.kind() + " " + c.values().values() + " "
                        + c.difference())
                .toList();
        assertEquals(List.of(
                "feedback.frequency [SELF, SUPERVISOR] MODAL_CHOICES [RARELY, WEEKLY] 4",
                "feedback.preferred-style [SELF, PEER] MAJORITY_STANCES [POSITIVE, NEGATIVE] null",
                "indicators.kpi-reachability [SELF, SUPERVISOR] MODAL_CHOICES [OUT_OF_REACH, MET] 2",
                "indicators.teamwork-rating [SELF, SUPERVISOR] SCALE_MEANS [5.00, 3.00] 2.00",
                "indicators.teamwork-rating [SELF, PEER] SCALE_MEANS [5.00, 2.33] 2.67"), found);
        Contradiction style = hr.contradictions().get(1);
        assertEquals(List.of("P1/feedback.preferred-style", "P2/feedback.preferred-style",
                "S1/feedback.preferred-style"), style.evidence().answerIds());
        assertEquals(hr.contradictions(), manager.contradictions());
    }

    @Test
    void claimsAreCheckedAgainstTheLastThreePeriods() {
        List<PeriodAttainment> periods = List.of(new PeriodAttainment("2026-H1", new BigDecimal("0.65")),
                new PeriodAttainment("2025-H2", new BigDecimal("0.68")),
                new PeriodAttainment("2025-H1", new BigDecimal("0.95")));
        List<String> kpiRecords = List.of("r1", "r2", "r3", "r4");
        assertEquals(List.of(
                new HistoryCheck(REACHABLE, Claim.KPI_TARGETS_UNREASONABLE, Verdict.CORROBORATED, List.of(SELF),
                        List.of("S1/" + REACHABLE), kpiRecords, periods),
                new HistoryCheck(REASONABLE, Claim.KPI_TARGETS_UNREASONABLE, Verdict.CORROBORATED, List.of(SELF),
                        List.of("S1/" + REASONABLE), kpiRecords, periods),
                new HistoryCheck(QUALITATIVE, Claim.QUALITATIVE_NOT_MEASURED, Verdict.CORROBORATED, List.of(SELF),
                        List.of("S1/" + QUALITATIVE), List.of("r1", "r2", "r3", "r4", "r7"),
                        List.of(new PeriodAttainment("2026-H1", null), new PeriodAttainment("2025-H2", null),
                                new PeriodAttainment("2025-H1", null)))),
                hr.historyChecks());
        assertEquals(hr.historyChecks(), manager.historyChecks());
    }

    @Test
    void findingsFollowTheCatalogueWithEvidence() {
        assertEquals(List.of(
                        "HIGH INDICATORS KPI_UNREASONABLE",
                        "HIGH INDICATORS QUALITATIVE_UNMEASURED",
                        "HIGH INDICATORS SENSITIVE_TOPIC",
                        "MEDIUM INDICATORS PERCEPTION_GAP",
                        "MEDIUM FEEDBACK FEEDBACK_GAP",
                        "MEDIUM FEEDBACK FEEDBACK_STYLE_MISMATCH"),
                hr.findings().stream().map(f -> f.severity() + " " + f.dimension() + " " + f.type()).toList());

        Finding kpi = hr.findings().get(0);
        assertEquals(List.of("S1/" + REACHABLE, "S1/" + REASONABLE), kpi.evidence().answerIds());
        assertEquals(List.of("r1", "r2", "r3", "r4"), kpi.evidence().performanceRecordIds());
        assertEquals(List.of(REACHABLE, REASONABLE), kpi.evidence().measures());
        assertEquals("本人认为考核指标不合理或难以达成。过往绩效数据印证了这一点。", kpi.summary("zh-CN"));
        assertEquals("According to the employee, the KPIs are unreasonable or out of reach. Past performance data "
                + "bears this out.", kpi.summary("en"));
        assertEquals(List.of("zh-CN", "en"), List.copyOf(kpi.recommendation().keySet()));

        Finding sensitive = hr.findings().get(2);
        assertEquals(List.of("P1/" + TEAMWORK, "S1/" + REASONABLE, "SUP1/" + REACHABLE),
                sensitive.evidence().answerIds(), "the subordinate's emotion is in a group below k");
        assertEquals(List.of("P1/emotion/" + TEAMWORK, "S1/emotion/" + REASONABLE, "SUP1/emotion/" + REACHABLE),
                sensitive.evidence().emotionIds());
        assertEquals("3次访谈在「考核指标」维度上出现强烈情绪(强度4以上)。其中有情绪未被访谈者回应。", sensitive.summary("zh"));

        Finding gap = hr.findings().get(3);
        assertEquals(List.of("P1/" + TEAMWORK, "P2/" + TEAMWORK, "P3/" + TEAMWORK, "S1/" + TEAMWORK,
                "SUP1/" + TEAMWORK), gap.evidence().answerIds());
        assertEquals("On indicators.teamwork-rating, the self-rating (5.00) is 2.33 above the others' (2.67): a "
                + "blind spot.", gap.summary("en-GB"));

        Finding feedbackGap = hr.findings().get(4);
        assertEquals(List.of("S1/" + FREQUENCY, "SUP1/" + FREQUENCY), feedbackGap.evidence().answerIds());
        assertEquals(List.of(FREQUENCY), feedbackGap.evidence().measures());

        Finding style = hr.findings().get(5);
        assertEquals(List.of("P1/" + STYLE, "P2/" + STYLE, "S1/" + STYLE), style.evidence().answerIds());

        assertEquals(hr.findings(), manager.findings());
    }

    @Test
    void everyEvidenceIdExistsInTheInput() {
        Set<String> answerIds = input.interviews().stream().flatMap(i -> i.answers().stream())
                .map(AnalysisInput.Answer::id).collect(Collectors.toSet());
        Set<String> emotionIds = input.interviews().stream().flatMap(i -> i.emotions().stream())
                .map(AnalysisInput.EmotionNote::id).collect(Collectors.toSet());
        Set<String> recordIds = input.subject().performanceRecords().stream()
                .map(AnalysisInput.PerformanceRecord::id).collect(Collectors.toSet());
        Set<String> measures = new HashSet<>();
        input.interviews().forEach(i -> i.questions().forEach(q -> measures.add(q.measureKey())));
        for (Finding finding : hr.findings()) {
            assertFalse(finding.evidence().answerIds().isEmpty(), finding.type().name());
            assertTrue(answerIds.containsAll(finding.evidence().answerIds()), finding.type().name());
            assertTrue(recordIds.containsAll(finding.evidence().performanceRecordIds()), finding.type().name());
            assertTrue(emotionIds.containsAll(finding.evidence().emotionIds()), finding.type().name());
            assertTrue(measures.containsAll(finding.evidence().measures()), finding.type().name());
            assertFalse(finding.summary("zh-CN").isBlank());
            assertFalse(finding.recommendation("en").isBlank());
        }
        for (Contradiction contradiction : hr.contradictions()) {
            assertTrue(answerIds.containsAll(contradiction.evidence().answerIds()));
        }
        for (HistoryCheck check : hr.historyChecks()) {
            assertTrue(answerIds.containsAll(check.answerIds()));
            assertTrue(recordIds.containsAll(check.recordIds()));
        }
    }

    @Test
    void suppressionsNameTheGroupButNotItsSize() {
        List<Suppression> hrSuppressed = List.of(
                new Suppression(RECOGNITION, "measure", SUBORDINATE, SuppressionReason.BELOW_ANONYMITY_THRESHOLD),
                new Suppression(TEAMWORK, "measure", SUBORDINATE, SuppressionReason.BELOW_ANONYMITY_THRESHOLD));
        assertEquals(hrSuppressed, hr.suppressed());
        assertEquals(List.of(hrSuppressed.get(0), hrSuppressed.get(1),
                new Suppression(null, "inputs", SUBORDINATE, SuppressionReason.BELOW_ANONYMITY_THRESHOLD),
                new Suppression(null, "quotes", SELF, SuppressionReason.SINGLE_SOURCE_QUOTES),
                new Suppression(null, "quotes", SUPERVISOR, SuppressionReason.SINGLE_SOURCE_QUOTES)),
                manager.suppressed());
    }

    @Test
    void managersSeeNothingOfTheSubordinatesNorVerbatimSelfOrSupervisorWords() {
        String text = manager.toString();
        for (Interview interview : input.interviews()) {
            boolean withheld = interview.sourceRole() == SUBORDINATE;
            for (AnalysisInput.Answer answer : interview.answers()) {
                String quote = answer.text() != null ? answer.text() : answer.comment();
                if (withheld || !interview.sourceRole().needsAnonymity()) {
                    if (quote != null) {
                        assertFalse(text.contains(quote), quote);
                    }
                }
                if (withheld) {
                    assertFalse(text.contains(answer.id()), answer.id());
                }
            }
            if (withheld) {
                assertFalse(text.contains("=" + interview.id() + ","), interview.id());
            }
        }
        assertFalse(text.contains("completedAt=2026"));
        assertFalse(text.contains("SUBORDINATE, respondents"));
        assertTrue(text.contains("他不太愿意听批评"), "quotes of a passing peer group are shown");

        Measure teamwork = measure(manager, TEAMWORK);
        assertEquals(List.of(SELF, SUPERVISOR, PEER), roles(teamwork));
        assertEquals(measure(hr, TEAMWORK).agreement(), teamwork.agreement());
        assertEquals(List.of(), teamwork.sources().get(0).quotes());
        assertEquals(new BigDecimal("5.00"), teamwork.sources().get(0).mean(), "self figures stay");
        assertEquals(measure(hr, REASONABLE).sources().get(0).stances(),
                measure(manager, REASONABLE).sources().get(0).stances());
        assertTrue(manager.dimensions().stream().noneMatch(d -> d.dimension().equals("INCENTIVES")),
                "a measure only the subordinates answered disappears");

        String hrText = hr.toString();
        assertTrue(hrText.contains("他从来不表扬人"), "HR reads every quote");
        assertTrue(hrText.contains("目标定得太高了"));
    }

    static Measure measure(ReportAnalysis analysis, String key) {
        return analysis.dimensions().stream().flatMap(d -> d.topics().stream()).flatMap(t -> t.measures().stream())
                .filter(m -> m.measure().equals(key)).findFirst().orElseThrow();
    }

    static List<SourceRole> roles(Measure measure) {
        return measure.sources().stream().map(Source::role).toList();
    }
}
