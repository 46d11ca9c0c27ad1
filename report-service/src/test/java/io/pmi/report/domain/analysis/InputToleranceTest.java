package io.pmi.report.domain.analysis;

import io.pmi.report.domain.Audience;
import io.pmi.report.domain.Direction;
import io.pmi.report.domain.IndicatorKind;
import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;
import io.pmi.report.domain.analysis.AnalysisInput.Answer;
import io.pmi.report.domain.analysis.AnalysisInput.PerformanceRecord;
import io.pmi.report.domain.analysis.AnalysisInput.Question;
import io.pmi.report.domain.analysis.ReportAnalysis.Notice;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.pmi.report.domain.SourceRole.PEER;
import static io.pmi.report.domain.SourceRole.SELF;
import static io.pmi.report.domain.SourceRole.SUPERVISOR;
import static io.pmi.report.domain.analysis.Fixtures.interview;
import static io.pmi.report.domain.analysis.Fixtures.kpi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Redacted answers, unknown wire values, unusable answers, missing names and bad settings. */
class InputToleranceTest {

    private static final String TEAMWORK = "indicators.teamwork-rating";
    private static final String REASONABLE = "indicators.kpi-reasonableness";
    private static final String STYLE = "feedback.preferred-style";

    @Test
    void redactedAnswersContributeNothing() {
        AnalysisInput input = Fixtures.input(List.of(kpi("r1", "2026-H1", "0.5"), kpi("r2", "2025-H2", "0.5")),
                interview("S1", SELF).redacted(REASONABLE, 1).redactedOpen(STYLE, "erased words", Stance.NEGATIVE)
                        .emotion(REASONABLE, 5, false).scale(TEAMWORK, 4),
                interview("SUP1", SUPERVISOR).scale(REASONABLE, 4).scale(TEAMWORK, 4),
                interview("P1", PEER).scale(TEAMWORK, 4),
                interview("P2", PEER).scale(TEAMWORK, 4),
                interview("P3", PEER).redacted(TEAMWORK, 1));
        ReportAnalysis hr = ReportAnalyzer.analyze(input);
        String text = hr.toString();
        assertFalse(text.contains("S1/" + REASONABLE), "no claim, evidence or figure from the redacted answer");
        assertFalse(text.contains("erased words"));
        assertFalse(text.contains("P3/"), "a peer whose only answer is redacted is no respondent");
        assertEquals(List.of(), hr.historyChecks());
        assertEquals(List.of(), hr.findings());
        assertEquals(List.of(SUPERVISOR), ScenarioTest.roles(ScenarioTest.measure(hr, REASONABLE)));
        ReportAnalysis.Source peers = ScenarioTest.measure(hr, TEAMWORK).sources().get(2);
        assertEquals(2, peers.respondents());
        assertTrue(peers.belowThreshold(), "with the redacted answer gone, two peers are below k");
        assertEquals(List.of("S1", "SUP1", "P1", "P2", "P3"),
                hr.inputs().stream().map(ReportAnalysis.InputInterview::id).toList());
        assertEquals(List.of("S1", "SUP1"), hr.forAudience(Audience.MANAGER).inputs().stream()
                .map(ReportAnalysis.InputInterview::id).toList());
    }

    @Test
    void unknownWireValuesAreReadAsUnknownAndLeftOut() {
        assertEquals(SourceRole.UNKNOWN, SourceRole.parse("MENTOR"));
        assertEquals(SourceRole.UNKNOWN, SourceRole.parse(null));
        assertEquals(SourceRole.PEER, SourceRole.parse("PEER"));
        assertEquals(QuestionType.UNKNOWN, QuestionType.parse("RANKING"));
        assertEquals(QuestionType.SCALE, QuestionType.parse("SCALE"));
        assertNull(Stance.parse("MIXED"));
        assertNull(Stance.parse(""));
        assertEquals(Stance.NEGATIVE, Stance.parse("NEGATIVE"));
        assertEquals(IndicatorKind.UNKNOWN, IndicatorKind.parse("OKR"));
        assertEquals(Direction.UNKNOWN, Direction.parse("SIDEWAYS"));

        Question ranking = new Question("custom.ranking", "FEEDBACK", "ACCEPTANCE", null, QuestionType.parse("RANKING"),
                List.of("A", "B"), null, true);
        PerformanceRecord okr = new PerformanceRecord("okr1", "2026-H1", null, "OKR", IndicatorKind.parse("OKR"),
                BigDecimal.ONE, BigDecimal.ONE, Direction.parse("SIDEWAYS"), new BigDecimal("0.1"));
        AnalysisInput input = Fixtures.input(List.of(okr, kpi("r1", "2026-H1", "1.0")),
                interview("S1", SELF).scale(REASONABLE, 1, null, Stance.parse("MIXED"))
                        .question(ranking)
                        .rawAnswer(new Answer("S1/custom.ranking", "custom.ranking", null, null, List.of("A"), null,
                                Stance.NEGATIVE, List.of(), false, false)),
                interview("M1", SourceRole.parse("MENTOR")).scale(REASONABLE, 5).open(STYLE, "mentor words",
                        Stance.NEGATIVE));
        ReportAnalysis hr = ReportAnalyzer.analyze(input);
        assertEquals(List.of(new Notice(NoticeCode.UNKNOWN_SOURCE_ROLE, "M1"),
                new Notice(NoticeCode.UNKNOWN_QUESTION_TYPE, "custom.ranking")), hr.notices());
        assertEquals(List.of("S1"), hr.inputs().stream().map(ReportAnalysis.InputInterview::id).toList());
        assertFalse(hr.toString().contains("mentor words"));
        assertFalse(hr.toString().contains("custom.ranking/"));
        assertEquals("{POSITIVE=0, NEUTRAL=0, NEGATIVE=0}",
                ScenarioTest.measure(hr, REASONABLE).sources().get(0).stances().toString());
        ReportAnalysis.HistoryCheck check = hr.historyChecks().get(0);
        assertEquals(Verdict.INCONCLUSIVE, check.verdict(), "one KPI period; the OKR record is no KPI");
        assertEquals(List.of("r1"), check.recordIds());
        assertEquals(List.of(new Notice(NoticeCode.UNKNOWN_QUESTION_TYPE, "custom.ranking")),
                hr.forAudience(Audience.MANAGER).notices(), "managers are not told about interview ids");
    }

    @Test
    void answersWithoutAUsableValueAreNotCounted() {
        AnalysisInput input = Fixtures.input(List.of(),
                interview("S1", SELF).answer(TEAMWORK, null, 9, List.of(), "out of range", Stance.NEGATIVE, false)
                        .answer("feedback.frequency", null, null, List.of("DAILY"), "not an option", null, false)
                        .answer(STYLE, "  ", null, List.of(), "blank text", Stance.NEGATIVE, false)
                        .scale(REASONABLE, 3));
        ReportAnalysis hr = ReportAnalyzer.analyze(input);
        assertEquals(List.of(REASONABLE), hr.dimensions().stream().flatMap(d -> d.topics().stream())
                .flatMap(t -> t.measures().stream()).map(ReportAnalysis.Measure::measure).toList());
        assertFalse(hr.toString().contains("out of range"));
    }

    @Test
    void conflictingDefinitionsOfAMeasureKeepTheMostCommon() {
        Question sevenPoints = new Question(TEAMWORK, "INDICATORS", "QUALITATIVE", TEAMWORK, QuestionType.SCALE,
                List.of(), new AnalysisInput.Scale(1, 7), false);
        AnalysisInput input = Fixtures.input(List.of(),
                interview("S1", SELF).scale(TEAMWORK, 4),
                interview("SUP1", SUPERVISOR).scale(TEAMWORK, 4),
                interview("SUP2", SUPERVISOR).question(sevenPoints).rawAnswer(new Answer("SUP2/x", TEAMWORK, null, 7,
                        List.of(), null, null, List.of(), false, false)));
        ReportAnalysis hr = ReportAnalyzer.analyze(input);
        assertEquals(List.of(new Notice(NoticeCode.MEASURE_DEFINITION_CONFLICT, TEAMWORK)), hr.notices());
        ReportAnalysis.Measure teamwork = ScenarioTest.measure(hr, TEAMWORK);
        assertEquals(new AnalysisInput.Scale(1, 5), teamwork.scale());
        assertEquals(1, teamwork.sources().get(1).respondents(), "the 7-point answer is left out");
    }

    @Test
    void missingDisplayNamesShowTheCodeAndSaySo() {
        AnalysisInput input = new AnalysisInput(new AnalysisInput.Campaign(3, null, "2026"),
                new AnalysisInput.Subject("E1", null, null),
                List.of(interview("S1", SELF).scale(TEAMWORK, 4).build()),
                new AnalysisInput.DisplayNames(Map.of("INDICATORS", Map.of("zh-CN", "考核指标")), null));
        ReportAnalysis hr = ReportAnalyzer.analyze(input);
        assertEquals(Map.of("zh-CN", "考核指标", "en", "INDICATORS"), hr.dimensions().get(0).names());
        assertEquals(Map.of("zh-CN", "QUALITATIVE", "en", "QUALITATIVE"), hr.dimensions().get(0).topics().get(0).names());
        assertEquals(List.of(new Notice(NoticeCode.DISPLAY_NAME_MISSING, "INDICATORS"),
                new Notice(NoticeCode.DISPLAY_NAME_MISSING, "QUALITATIVE")), hr.notices());
    }

    @Test
    void badSettingsAndDuplicatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new AnalysisInput.Campaign(1, null, "2026"));
        assertThrows(IllegalArgumentException.class, () -> new AnalysisInput.Campaign(3, 0.0, "2026"));
        assertThrows(IllegalArgumentException.class, () -> new AnalysisInput.Campaign(3, Double.NaN, "2026"));
        assertThrows(IllegalArgumentException.class, () -> Fixtures.input(List.of(),
                interview("S1", SELF).scale(TEAMWORK, 4), interview("S1", SELF).scale(TEAMWORK, 3)));
        assertThrows(IllegalArgumentException.class, () -> new ReportAnalysis.Finding(FindingType.FEEDBACK_GAP,
                Severity.LOW, "FEEDBACK", Map.of(), new ReportAnalysis.Evidence(List.of(), List.of(),
                List.of("feedback.frequency"), List.of()), Map.of()), "a finding without evidence is a defect");
    }
}
