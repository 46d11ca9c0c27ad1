package io.pmi.interview.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interview's pure rules: its life cycle, what an answer may be, completeness and the pitfall review. */
class InterviewRulesTest {

    private static final Map<String, String> TEXT = Map.of("zh-CN", "问题");
    private static final SnapshotQuestion OPEN = new SnapshotQuestion("goals.open", "GOALS", "STRATEGY_AWARENESS",
            "goals.strategy", QuestionType.OPEN, TEXT, null, null, null, List.of(), true);
    private static final SnapshotQuestion SCALE = new SnapshotQuestion("kpi.scale", "INDICATORS", "KPI_DESIGN",
            "kpi.reasonable", QuestionType.SCALE, TEXT, null, 1, 5, List.of(), true);
    private static final SnapshotQuestion SINGLE = new SnapshotQuestion("feedback.frequency", "FEEDBACK",
            "FREQUENCY_MODE", "feedback.frequency", QuestionType.SINGLE_CHOICE, TEXT,
            List.of("weekly", "monthly", "rarely"), null, null, List.of(), true);
    private static final SnapshotQuestion MULTI = new SnapshotQuestion("incentives.kinds", "INCENTIVES", "MATERIAL",
            "incentives.kinds", QuestionType.MULTI_CHOICE, TEXT, List.of("bonus", "promotion"), null, null,
            List.of(), true);
    private static final Set<String> CORE = Set.of("GOALS", "INDICATORS", "FEEDBACK", "INCENTIVES");

    private static AnswerData text(String text) {
        return new AnswerData(text, null, null, null, null, false, Stance.NEUTRAL, List.of());
    }

    private static AnswerData scale(int value) {
        return new AnswerData(null, value, null, null, null, false, null, List.of());
    }

    private static AnswerData choices(String... values) {
        return new AnswerData(null, null, List.of(values), null, null, false, null, List.of());
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.path() + ":" + v.code()).toList();
    }

    @Test
    void theLifeCycleRunsOneWayAndCancelsOnlyBeforeCompletion() {
        assertTrue(InterviewStatus.PLANNED.canMoveTo(InterviewStatus.PREPARED));
        assertFalse(InterviewStatus.PLANNED.canMoveTo(InterviewStatus.IN_PROGRESS));
        assertTrue(InterviewStatus.IN_PROGRESS.canMoveTo(InterviewStatus.CANCELLED));
        assertEquals(Set.of(), InterviewStatus.COMPLETED.next());
        assertEquals(Set.of(), InterviewStatus.CANCELLED.next());
    }

    @Test
    void anAnswerFitsItsQuestionsType() {
        assertEquals(List.of(), AnswerRules.check(OPEN, text("目标是和主管一起定的,但我不太清楚公司今年的战略重点。")));
        assertEquals(List.of("text:required"), codes(AnswerRules.check(OPEN, text("  "))));
        assertEquals(List.of("text:required", "scaleValue:not-allowed"), codes(AnswerRules.check(OPEN, scale(3))));
        assertEquals(List.of(), AnswerRules.check(SCALE, scale(5)));
        assertEquals(List.of("scaleValue:out-of-range"), codes(AnswerRules.check(SCALE, scale(6))));
        assertEquals(List.of("scaleValue:out-of-range"), codes(AnswerRules.check(SCALE, scale(0))));
        assertEquals(List.of(), AnswerRules.check(SINGLE, choices("rarely")));
        assertEquals(List.of("choices[0]:unknown"), codes(AnswerRules.check(SINGLE, choices("daily"))));
        assertEquals(List.of("choices:size"), codes(AnswerRules.check(SINGLE, choices("weekly", "monthly"))));
        assertEquals(List.of(), AnswerRules.check(MULTI, choices("bonus", "promotion")));
        assertEquals(List.of("choices[1]:duplicate"), codes(AnswerRules.check(MULTI, choices("bonus", "bonus"))));
        assertEquals(List.of("choices:required", "text:not-allowed"), codes(AnswerRules.check(MULTI, text("bonus"))));
    }

    @Test
    void aCompleteRecordScoresOne() {
        Completeness.Result result = Completeness.assess(List.of(OPEN, SCALE, SINGLE, MULTI), Map.of(
                OPEN.key(), text("目标是和主管一起定的,但我不太清楚公司今年的战略重点。"), SCALE.key(), scale(2),
                SINGLE.key(), choices("rarely"), MULTI.key(), choices("bonus")), List.of(), true, CORE);
        assertEquals(1.0, result.score());
        assertEquals(List.of(), result.gaps());
    }

    @Test
    void theScoreIsTheShareAnsweredLessFiveHundredthsPerOtherGap() {
        AnswerData vague = new AnswerData("还行吧", null, null, null, List.of(), true, Stance.NEUTRAL, List.of());
        Completeness.Result result = Completeness.assess(List.of(OPEN, SCALE, SINGLE, MULTI), Map.of(
                OPEN.key(), vague, SCALE.key(), scale(2)),
                List.of(new EmotionNote("e1", SCALE.key(), Emotion.FRUSTRATED, 4, false),
                        new EmotionNote("e2", SCALE.key(), Emotion.ANXIOUS, 3, false)), true, CORE);
        assertEquals(List.of("VAGUE_NOT_FOLLOWED_UP:goals.open", "REQUIRED_UNANSWERED:feedback.frequency",
                        "REQUIRED_UNANSWERED:incentives.kinds", "CORE_DIMENSION_UNCOVERED:FEEDBACK",
                        "CORE_DIMENSION_UNCOVERED:INCENTIVES", "EMOTION_NOT_ACKNOWLEDGED:kpi.scale"),
                result.gaps().stream().map(g -> g.code() + ":" + (g.questionKey() != null && g.code()
                        != Completeness.GapCode.CORE_DIMENSION_UNCOVERED ? g.questionKey() : g.dimension())).toList());
        assertEquals(0.5 - 4 * Completeness.PENALTY, result.score(), 1e-9);
    }

    @Test
    void withoutConsentNothingCounts() {
        Completeness.Result result = Completeness.assess(List.of(SCALE), Map.of(SCALE.key(), scale(2)), List.of(),
                false, Set.of("INDICATORS"));
        assertEquals(0.0, result.score());
        assertEquals(Completeness.GapCode.CONSENT_MISSING, result.gaps().get(0).code());
    }

    @Test
    void anInterviewDoneByTheBookHasNoPitfalls() {
        assertEquals(List.of(), QualityReview.review(new Checklist(true, true, true), List.of(OPEN, SCALE),
                Map.of(OPEN.key(), text("目标是和主管一起定的,但我不太清楚公司今年的战略重点。"), SCALE.key(), scale(4)),
                List.of(new EmotionNote("e1", OPEN.key(), Emotion.FRUSTRATED, 5, true)),
                Map.of("spot.1", List.of())));
    }

    @Test
    void theFourPitfallsAndClosedQuestionsAreFoundWithEvidence() {
        List<QualityReview.Pitfall> pitfalls = QualityReview.review(new Checklist(true, false, true),
                List.of(OPEN, SCALE), Map.of(OPEN.key(), text("还可以")),
                List.of(new EmotionNote("e1", OPEN.key(), Emotion.ANGRY, 4, false)),
                Map.of("spot.1", List.of("LEADING"), "spot.2", List.of("CLOSED"), "spot.3", List.of("CLOSED")));
        assertEquals(List.of(QualityReview.PitfallCode.LEADING_QUESTION, QualityReview.PitfallCode.EMOTION_UNADDRESSED,
                QualityReview.PitfallCode.UNPREPARED, QualityReview.PitfallCode.INACCURATE_RECORD,
                QualityReview.PitfallCode.CLOSED_QUESTION_OVERUSE), pitfalls.stream().map(QualityReview.Pitfall::code)
                .toList());
        assertEquals("spot.1", pitfalls.get(0).evidence().get(0).questionKey());
        assertEquals("e1", pitfalls.get(1).evidence().get(0).emotionId());
        assertTrue(pitfalls.get(2).evidence().get(0).detail().startsWith("departmentFunctionUnderstood"));
        assertEquals(List.of("goals.open", "kpi.scale"), pitfalls.get(3).evidence().stream()
                .map(QualityReview.Evidence::questionKey).toList());
    }

    @Test
    void aRecordIsTooShortUnderTenChineseCharactersOrThreeWords() {
        assertTrue(QualityReview.tooShort("还可以吧。"));
        assertFalse(QualityReview.tooShort("目标是和主管一起定的,挺清楚"));
        assertTrue(QualityReview.tooShort("It's fine"));
        assertFalse(QualityReview.tooShort("Targets are unclear"));
    }
}
