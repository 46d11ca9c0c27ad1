package io.pmi.questionbank.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.questionbank.domain.QuestionType;
import io.pmi.questionbank.domain.SourceRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "QuestionVersion", description = "One content version of a question, as it was when made. Versions "
        + "older than the current one never change.")
public record QuestionVersionView(
        @Schema(example = "q.feedback.frequency") String id,
        @Schema(example = "1") int version,
        @Schema(example = "feedback.frequency") String key,
        @Schema(example = "FEEDBACK") String dimension,
        @Schema(example = "FREQUENCY_MODE") String topic,
        @Schema(example = "feedback.frequency") String measure,
        QuestionType type,
        List<SourceRole> roles,
        LocalizedText text,
        List<RoleVariant> variants,
        List<AnswerOption> options,
        ScaleSpec scale,
        List<LocalizedText> probes,
        LocalizedDescription intent,
        Instant createdAt) {
}
