package io.pmi.interview.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An answer fits its question: words for an open question, a point of the scale for a scale question, one option
 * (or, for a multiple choice, distinct options) among the question's for a choice question. A comment, follow-ups
 * and the interviewer's coding may accompany any answer.
 */
public final class AnswerRules {

    private AnswerRules() {
    }

    public static List<Violation> check(SnapshotQuestion question, AnswerData answer) {
        List<Violation> violations = new ArrayList<>();
        boolean hasText = answer.text() != null;
        boolean hasScale = answer.scaleValue() != null;
        boolean hasChoices = answer.choices() != null && !answer.choices().isEmpty();
        switch (question.type()) {
            case OPEN -> {
                if (!hasText || answer.text().isBlank()) {
                    violations.add(new Violation("text", "required", "An open question is answered in words."));
                }
                notAllowed(hasScale, "scaleValue", question, violations);
                notAllowed(hasChoices, "choices", question, violations);
            }
            case SCALE -> {
                if (!hasScale) {
                    violations.add(new Violation("scaleValue", "required", "A scale question is answered with a "
                            + "point from " + question.scaleMin() + " to " + question.scaleMax() + "."));
                } else if (answer.scaleValue() < question.scaleMin() || answer.scaleValue() > question.scaleMax()) {
                    violations.add(new Violation("scaleValue", "out-of-range", "must be between "
                            + question.scaleMin() + " and " + question.scaleMax()));
                }
                notAllowed(hasText, "text", question, violations);
                notAllowed(hasChoices, "choices", question, violations);
            }
            case SINGLE_CHOICE, MULTI_CHOICE -> {
                if (!hasChoices) {
                    violations.add(new Violation("choices", "required", "A choice question is answered with "
                            + (question.type() == QuestionType.SINGLE_CHOICE ? "one of" : "some of") + " "
                            + question.options() + "."));
                } else {
                    if (question.type() == QuestionType.SINGLE_CHOICE && answer.choices().size() > 1) {
                        violations.add(new Violation("choices", "size", "A single choice takes one option."));
                    }
                    Set<String> seen = new HashSet<>();
                    for (int i = 0; i < answer.choices().size(); i++) {
                        String choice = answer.choices().get(i);
                        if (!question.options().contains(choice)) {
                            violations.add(new Violation("choices[" + i + "]", "unknown", "must be one of "
                                    + question.options()));
                        } else if (!seen.add(choice)) {
                            violations.add(new Violation("choices[" + i + "]", "duplicate", choice
                                    + " is chosen twice."));
                        }
                    }
                }
                notAllowed(hasText, "text", question, violations);
                notAllowed(hasScale, "scaleValue", question, violations);
            }
        }
        return violations;
    }

    private static void notAllowed(boolean present, String field, SnapshotQuestion question,
                                   List<Violation> violations) {
        if (present) {
            violations.add(new Violation(field, "not-allowed", "A " + question.type() + " question has no "
                    + field + "; use comment for remarks."));
        }
    }
}
