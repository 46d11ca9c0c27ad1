package io.pmi.report.domain.analysis;

import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;
import io.pmi.report.domain.analysis.Fixtures.InterviewBuilder;
import io.pmi.report.domain.analysis.ReportAnalysis.Gap;
import io.pmi.report.domain.analysis.ReportAnalysis.Source;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static io.pmi.report.domain.SourceRole.PEER;
import static io.pmi.report.domain.SourceRole.SELF;
import static io.pmi.report.domain.SourceRole.SUPERVISOR;
import static io.pmi.report.domain.analysis.Fixtures.interview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Rounding, spread, agreement, and the edges of "large difference". */
class FiguresTest {

    private static final String TEAMWORK = "indicators.teamwork-rating";
    private static final String FREQUENCY = "feedback.frequency";
    private static final String REACHABLE = "indicators.kpi-reachability";
    private static final String STYLE = "feedback.preferred-style";
    private static final String NEEDS = "difficulties.training-needs";

    private static ReportAnalysis analyze(InterviewBuilder... interviews) {
        return ReportAnalyzer.analyze(Fixtures.input(List.of(), interviews));
    }

    private static InterviewBuilder[] peers(String measure, int... ratings) {
        List<InterviewBuilder> built = new ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            built.add(interview("P" + (i + 1), PEER).scale(measure, ratings[i]));
        }
        return built.toArray(InterviewBuilder[]::new);
    }

    private static InterviewBuilder[] with(InterviewBuilder first, InterviewBuilder... rest) {
        List<InterviewBuilder> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(InterviewBuilder[]::new);
    }

    @Test
    void meansRoundHalfEvenToTwoPlaces() {
        // 17 / 8 = 2.125: half even gives 2.12 (half up would give 2.13)
        ReportAnalysis report = analyze(peers(TEAMWORK, 1, 2, 2, 2, 2, 3, 3, 2));
        Source source = ScenarioTest.measure(report, TEAMWORK).sources().get(0);
        assertEquals(new BigDecimal("2.12"), source.mean());
        // squared deviations 1.265625 + 5 · 0.015625 + 2 · 0.765625 = 2.875; variance 2.875 / 8; σ = 0.5995
        assertEquals(new BigDecimal("0.60"), source.spread());
        assertEquals(new BigDecimal("0.82"), ScenarioTest.measure(analyze(peers(TEAMWORK, 1, 2, 3)), TEAMWORK)
                .sources().get(0).spread(), "σ of 1, 2, 3 is √(2/3)");
    }

    @Test
    void agreementNeedsTwoRatingsAndFailsBeyondTheCutoff() {
        assertNull(ScenarioTest.measure(analyze(interview("S1", SELF).scale(TEAMWORK, 3)), TEAMWORK).agreement());
        ReportAnalysis.Agreement apart = ScenarioTest.measure(analyze(interview("S1", SELF).scale(TEAMWORK, 1),
                interview("SUP1", SUPERVISOR).scale(TEAMWORK, 5)), TEAMWORK).agreement();
        assertEquals(new ReportAnalysis.Agreement("AD_M", new BigDecimal("2.00"), new BigDecimal("0.83"), 2, false),
                apart);
    }

    @Test
    void aDifferenceOfExactlyAThirdOfTheRangeIsNotLarge() {
        // peers 4, 4, 3: mean 11/3, exactly 4/3 below the self's 5
        ReportAnalysis edge = analyze(with(interview("S1", SELF).scale(TEAMWORK, 5), peers(TEAMWORK, 4, 4, 3)));
        assertEquals(List.of(), edge.gaps());
        assertEquals(List.of(), edge.contradictions());
        // peers 4, 3, 3: mean 10/3, 5/3 below
        ReportAnalysis beyond = analyze(with(interview("S1", SELF).scale(TEAMWORK, 5), peers(TEAMWORK, 4, 3, 3)));
        assertEquals(List.of(new Gap(TEAMWORK, "INDICATORS", GapKind.BLIND_SPOT, new BigDecimal("5.00"),
                new BigDecimal("3.33"), new BigDecimal("1.67"), new BigDecimal("1.33"), List.of(PEER))),
                beyond.gaps());
        assertEquals(ContradictionKind.SCALE_MEANS, beyond.contradictions().get(0).kind());
    }

    @Test
    void aLowerSelfRatingIsAHiddenStrength() {
        ReportAnalysis report = analyze(interview("S1", SELF).scale(TEAMWORK, 1),
                interview("SUP1", SUPERVISOR).scale(TEAMWORK, 4));
        Gap gap = report.gaps().get(0);
        assertEquals(GapKind.HIDDEN_STRENGTH, gap.kind());
        assertEquals(new BigDecimal("-3.00"), gap.gap());
        ReportAnalysis.Finding finding = report.findings().stream()
                .filter(f -> f.type() == FindingType.PERCEPTION_GAP).findFirst().orElseThrow();
        assertEquals(Severity.HIGH, finding.severity(), "3 is at least twice the threshold of 4/3");
        assertEquals("在「indicators.teamwork-rating」上,本人自评(1.00)比他评(4.00)低3.00,存在被低估的优势。",
                finding.summary("zh-CN"));
    }

    @Test
    void theCampaignsGapThresholdReplacesTheDefault() {
        AnalysisInput input = new AnalysisInput(new AnalysisInput.Campaign(3, 1.5, "2026"),
                new AnalysisInput.Subject("E1", null, List.of()), Fixtures.build(
                interview("S1", SELF).scale(TEAMWORK, 5), interview("SUP1", SUPERVISOR).scale(TEAMWORK, 3),
                interview("SUP2", SUPERVISOR).scale(TEAMWORK, 4)), Fixtures.NAMES);
        ReportAnalysis report = ReportAnalyzer.analyze(input);
        assertEquals(List.of(), report.gaps(), "1.5 is not beyond 1.5");
        assertEquals(List.of(), report.contradictions());
        AnalysisInput wider = new AnalysisInput(input.campaign(), input.subject(), Fixtures.build(
                interview("S1", SELF).scale(TEAMWORK, 5), interview("SUP1", SUPERVISOR).scale(TEAMWORK, 3)),
                Fixtures.NAMES);
        assertEquals(new BigDecimal("1.50"), ReportAnalyzer.analyze(wider).gaps().get(0).threshold());
    }

    @Test
    void modalChoicesMustBeAThirdOfTheOptionRangeApart() {
        assertEquals(List.of(), analyze(interview("S1", SELF).choice(FREQUENCY, "WEEKLY"),
                interview("SUP1", SUPERVISOR).choice(FREQUENCY, "MONTHLY")).contradictions(), "1 of 4 apart");
        assertEquals(new BigDecimal("2"), analyze(interview("S1", SELF).choice(FREQUENCY, "WEEKLY"),
                interview("SUP1", SUPERVISOR).choice(FREQUENCY, "QUARTERLY")).contradictions().get(0).difference());
        assertEquals(1, analyze(interview("S1", SELF).choice(REACHABLE, "EXCEEDED"),
                interview("SUP1", SUPERVISOR).choice(REACHABLE, "MET")).contradictions().size(), "1 of 3 apart");
        ReportAnalysis.Contradiction peers = analyze(interview("S1", SELF).choice(FREQUENCY, "WEEKLY"),
                interview("P1", PEER).choice(FREQUENCY, "WEEKLY"), interview("P2", PEER).choice(FREQUENCY, "RARELY"),
                interview("P3", PEER).choice(FREQUENCY, "RARELY")).contradictions().get(0);
        assertEquals(List.of(SELF, PEER), peers.sources());
        assertEquals("{SELF=WEEKLY, PEER=RARELY}", peers.values().toString(), "the peers' mode");
        assertEquals(List.of("P2/" + FREQUENCY, "P3/" + FREQUENCY, "S1/" + FREQUENCY), peers.evidence().answerIds());
    }

    @Test
    void aTiedModeIsNoMode() {
        ReportAnalysis report = analyze(interview("S1", SELF).choice(FREQUENCY, "WEEKLY"),
                interview("P1", PEER).choice(FREQUENCY, "WEEKLY"), interview("P2", PEER).choice(FREQUENCY, "RARELY"),
                interview("P3", PEER).choice(FREQUENCY, "WEEKLY"), interview("P4", PEER).choice(FREQUENCY, "RARELY"));
        assertEquals(List.of(), report.contradictions());
        assertEquals(List.of(), report.findings(), "no modal RARELY among the peers");
    }

    @Test
    void aMajorityStanceIsMoreThanHalf() {
        ReportAnalysis split = analyze(interview("S1", SELF).open(STYLE, "好", Stance.POSITIVE),
                interview("P1", PEER).open(STYLE, "a", Stance.NEGATIVE),
                interview("P2", PEER).open(STYLE, "b", Stance.NEGATIVE),
                interview("P3", PEER).open(STYLE, "c", Stance.POSITIVE),
                interview("P4", PEER).open(STYLE, "d", Stance.POSITIVE));
        assertEquals(List.of(), split.contradictions());
        assertEquals(List.of(), split.findings());
    }

    @Test
    void multipleChoicesCountEachRespondentOncePerOption() {
        ReportAnalysis report = analyze(interview("S1", SELF).choice(NEEDS, "SALES", "TOOLS", "SALES"),
                interview("SUP1", SUPERVISOR).choice(NEEDS, "TOOLS"));
        List<Source> sources = ScenarioTest.measure(report, NEEDS).sources();
        assertEquals("{PRODUCT=0, SALES=1, TOOLS=1, MANAGEMENT=0, COMMUNICATION=0}",
                sources.get(0).distribution().toString());
        assertEquals(List.of(SourceRole.SELF, SourceRole.SUPERVISOR), ScenarioTest.roles(ScenarioTest.measure(report,
                NEEDS)));
        assertEquals(List.of(), report.contradictions());
    }
}
