package io.pmi.interview.rest.api;

import io.pmi.interview.domain.Stance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Answer", description = "An answer. After a withdrawal of consent or an erasure, text, comment and "
        + "follow-up answers are null and redacted is true. In a detail=MINIMAL export, followUps, createdAt, "
        + "updatedAt and version are absent.")
public record AnswerView(String id, @Schema(example = "feedback.frequency") String questionKey, String text,
                         Integer scaleValue, List<String> choices, String comment,
                         List<AnswerRequest.FollowUp> followUps, boolean vague, Stance stance, List<String> tags,
                         boolean redacted, Instant createdAt, Instant updatedAt,
                         @Schema(description = "The answer's revision, also its ETag.") Long version) {
}
