package io.pmi.questionbank.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Rules a question's content obeys on its own, across fields: options only for choice types and at least two of
 * them, distinct values, a scale only for SCALE with both ends anchored, one variant per role. The references to
 * the taxonomy and the measure need the database and are the service's.
 */
public final class QuestionRules {

    private QuestionRules() {
    }

    /** Every violation at once, with its JSON path. */
    public static List<Violation> check(QuestionContent content) {
        List<Violation> violations = new ArrayList<>();
        boolean choice = content.type() == QuestionType.SINGLE_CHOICE || content.type() == QuestionType.MULTI_CHOICE;
        if (choice && (content.options() == null || content.options().size() < 2)) {
            violations.add(new Violation("options", "required", content.type() + " questions need at least two "
                    + "options."));
        }
        if (!choice && content.options() != null) {
            violations.add(new Violation("options", "not-allowed", "Only choice questions have options."));
        }
        if (content.options() != null) {
            duplicates(content.options(), QuestionContent.Option::value, "options", "value", violations);
        }
        if (content.type() == QuestionType.SCALE && content.scale() == null) {
            violations.add(new Violation("scale", "required", "SCALE questions need a scale with anchors."));
        }
        if (content.type() != QuestionType.SCALE && content.scale() != null) {
            violations.add(new Violation("scale", "not-allowed", "Only SCALE questions have a scale."));
        }
        if (content.scale() != null) {
            checkScale(content.scale(), violations);
        }
        if (content.variants() != null) {
            duplicates(content.variants(), QuestionContent.Variant::role, "variants", "role", violations);
        }
        return violations;
    }

    private static void checkScale(QuestionContent.Scale scale, List<Violation> violations) {
        if (scale.max() <= scale.min()) {
            violations.add(new Violation("scale.max", "out-of-range", "max must be greater than min."));
            return;
        }
        Set<Integer> values = new HashSet<>();
        for (int i = 0; i < scale.anchors().size(); i++) {
            int value = scale.anchors().get(i).value();
            if (value < scale.min() || value > scale.max()) {
                violations.add(new Violation("scale.anchors[" + i + "].value", "out-of-range",
                        "Anchors lie between min (" + scale.min() + ") and max (" + scale.max() + ")."));
            } else if (!values.add(value)) {
                violations.add(new Violation("scale.anchors[" + i + "].value", "duplicate", "Anchor " + value
                        + " is given twice."));
            }
        }
        if (!values.contains(scale.min()) || !values.contains(scale.max())) {
            violations.add(new Violation("scale.anchors", "ends-required", "Anchor both ends of the scale ("
                    + scale.min() + " and " + scale.max() + ")."));
        }
    }

    private static <T, K> void duplicates(List<T> items, Function<T, K> key, String list, String member,
                                          List<Violation> violations) {
        Set<K> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            K value = key.apply(items.get(i));
            if (!seen.add(value)) {
                violations.add(new Violation(list + "[" + i + "]." + member, "duplicate", value + " is given twice."));
            }
        }
    }
}
