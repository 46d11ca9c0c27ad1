package io.pmi.questionbank.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuestionRulesTest {

    private static final Map<String, String> TEXT = LocalizedTexts.of("你多久和上级沟通一次绩效?", null);

    private static QuestionContent question(QuestionType type, List<QuestionContent.Variant> variants,
                                            List<QuestionContent.Option> options, QuestionContent.Scale scale) {
        return new QuestionContent("feedback.frequency", "FEEDBACK", "FREQUENCY_MODE", "feedback.frequency", type,
                TEXT, variants, options, scale, null, null);
    }

    private static QuestionContent.Option option(String value) {
        return new QuestionContent.Option(value, LocalizedTexts.of(value, null));
    }

    private static QuestionContent.Anchor anchor(int value) {
        return new QuestionContent.Anchor(value, LocalizedTexts.of("锚点" + value, null));
    }

    @Test
    void anOpenQuestionWithoutOptionsOrScaleIsValid() {
        assertEquals(List.of(), QuestionRules.check(question(QuestionType.OPEN, null, null, null)));
    }

    @Test
    void aChoiceQuestionNeedsTwoDistinctOptions() {
        assertEquals(List.of(new Violation("options", "required", "SINGLE_CHOICE questions need at least two options.")),
                QuestionRules.check(question(QuestionType.SINGLE_CHOICE, null, List.of(option("weekly")), null)));
        assertEquals(List.of(new Violation("options[1].value", "duplicate", "weekly is given twice.")),
                QuestionRules.check(question(QuestionType.MULTI_CHOICE, null,
                        List.of(option("weekly"), option("weekly")), null)));
    }

    @Test
    void onlyChoiceQuestionsHaveOptionsAndOnlyScalesHaveAScale() {
        List<Violation> violations = QuestionRules.check(question(QuestionType.OPEN, null,
                List.of(option("a"), option("b")), QuestionContent.Scale.of(null, null, List.of(anchor(1), anchor(5)))));
        assertEquals(List.of("options", "scale"), violations.stream().map(Violation::path).toList());
        assertTrue(violations.stream().allMatch(v -> v.code().equals("not-allowed")));
    }

    @Test
    void aScaleAnchorsBothEndsOnceEachWithinItsRange() {
        assertEquals(List.of(new Violation("scale", "required", "SCALE questions need a scale with anchors.")),
                QuestionRules.check(question(QuestionType.SCALE, null, null, null)));
        List<Violation> violations = QuestionRules.check(question(QuestionType.SCALE, null, null,
                QuestionContent.Scale.of(1, 5, List.of(anchor(1), anchor(1), anchor(7)))));
        assertEquals(List.of("scale.anchors[1].value", "scale.anchors[2].value", "scale.anchors"),
                violations.stream().map(Violation::path).toList());
        assertEquals(List.of("duplicate", "out-of-range", "ends-required"),
                violations.stream().map(Violation::code).toList());
        assertEquals(List.of(new Violation("scale.max", "out-of-range", "max must be greater than min.")),
                QuestionRules.check(question(QuestionType.SCALE, null, null,
                        QuestionContent.Scale.of(5, 5, List.of(anchor(5))))));
    }

    @Test
    void aScaleRunsFromOneToFiveUnlessItsEndsAreGiven() {
        QuestionContent.Scale scale = QuestionContent.Scale.of(null, null, List.of());
        assertEquals(1, scale.min());
        assertEquals(5, scale.max());
        assertEquals(7, QuestionContent.Scale.of(null, 7, List.of()).max());
    }

    @Test
    void eachRoleHasOneVariantAtMost() {
        QuestionContent.Variant self = new QuestionContent.Variant(SourceRole.SELF, TEXT);
        assertEquals(List.of(new Violation("variants[1].role", "duplicate", "SELF is given twice.")),
                QuestionRules.check(question(QuestionType.OPEN, List.of(self, self), null, null)));
    }

    @Test
    void aQuestionWithoutVariantsIsAskedOfEveryRoleInItsGenericWording() {
        QuestionContent content = question(QuestionType.OPEN, null, null, null);
        assertEquals(List.of(SourceRole.values()), content.roles());
        Map<String, String> supervisor = LocalizedTexts.of("你多久和下属正式沟通一次绩效?", null);
        QuestionContent varied = question(QuestionType.OPEN, List.of(new QuestionContent.Variant(SourceRole.SUPERVISOR,
                supervisor)), null, null);
        assertEquals(List.of(SourceRole.SUPERVISOR), varied.roles());
        assertEquals(supervisor, varied.textFor(SourceRole.SUPERVISOR));
        assertEquals(TEXT, varied.textFor(SourceRole.SELF));
    }
}
