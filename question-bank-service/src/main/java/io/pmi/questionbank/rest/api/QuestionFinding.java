package io.pmi.questionbank.rest.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuestionFinding", description = "A lint finding on one text of a question.")
public record QuestionFinding(
        @Schema(description = "The JSON path of the text in the question.", example = "variants[0].text.zh-CN")
        String field,
        @Schema(type = SchemaType.STRING, enumeration = {"LEADING", "CLOSED", "DOUBLE_BARRELED", "LOADED", "TOO_LONG"},
                description = "What is wrong; new codes may be added.") String code,
        @Schema(type = SchemaType.STRING, enumeration = {"ERROR", "WARNING", "INFO"},
                description = "ERROR blocks activating a question or publishing a guide.") String severity,
        @Schema(description = "Explanation in the language of Accept-Language.") String message,
        @Schema(description = "Start of the span in that text, in UTF-16 code units.") int start,
        @Schema(description = "End of the span (exclusive), in UTF-16 code units.") int end,
        @Schema(description = "A neutral open rewrite, when one can be derived.", nullable = true) String suggestion,
        @Schema(type = SchemaType.STRING, enumeration = {"TAG_QUESTION", "SUGGESTED_VIEW", "SOCIAL_PROOF", "AUTHORITY",
                "LOADED_ALTERNATIVES", "PREMISE", "PRESUPPOSITION", "ABSOLUTE", "RHETORICAL", "ASSUMPTION", "YES_NO",
                "ELLIPTICAL", "CLOSED_CHOICE", "CONJUNCTION", "TWO_QUESTIONS", "JUDGEMENT_WORD", "LENGTH", "MODEL"},
                description = "The device found, which the message names and the span points at: MODEL when no rule "
                        + "names it and the lint model's wording match gave the finding; new reasons may be added.",
                example = "SOCIAL_PROOF") String reason) {
}
