package io.pmi.interview.rest.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.pmi.interview.domain.Stance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@JsonIgnoreProperties(value = {"id", "questionKey", "redacted", "createdAt", "updatedAt", "version"})
@Schema(name = "AnswerRequest", description = "The answer to one question: text for OPEN, scaleValue for SCALE, "
        + "choices for the choice types; comment, follow-ups and coding for any.")
public record AnswerRequest(
        @Size(max = 10_000) String text,
        @Min(0) @Max(10) Integer scaleValue,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> choices,
        @Size(max = 5_000) String comment,
        @Size(max = 20) List<@NotNull @Valid FollowUp> followUps,
        @Schema(description = "The interviewer found the answer vague: follow it up (追问).") Boolean vague,
        Stance stance,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> tags) {

    @Schema(name = "FollowUp")
    public record FollowUp(@NotBlank @Size(max = 1_000) @Schema(required = true, example = "哪些指标不合理呢?")
                           String probe,
                           @Size(max = 10_000) String answer) {
    }
}
