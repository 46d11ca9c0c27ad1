package io.pmi.questionbank.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.questionbank.domain.QuestionStatus;
import io.pmi.questionbank.domain.QuestionType;
import io.pmi.questionbank.domain.SourceRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Question", description = "A question with its current content version.")
public record QuestionView(
        @Schema(example = "q.feedback.frequency") String id,
        @Schema(example = "feedback.frequency") String key,
        @Schema(enumeration = {"library", "tenant"}, description = "library: built in, read-only; tenant: your own.")
        String source,
        @Schema(example = "FEEDBACK") String dimension,
        @Schema(example = "FREQUENCY_MODE") String topic,
        @Schema(example = "feedback.frequency") String measure,
        QuestionType type,
        @Schema(description = "Read-only; changes through activate and retire.") QuestionStatus status,
        @Schema(description = "Number of the current content version, from 1.", example = "1") int version,
        @Schema(description = "The roles asked this question.") List<SourceRole> roles,
        LocalizedText text,
        List<RoleVariant> variants,
        List<AnswerOption> options,
        ScaleSpec scale,
        List<LocalizedText> probes,
        LocalizedDescription intent,
        @Schema(description = "The question and version this one was copied from.", example = "q.feedback.frequency@1")
        String copiedFrom,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Lint findings (warnings; errors on a DRAFT), only in answers to a create, update, "
                + "copy or activate.") List<QuestionFinding> findings) {
}
