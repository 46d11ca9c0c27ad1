package io.pmi.report.domain.analysis;

import io.pmi.report.domain.Audience;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;
import io.pmi.report.domain.analysis.Fixtures.InterviewBuilder;
import io.pmi.report.domain.analysis.ReportAnalysis.Gap;
import io.pmi.report.domain.analysis.ReportAnalysis.Source;
import io.pmi.report.domain.analysis.ReportAnalysis.Suppression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static io.pmi.report.domain.SourceRole.PEER;
import static io.pmi.report.domain.SourceRole.SELF;
import static io.pmi.report.domain.SourceRole.SUBORDINATE;
import static io.pmi.report.domain.SourceRole.SUPERVISOR;
import static io.pmi.report.domain.analysis.Fixtures.interview;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * k = 3 and a PEER group of every size from 1 to k: below k the peers are withheld from managers and left out of
 * every comparison for everyone; at k they show.
 */
class AnonymityTest {

    private static final String TEAMWORK = "indicators.teamwork-rating";
    private static final String MODE = "feedback.mode";
    private static final String RECOGNITION = "incentives.recognition";

    private static AnalysisInput withPeers(int peers) {
        List<InterviewBuilder> interviews = new ArrayList<>(List.of(
                interview("S1", SELF).scale(TEAMWORK, 5).choice(MODE, "ONE_ON_ONE"),
                interview("SUP1", SUPERVISOR).scale(TEAMWORK, 3).choice(MODE, "ONE_ON_ONE")));
        for (int i = 1; i <= peers; i++) {
            interviews.add(interview("PEER-" + i, PEER)
                    .scale(TEAMWORK, 1, "peer comment " + i, Stance.NEGATIVE)
                    .choice(MODE, "WRITTEN")
                    .open(RECOGNITION, "peer words " + i, Stance.NEGATIVE)
                    .emotion(TEAMWORK, 5, false));
        }
        return Fixtures.input(List.of(), interviews.toArray(InterviewBuilder[]::new));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void aPeerGroupBelowKIsWithheldFromManagersAndFromEveryComparison(int peers) {
        AnalysisInput input = withPeers(peers);
        ReportAnalysis hr = ReportAnalyzer.analyze(input);
        ReportAnalysis manager = hr.forAudience(Audience.MANAGER);

        String text = manager.toString();
        for (int i = 1; i <= peers; i++) {
            for (String hidden : List.of("PEER-" + i, "peer comment " + i, "peer words " + i)) {
                assertFalse(text.contains(hidden), hidden);
            }
        }
        assertFalse(text.contains("WRITTEN=" + peers), "the peers' distribution is withheld");
        assertTrue(text.contains("WRITTEN=0"), "the supervisor's distribution lists every option");
        assertTrue(everything(manager).stream().noneMatch(o -> o instanceof Source s && s.role() == PEER));
        assertTrue(manager.inputs().stream().noneMatch(i -> i.sourceRole() == PEER));
        assertEquals(List.of(
                new Suppression(MODE, "measure", PEER, SuppressionReason.BELOW_ANONYMITY_THRESHOLD),
                new Suppression(RECOGNITION, "measure", PEER, SuppressionReason.BELOW_ANONYMITY_THRESHOLD),
                new Suppression(TEAMWORK, "measure", PEER, SuppressionReason.BELOW_ANONYMITY_THRESHOLD),
                new Suppression(null, "inputs", PEER, SuppressionReason.BELOW_ANONYMITY_THRESHOLD)),
                manager.suppressed().stream().filter(s -> s.role() == PEER).toList());
        assertFalse(text.contains("Source[role=PEER"), "no figure, count or quote of the peers");
        assertEquals(List.of("measure", "scope", "role", "reason"), List.of(Suppression.class.getRecordComponents())
                .stream().map(RecordComponent::getName).toList(), "a suppression never carries a count");

        for (ReportAnalysis report : List.of(hr, manager)) {
            // others: the supervisor's 3 alone; with the peers' 1 it would have been 2
            assertEquals(List.of(new Gap(TEAMWORK, "INDICATORS", GapKind.BLIND_SPOT, new BigDecimal("5.00"),
                    new BigDecimal("3.00"), new BigDecimal("2.00"), new BigDecimal("1.33"), List.of(SUPERVISOR))),
                    report.gaps());
            assertEquals(List.of("SELF-SUPERVISOR"), report.contradictions().stream()
                    .map(c -> c.sources().get(0) + "-" + c.sources().get(1)).toList());
            assertEquals(List.of(FindingType.PERCEPTION_GAP), report.findings().stream().map(f -> f.type()).toList(),
                    "no DEVELOPMENT_NEED from the peers' low rating, no SENSITIVE_TOPIC from their emotions");
            assertEquals(List.of("S1/" + TEAMWORK, "SUP1/" + TEAMWORK),
                    report.findings().get(0).evidence().answerIds());
            assertEquals(2, ScenarioTest.measure(report, TEAMWORK).agreement().raters());
        }

        Source hrPeers = ScenarioTest.measure(hr, TEAMWORK).sources().get(2);
        assertEquals(PEER, hrPeers.role());
        assertTrue(hrPeers.belowThreshold());
        assertEquals(peers, hrPeers.respondents());
        assertEquals(peers, hrPeers.quotes().size(), "HR reads every quote");
        assertTrue(hr.inputs().stream().filter(i -> i.sourceRole() == PEER).allMatch(i -> i.belowThreshold()));
    }

    @Test
    void aPeerGroupOfKShowsAndCounts() {
        ReportAnalysis manager = ReportAnalyzer.analyze(withPeers(3), Audience.MANAGER);
        Source peers = ScenarioTest.measure(manager, TEAMWORK).sources().get(2);
        assertEquals(new Source(PEER, 3, false, new BigDecimal("1.00"), new BigDecimal("0.00"), null,
                Map.of(Stance.POSITIVE, 0, Stance.NEUTRAL, 0, Stance.NEGATIVE, 3),
                ScenarioTest.measure(ReportAnalyzer.analyze(withPeers(3)), TEAMWORK).sources().get(2).quotes()),
                peers);
        assertEquals(3, peers.quotes().size(), "a passing group's quotes are shown, by role only");
        assertEquals(List.of(), manager.suppressed().stream().filter(s -> s.role() == PEER).toList());
        // others = mean(supervisor 3, peers 1) = 2
        Gap gap = manager.gaps().get(0);
        assertEquals(new BigDecimal("2.00"), gap.others());
        assertEquals(new BigDecimal("3.00"), gap.gap());
        assertEquals(List.of(SUPERVISOR, PEER), gap.otherSources());
        // the gap of 3 is at least twice the threshold; the peers alone signal DEVELOPMENT_NEED (a low rating,
        // NEGATIVE stances) and INCENTIVE_UNCLEAR (only NEGATIVE stances); their WRITTEN contradicts ONE_ON_ONE
        assertEquals(List.of(
                        "HIGH INDICATORS PERCEPTION_GAP", "HIGH INDICATORS SENSITIVE_TOPIC",
                        "MEDIUM INDICATORS DEVELOPMENT_NEED", "MEDIUM FEEDBACK FEEDBACK_GAP",
                        "LOW INCENTIVES INCENTIVE_UNCLEAR"),
                manager.findings().stream().map(f -> f.severity() + " " + f.dimension() + " " + f.type()).toList());
        assertEquals(List.of("PEER-1", "PEER-2", "PEER-3"), manager.inputs().stream()
                .filter(i -> i.sourceRole() == PEER).map(ReportAnalysis.InputInterview::id).toList());
    }

    @Test
    void groupsPassPerMeasure() {
        AnalysisInput input = Fixtures.input(List.of(),
                interview("S1", SELF).scale(TEAMWORK, 4),
                interview("B1", SUBORDINATE).scale(TEAMWORK, 2).open(RECOGNITION, "b1 words", Stance.NEUTRAL),
                interview("B2", SUBORDINATE).scale(TEAMWORK, 2).open(RECOGNITION, "b2 words", Stance.NEUTRAL),
                interview("B3", SUBORDINATE).scale(TEAMWORK, 2));
        ReportAnalysis manager = ReportAnalyzer.analyze(input, Audience.MANAGER);
        assertEquals(List.of(SELF, SUBORDINATE), ScenarioTest.roles(ScenarioTest.measure(manager, TEAMWORK)));
        assertFalse(manager.toString().contains("b1 words"));
        assertEquals(List.of(new Suppression(RECOGNITION, "measure", SUBORDINATE,
                SuppressionReason.BELOW_ANONYMITY_THRESHOLD)), manager.suppressed());
        assertEquals(List.of("S1", "B1", "B2", "B3"),
                manager.inputs().stream().map(ReportAnalysis.InputInterview::id).toList(),
                "each subordinate is in the passing teamwork group");
    }

    @Test
    void projectionsAreOneWay() {
        ReportAnalysis manager = ReportAnalyzer.analyze(withPeers(2), Audience.MANAGER);
        assertEquals(manager, manager.forAudience(Audience.MANAGER));
        assertThrows(IllegalStateException.class, () -> manager.forAudience(Audience.HR));
        assertEquals(Audience.MANAGER, manager.audience());
        assertEquals(Audience.HR, ReportAnalyzer.analyze(withPeers(2)).audience());
    }

    /** Every record, list element and map value reachable from the report. */
    static List<Object> everything(Object root) {
        List<Object> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Object node, List<Object> found) {
        if (node == null) {
            return;
        }
        found.add(node);
        if (node instanceof Collection<?> items) {
            items.forEach(item -> walk(item, found));
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                walk(k, found);
                walk(v, found);
            });
        } else if (node.getClass().isRecord()) {
            for (RecordComponent component : node.getClass().getRecordComponents()) {
                try {
                    walk(component.getAccessor().invoke(node), found);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    @Test
    void theWalkReachesSources() {
        assertNotNull(everything(ReportAnalyzer.analyze(withPeers(3))).stream()
                .filter(o -> o instanceof Source s && s.role() == SourceRole.PEER).findFirst().orElse(null));
    }
}
