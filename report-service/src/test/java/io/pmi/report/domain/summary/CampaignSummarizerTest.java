package io.pmi.report.domain.summary;

import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.analysis.AnalysisInput;
import io.pmi.report.domain.analysis.FindingType;
import io.pmi.report.domain.analysis.Fixtures;
import io.pmi.report.domain.analysis.ReportAnalysis;
import io.pmi.report.domain.analysis.ReportAnalyzer;
import io.pmi.report.domain.analysis.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CampaignSummarizerTest {

    private static final String CLARITY = "goals.strategy-clarity";
    private static final String RESOURCES = "difficulties.resources";

    private static AnalysisInput subject(String externalId, String department, Fixtures.InterviewBuilder... interviews) {
        return new AnalysisInput(new AnalysisInput.Campaign(3, null, "2026-H1"),
                new AnalysisInput.Subject(externalId, department, List.of()), Fixtures.build(interviews),
                Fixtures.NAMES);
    }

    private static CampaignSummary summarize(int top, List<AnalysisInput> inputs) {
        CampaignSummarizer summarizer = new CampaignSummarizer(3, top);
        inputs.forEach(input -> summarizer.add(input, ReportAnalyzer.analyze(input)));
        return summarizer.result(Fixtures.NAMES);
    }

    @Test
    void aDepartmentBelowKIsWithheldWithTheSmallestOtherSoNeitherCanBeWorkedOut() {
        List<AnalysisInput> inputs = new ArrayList<>();
        int[] sales = {5, 4, 3};
        for (int i = 0; i < sales.length; i++) {
            inputs.add(subject("A" + i, "销售部", Fixtures.interview("a" + i, SourceRole.SELF).scale(CLARITY, sales[i])));
        }
        int[] service = {1, 2, 3, 4};
        for (int i = 0; i < service.length; i++) {
            inputs.add(subject("C" + i, "客服部", Fixtures.interview("c" + i, SourceRole.SELF)
                    .scale(CLARITY, service[i])));
        }
        inputs.add(subject("B0", "法务部", Fixtures.interview("b0", SourceRole.SELF).scale(CLARITY, 5)));

        CampaignSummary summary = summarize(10, inputs);

        assertEquals(8, summary.subjects());
        assertEquals(8, summary.interviews());
        assertEquals(1, summary.scoresByDepartment().size(), "only 客服部 is shown");
        CampaignSummary.DepartmentScore shown = summary.scoresByDepartment().get(0);
        assertEquals("客服部", shown.department());
        assertEquals("GOALS", shown.dimension());
        assertEquals(new BigDecimal("37.5"), shown.score(), "1..4 on a 1-5 scale: 0, 25, 50, 75");
        assertEquals(4, shown.respondents());
        assertEquals("Goals", shown.names().get("en"));
        assertEquals(List.of(
                new CampaignSummary.Suppression("department", "法务部", "GOALS",
                        CampaignSummary.Reason.BELOW_THRESHOLD),
                new CampaignSummary.Suppression("department", "销售部", "GOALS",
                        CampaignSummary.Reason.COMPLEMENTARY)), summary.suppressed());
        assertEquals(1, summary.scoresBySourceRole().size());
        CampaignSummary.RoleScore self = summary.scoresBySourceRole().get(0);
        assertEquals(SourceRole.SELF, self.role());
        assertEquals(8, self.respondents());
        assertEquals(new BigDecimal("59.4"), self.score(), "(100+75+50+0+25+50+75+100)/8 = 59.375");
    }

    @Test
    void aRoleBelowKIsWithheldTogetherWithTheSmallestShownRoleOfThatDimension() {
        List<AnalysisInput> inputs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            inputs.add(subject("S" + i, "销售部",
                    Fixtures.interview("self" + i, SourceRole.SELF).scale(RESOURCES, 4),
                    Fixtures.interview("peer" + i, SourceRole.PEER).scale(RESOURCES, 2),
                    Fixtures.interview("sub" + i, SourceRole.SUBORDINATE).scale(RESOURCES, 3)));
        }
        inputs.add(subject("S9", "销售部", Fixtures.interview("sup9", SourceRole.SUPERVISOR).scale(RESOURCES, 1),
                Fixtures.interview("self9", SourceRole.SELF).scale(RESOURCES, 4),
                Fixtures.interview("peer9", SourceRole.PEER).scale(RESOURCES, 2)));

        CampaignSummary summary = summarize(10, inputs);

        assertEquals(List.of(SourceRole.SELF, SourceRole.PEER), summary.scoresBySourceRole().stream()
                .map(CampaignSummary.RoleScore::role).toList(), "SUPERVISOR (1) and SUBORDINATE (4, the smallest "
                + "shown: PEER has 5) withheld");
        assertEquals(List.of(
                new CampaignSummary.Suppression("sourceRole", "SUPERVISOR", "DIFFICULTIES",
                        CampaignSummary.Reason.BELOW_THRESHOLD),
                new CampaignSummary.Suppression("sourceRole", "SUBORDINATE", "DIFFICULTIES",
                        CampaignSummary.Reason.COMPLEMENTARY)), summary.suppressed());
        assertEquals(1, summary.scoresByDepartment().size());
        assertEquals(15, summary.scoresByDepartment().get(0).respondents(), "4 × 3 + 3 interviews pooled");
    }

    @Test
    void findingsAreCountedByTypeAndSeverityAndTheMostSevereSubjectsRankedWithinTheLimit() {
        List<AnalysisInput> inputs = new ArrayList<>();
        inputs.add(subject("E1", "销售部", Fixtures.interview("e1-self", SourceRole.SELF).scale(CLARITY, 5),
                Fixtures.interview("e1-sup", SourceRole.SUPERVISOR).scale(CLARITY, 1)));
        inputs.add(subject("E2", "销售部", Fixtures.interview("e2-self", SourceRole.SELF).scale(CLARITY, 3),
                Fixtures.interview("e2-sup", SourceRole.SUPERVISOR).scale(CLARITY, 3)));
        inputs.add(subject("E3", "销售部", Fixtures.interview("e3-self", SourceRole.SELF).scale(CLARITY, 1),
                Fixtures.interview("e3-sup", SourceRole.SUPERVISOR).scale(CLARITY, 5)));
        int[] expected = new int[3];
        List<String> withFindings = new ArrayList<>();
        for (AnalysisInput input : inputs) {
            ReportAnalysis analysis = ReportAnalyzer.analyze(input);
            analysis.findings().forEach(f -> expected[f.severity().ordinal()]++);
            if (!analysis.findings().isEmpty()) {
                withFindings.add(input.subject().externalId());
            }
        }
        assertEquals(List.of("E1", "E3"), withFindings, "a self-rating 4 points off the supervisor's is a gap");

        CampaignSummary summary = summarize(1, inputs);

        assertEquals(expected[0], summary.findings().bySeverity().high());
        assertEquals(expected[1], summary.findings().bySeverity().medium());
        assertEquals(expected[2], summary.findings().bySeverity().low());
        assertEquals(expected[0] + expected[1] + expected[2], summary.findings().total());
        CampaignSummary.TypeCount gaps = summary.findings().byType().stream()
                .filter(t -> t.type() == FindingType.PERCEPTION_GAP).findFirst().orElseThrow();
        assertEquals(2, gaps.total());
        assertEquals(2, gaps.high(), "|gap| 4 is at least twice the threshold of 4/3");
        assertEquals(1, summary.mostSevere().size(), "the limit holds");
        CampaignSummary.SubjectFindings first = summary.mostSevere().get(0);
        assertEquals("E1", first.subjectExternalId(), "a tie on severities goes to the lower external id");
        assertTrue(first.types().contains(FindingType.PERCEPTION_GAP));
        assertEquals("销售部", first.department());
        assertTrue(first.high() >= 1);
    }

    @Test
    void severitiesRankBeforeExternalIds() {
        CampaignSummary.SubjectFindings many = new CampaignSummary.SubjectFindings("Z", null, 1, 3, 0, List.of());
        CampaignSummary.SubjectFindings fewer = new CampaignSummary.SubjectFindings("A", null, 1, 2, 5, List.of());
        CampaignSummary.SubjectFindings high = new CampaignSummary.SubjectFindings("M", null, 2, 0, 0, List.of());
        List<CampaignSummary.SubjectFindings> ranked = new ArrayList<>(List.of(fewer, many, high));
        ranked.sort(CampaignSummarizer.MOST_SEVERE);
        assertEquals(List.of(high, many, fewer), ranked);
        assertEquals(Severity.HIGH, Severity.values()[0], "the counts are indexed by severity, HIGH first");
    }
}
