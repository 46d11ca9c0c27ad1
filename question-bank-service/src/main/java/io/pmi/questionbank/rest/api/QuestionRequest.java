package io.pmi.questionbank.rest.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.questionbank.domain.QuestionType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What a tenant sends to create or change one of its questions. */
@JsonIgnoreProperties(value = {"id", "source", "status", "version", "roles", "copiedFrom", "createdAt", "updatedAt",
        "findings"})
@Schema(name = "QuestionRequest", description = "A question of your own. Read-only fields of a question (id, source, "
        + "status, version, roles, copiedFrom, createdAt, updatedAt, findings) sent back from a GET are ignored; any "
        + "other unknown field is rejected.")
public record QuestionRequest(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{1,99}")
        @Schema(required = true, description = "Stable key, unique among the questions you see.",
                example = "feedback.frequency.project-leads") String key,
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}")
        @Schema(required = true, description = "Code of the dimension.", example = "FEEDBACK") String dimension,
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}")
        @Schema(required = true, description = "Code of a topic of that dimension.", example = "FREQUENCY_MODE")
        String topic,
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{1,99}")
        @Schema(required = true, description = "Key of the measure. Questions sharing a measure must share its type, "
                + "scale range and option values (422 otherwise); a new key makes a new measure.",
                example = "feedback.frequency") String measure,
        @NotNull @Schema(required = true) QuestionType type,
        @NotNull @Valid @Schema(required = true, description = "The generic wording.") LocalizedText text,
        @Size(max = 4)
        @Schema(description = "One wording per source role asked, each role at most once. Without variants the "
                + "question is asked of every role in its generic wording.") List<@NotNull @Valid RoleVariant> variants,
        @Size(max = 20)
        @Schema(description = "Required for SINGLE_CHOICE and MULTI_CHOICE (2 to 20, distinct values), absent otherwise.")
        List<@NotNull @Valid AnswerOption> options,
        @Valid @Schema(description = "Required for SCALE, absent otherwise.") ScaleSpec scale,
        @Size(max = 10) @Schema(description = "Follow-up probes (追问), asked when an answer is vague.")
        List<@NotNull @Valid LocalizedText> probes,
        @Valid @Schema(description = "Why the question is asked and what to listen for.") LocalizedDescription intent) {
}
