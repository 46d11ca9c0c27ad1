package io.pmi.questionbank.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** How a measure is answered: its scale or its options. Questions sharing the measure share it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerSpec(QuestionContent.Scale scale, List<QuestionContent.Option> options) {

    /** The answer spec of a question's content: what its measure must agree with. */
    public static AnswerSpec of(QuestionContent content) {
        return new AnswerSpec(content.scale(), content.options());
    }

    /** For messages: {@code SCALE 1..5}, {@code SINGLE_CHOICE [weekly, monthly]} or the type alone. */
    public String describe(QuestionType type) {
        if (scale != null) {
            return type + " " + scale.min() + ".." + scale.max();
        }
        if (options != null) {
            return type + " " + options.stream().map(QuestionContent.Option::value).toList();
        }
        return type.name();
    }

    /** Whether answers given on {@code other} compare with answers given on this: same range, same option values. */
    public boolean comparableWith(AnswerSpec other) {
        if ((scale == null) != (other.scale == null) || (options == null) != (other.options == null)) {
            return false;
        }
        if (scale != null && (scale.min() != other.scale.min() || scale.max() != other.scale.max())) {
            return false;
        }
        return options == null || options.stream().map(QuestionContent.Option::value).toList()
                .equals(other.options.stream().map(QuestionContent.Option::value).toList());
    }
}
