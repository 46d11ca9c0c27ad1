package io.pmi.questionbank.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.platform.i18n.LocalizedName;
import io.pmi.questionbank.domain.QuestionType;
import io.pmi.questionbank.domain.SourceRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "GuideVersion", description = "A published guide, frozen: every question in full at its pinned "
        + "version, worded for the guide's role, in every locale. This is what an interview snapshots.")
public record GuideVersionView(
        @Schema(example = "guide.self") String id,
        @Schema(example = "default.self") String key,
        @Schema(example = "1") int version,
        SourceRole role,
        LocalizedName title,
        List<String> locales,
        LocalizedDescription opening,
        List<Section> sections,
        LocalizedDescription closing,
        @Schema(example = "45") int estimatedMinutes,
        Instant publishedAt) {

    @Schema(name = "GuideVersionSection")
    public record Section(
            @Schema(example = "FEEDBACK") String dimension,
            LocalizedName dimensionName,
            @Schema(description = "Whether the dimension is one of the four core ones.") boolean core,
            List<PinnedQuestion> questions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PinnedQuestion", description = "A question at the version the guide pinned.")
    public record PinnedQuestion(
            @Schema(example = "q.feedback.frequency") String questionId,
            @Schema(example = "1") int questionVersion,
            @Schema(example = "feedback.frequency") String key,
            @Schema(example = "FREQUENCY_MODE") String topic,
            @Schema(example = "feedback.frequency") String measure,
            QuestionType type,
            @Schema(description = "The wording for the guide's role.") LocalizedText text,
            List<AnswerOption> options,
            ScaleSpec scale,
            List<LocalizedText> probes,
            LocalizedDescription intent) {
    }
}
