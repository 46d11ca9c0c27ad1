package io.pmi.questionbank.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.pmi.platform.i18n.LocalizedDescription;
import io.pmi.platform.i18n.LocalizedName;
import io.pmi.questionbank.domain.QuestionStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A tenant's whole bank as a file: its own topics, questions with every content version, and guides with every
 * published version. References between them are keys and codes, never ids, so that a file imports into any tenant
 * and an export of the import is the same file.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "topics", "questions", "guides"})
@Schema(name = "BankFile", description = "A tenant's bank: topics, questions with all their versions, guides with all "
        + "their published versions. Questions are referenced by key (yours or the library's), topics by code. At most "
        + "200 topics, 2,000 questions and 200 guides per file.")
public record BankFile(
        @NotNull @Pattern(regexp = "pmi-question-bank/1")
        @Schema(required = true, enumeration = "pmi-question-bank/1") String format,
        @NotNull @Size(max = 200) List<@NotNull @Valid Topic> topics,
        @NotNull @Size(max = 2000) List<@NotNull @Valid Question> questions,
        @NotNull @Size(max = 200) List<@NotNull @Valid Guide> guides) {

    public static final String FORMAT = "pmi-question-bank/1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BankTopic")
    public record Topic(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}") @Schema(required = true, example = "COLLABORATION")
            String dimension,
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,63}") @Schema(required = true, example = "PROJECTS")
            String code,
            @NotNull @Valid @Schema(required = true) LocalizedName name,
            @NotNull @Valid @Schema(required = true) LocalizedDescription description,
            @NotNull @Min(1) @Max(1000) @Schema(required = true, example = "3") Integer position) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BankQuestion")
    public record Question(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{1,99}") @Schema(required = true) String key,
            @NotNull @Schema(required = true) QuestionStatus status,
            @Size(max = 120) @Schema(description = "key@version of the question it was copied from.") String copiedFrom,
            @NotNull @Schema(required = true) Instant createdAt,
            @NotNull @Schema(required = true) Instant updatedAt,
            @NotNull @Size(min = 1, max = 100)
            @Schema(required = true, description = "Every content version, from 1, the last being current.")
            List<@NotNull @Valid QuestionVersion> versions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BankQuestionVersion")
    public record QuestionVersion(
            @NotNull @Min(1) @Schema(required = true, example = "1") Integer version,
            @NotNull @Schema(required = true) Instant createdAt,
            @NotBlank @Size(min = 1, max = 200) @Schema(required = true) String createdBy,
            @NotNull @Valid @Schema(required = true) QuestionRequest content) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BankGuide")
    public record Guide(
            @NotNull @Valid @Schema(required = true, description = "The working copy; sections name question keys.")
            GuideRequest content,
            @Size(max = 120) @Schema(description = "Key of the guide it was copied from.") String copiedFrom,
            @NotNull @Schema(required = true) Instant createdAt,
            @NotNull @Schema(required = true) Instant updatedAt,
            @NotNull @Size(max = 100)
            @Schema(required = true, description = "Every published version, from 1.")
            List<@NotNull @Valid GuideVersion> versions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BankGuideVersion")
    public record GuideVersion(
            @NotNull @Min(1) @Schema(required = true, example = "1") Integer version,
            @NotNull @Schema(required = true) Instant publishedAt,
            @NotBlank @Size(min = 1, max = 200) @Schema(required = true) String publishedBy,
            @NotNull @Valid @Schema(required = true, description = "The guide as published; sections name question keys.")
            GuideRequest guide,
            @NotNull @Size(max = 1000)
            @Schema(required = true, description = "The question version each question was pinned at.")
            List<@NotNull @Valid Pin> pins) {
    }

    @Schema(name = "BankPin")
    public record Pin(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{1,99}") @Schema(required = true) String question,
            @NotNull @Min(1) @Schema(required = true, example = "1") Integer version) {
    }
}
