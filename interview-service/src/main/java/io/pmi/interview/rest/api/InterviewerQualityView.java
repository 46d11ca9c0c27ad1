package io.pmi.interview.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

@Schema(name = "InterviewerQuality", description = "One interviewer's interview-quality figures in a campaign.")
public record InterviewerQualityView(
        @Schema(description = "The interviewer (the token subject that runs the interviews).", example = "hr-li")
        String interviewerId,
        @Schema(description = "Interviews completed.", example = "12") int interviews,
        @Schema(description = "Of those, the interviews reviewed: all but those whose consent was withdrawn or "
                + "whose interviewee was erased (their answers are redacted).", example = "11") int reviewed,
        @Schema(description = "Reviewed interviews without any pitfall.", example = "7") int withoutPitfalls,
        @Schema(description = "For every pitfall code, the reviewed interviews that show it.",
                example = "{\"LEADING_QUESTION\": 2, \"EMOTION_UNADDRESSED\": 1, \"UNPREPARED\": 0, "
                        + "\"INACCURATE_RECORD\": 3, \"CLOSED_QUESTION_OVERUSE\": 0}")
        Map<String, Integer> pitfalls) {
}
