package io.pmi.interview.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pmi.interview.domain.QuestionType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "InterviewQuestion", description = "A question of the interview, worded for its source role.")
public record InterviewQuestionView(
        @Schema(example = "feedback.frequency") String key,
        @Schema(example = "FEEDBACK") String dimension,
        @Schema(example = "FREQUENCY_MODE") String topic,
        @Schema(example = "feedback.frequency") String measure,
        QuestionType type,
        @Schema(description = "By locale.", example = "{\"zh-CN\": \"你的上级多久和你正式沟通一次绩效?\"}")
        Map<String, String> text,
        List<Option> options,
        Scale scale,
        List<Map<String, String>> probes,
        @Schema(description = "Guide questions are required; those asked on the spot are not.") boolean required,
        boolean askedOnSpot,
        @Schema(description = "For a question asked on the spot: the codes of its lint findings.")
        List<String> findings) {

    @Schema(name = "InterviewQuestionOption")
    public record Option(@Schema(example = "weekly") String value) {
    }

    @Schema(name = "InterviewQuestionScale")
    public record Scale(@Schema(example = "1") int min, @Schema(example = "5") int max) {
    }
}
