package io.pmi.questionbank.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * The content of one version of a question as stored (JSON in {@code question_version.content}). Texts are maps
 * by locale. This is the storage shape, kept apart from the API's so that either can change without the other.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionContent(String key, String dimension, String topic, String measure, QuestionType type,
                              Map<String, String> text, List<Variant> variants, List<Option> options, Scale scale,
                              List<Map<String, String>> probes, Map<String, String> intent) {

    public record Variant(SourceRole role, Map<String, String> text) {
    }

    public record Option(String value, Map<String, String> label) {
    }

    public record Scale(int min, int max, List<Anchor> anchors) {

        /** A scale runs from 1 to 5 unless its ends are given. */
        public static Scale of(Integer min, Integer max, List<Anchor> anchors) {
            return new Scale(min == null ? 1 : min, max == null ? 5 : max, anchors);
        }
    }

    public record Anchor(int value, Map<String, String> label) {
    }

    /** The roles this version is asked of: those with a variant, or every role when it has none. */
    public List<SourceRole> roles() {
        return variants == null || variants.isEmpty() ? List.of(SourceRole.values())
                : variants.stream().map(Variant::role).sorted().toList();
    }

    /** The wording for an interviewee of this role: its variant, or the generic text. */
    public Map<String, String> textFor(SourceRole role) {
        if (variants != null) {
            for (Variant variant : variants) {
                if (variant.role() == role) {
                    return variant.text();
                }
            }
        }
        return text;
    }
}
