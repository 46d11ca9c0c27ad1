package io.pmi.report.domain.analysis;

import io.pmi.report.domain.Audience;
import io.pmi.report.domain.Stance;
import io.pmi.report.domain.analysis.Fixtures.InterviewBuilder;
import io.pmi.report.domain.analysis.ReportAnalysis.Finding;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pmi.report.domain.SourceRole.PEER;
import static io.pmi.report.domain.SourceRole.SELF;
import static io.pmi.report.domain.SourceRole.SUBORDINATE;
import static io.pmi.report.domain.SourceRole.SUPERVISOR;
import static io.pmi.report.domain.analysis.Fixtures.interview;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** SENSITIVE_TOPIC: emotions of intensity 4 or more on one dimension in at least three interviews. */
class SensitiveTopicTest {

    private static final String MODE = "feedback.mode";
    private static final String STYLE = "feedback.preferred-style";
    private static final String TEAMWORK = "indicators.teamwork-rating";

    private static InterviewBuilder answering(String id, io.pmi.report.domain.SourceRole role) {
        return interview(id, role).choice(MODE, "ONE_ON_ONE").open(STYLE, "还可以", Stance.NEUTRAL)
                .scale(TEAMWORK, 4);
    }

    private static List<Finding> sensitive(InterviewBuilder... interviews) {
        return ReportAnalyzer.analyze(Fixtures.input(List.of(), interviews)).findings().stream()
                .filter(f -> f.type() == FindingType.SENSITIVE_TOPIC).toList();
    }

    @Test
    void twoInterviewsAreNotEnough() {
        assertEquals(List.of(), sensitive(
                answering("S1", SELF).emotion(MODE, 5, false).emotion(STYLE, 5, false),
                answering("SUP1", SUPERVISOR).emotion(MODE, 4, true),
                answering("SUP2", SUPERVISOR).emotion(STYLE, 3, false)));
    }

    @Test
    void threeInterviewsMakeASensitiveTopic() {
        List<Finding> found = sensitive(
                answering("S1", SELF).emotion(MODE, 4, true),
                answering("SUP1", SUPERVISOR).emotion(STYLE, 5, true),
                answering("SUP2", SUPERVISOR).emotion(MODE, 4, true).emotion(TEAMWORK, 5, false));
        assertEquals(1, found.size());
        Finding finding = found.get(0);
        assertEquals("FEEDBACK", finding.dimension());
        assertEquals(Severity.MEDIUM, finding.severity(), "every emotion was acknowledged");
        assertEquals(List.of("S1/" + MODE, "SUP1/" + STYLE, "SUP2/" + MODE), finding.evidence().answerIds());
        assertEquals(List.of(MODE, STYLE), finding.evidence().measures());
        assertEquals("Strong emotions (intensity 4 or more) came up on Feedback in 3 interviews.",
                finding.summary("en"));
    }

    @Test
    void unacknowledgedEmotionsRaiseTheSeverity() {
        List<Finding> found = sensitive(
                answering("S1", SELF).emotion(MODE, 4, false),
                answering("SUP1", SUPERVISOR).emotion(STYLE, 5, true),
                answering("SUP2", SUPERVISOR).emotion(MODE, 4, true));
        assertEquals(Severity.HIGH, found.get(0).severity());
    }

    @Test
    void onlyEmotionsOnUsableAnswersOfPassingGroupsCount() {
        assertEquals(List.of(), sensitive(
                answering("S1", SELF).emotion(MODE, 5, false),
                answering("SUP1", SUPERVISOR).emotion(MODE, 5, false),
                answering("B1", SUBORDINATE).emotion(MODE, 5, false),
                answering("B2", SUBORDINATE).emotion(MODE, 5, false)), "two subordinates are below k");
        assertEquals(List.of(), sensitive(
                answering("S1", SELF).emotion(MODE, 5, false),
                answering("SUP1", SUPERVISOR).emotion(MODE, 5, false),
                interview("SUP2", SUPERVISOR).redacted("feedback.agreement", 1)
                        .emotion("feedback.agreement", 5, false)), "an emotion on a redacted answer");
        List<Finding> peers = sensitive(
                answering("S1", SELF),
                answering("P1", PEER).emotion(STYLE, 4, true),
                answering("P2", PEER).emotion(STYLE, 4, true),
                answering("P3", PEER).emotion(STYLE, 4, true));
        assertEquals(1, peers.size(), "three peers pass k = 3");
        assertEquals(peers, ReportAnalyzer.analyze(Fixtures.input(List.of(), answering("S1", SELF),
                        answering("P1", PEER).emotion(STYLE, 4, true), answering("P2", PEER).emotion(STYLE, 4, true),
                        answering("P3", PEER).emotion(STYLE, 4, true)), Audience.MANAGER).findings().stream()
                .filter(f -> f.type() == FindingType.SENSITIVE_TOPIC).toList());
    }
}
