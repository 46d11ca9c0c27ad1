package io.pmi.questionbank.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerSpecTest {

    private static AnswerSpec scale(int min, int max) {
        return new AnswerSpec(new QuestionContent.Scale(min, max, List.of()), null);
    }

    private static AnswerSpec options(String... values) {
        return new AnswerSpec(null, java.util.Arrays.stream(values)
                .map(v -> new QuestionContent.Option(v, LocalizedTexts.of(v, "label of " + v))).toList());
    }

    @Test
    void scalesCompareWhenTheirRangesAreTheSameWhateverTheAnchors() {
        AnswerSpec one = new AnswerSpec(new QuestionContent.Scale(1, 5, List.of(new QuestionContent.Anchor(1,
                LocalizedTexts.of("完全不认同", null)))), null);
        assertTrue(one.comparableWith(scale(1, 5)));
        assertFalse(one.comparableWith(scale(1, 7)));
        assertFalse(one.comparableWith(scale(0, 5)));
    }

    @Test
    void optionsCompareByTheirValuesInOrderNotByTheirLabels() {
        assertTrue(options("weekly", "monthly").comparableWith(new AnswerSpec(null, List.of(
                new QuestionContent.Option("weekly", LocalizedTexts.of("每周", null)),
                new QuestionContent.Option("monthly", LocalizedTexts.of("每月", null))))));
        assertFalse(options("weekly", "monthly").comparableWith(options("monthly", "weekly")));
        assertFalse(options("weekly", "monthly").comparableWith(options("weekly")));
    }

    @Test
    void aScaleNeverComparesWithOptionsOrWithNothing() {
        assertFalse(scale(1, 5).comparableWith(options("1", "5")));
        assertFalse(scale(1, 5).comparableWith(new AnswerSpec(null, null)));
        assertTrue(new AnswerSpec(null, null).comparableWith(new AnswerSpec(null, null)));
    }

    @Test
    void itDescribesItselfForMessages() {
        assertEquals("SCALE 1..5", scale(1, 5).describe(QuestionType.SCALE));
        assertEquals("SINGLE_CHOICE [weekly, rarely]", options("weekly", "rarely").describe(QuestionType.SINGLE_CHOICE));
        assertEquals("OPEN", new AnswerSpec(null, null).describe(QuestionType.OPEN));
    }
}
