package io.pmi.questionbank.rest.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "LintResult", description = "The findings on one text, best explanation first within a sentence.")
public record LintResponse(
        @Schema(type = SchemaType.STRING, enumeration = {"zh-CN", "en"}, description = "The text's language.")
        String locale,
        List<Finding> findings) {

    @Schema(name = "LintFinding")
    public record Finding(
            @Schema(type = SchemaType.STRING, enumeration = {"LEADING", "CLOSED", "DOUBLE_BARRELED", "LOADED", "TOO_LONG"},
                    description = "What is wrong; new codes may be added.") String code,
            @Schema(type = SchemaType.STRING, enumeration = {"ERROR", "WARNING", "INFO"},
                    description = "ERROR blocks activating a question or publishing a guide.") String severity,
            @Schema(description = "What the code means, then why it was given, quoting the span, in the language of "
                    + "Accept-Language.") String message,
            @Schema(description = "Start of the span in the text, in UTF-16 code units.") int start,
            @Schema(description = "End of the span (exclusive), in UTF-16 code units.") int end,
            @Schema(description = "A neutral open rewrite, when one can be derived.", nullable = true) String suggestion,
        @Schema(type = SchemaType.STRING, enumeration = {"TAG_QUESTION", "SUGGESTED_VIEW", "SOCIAL_PROOF", "AUTHORITY",
                    "LOADED_ALTERNATIVES", "PREMISE", "PRESUPPOSITION", "ABSOLUTE", "RHETORICAL", "ASSUMPTION", "YES_NO",
                    "ELLIPTICAL", "CLOSED_CHOICE", "CONJUNCTION", "TWO_QUESTIONS", "JUDGEMENT_WORD", "LENGTH", "MODEL"},
                    description = "The device found, which the message names and the span points at: MODEL when no rule "
                            + "names it and the lint model's wording match gave the finding; new reasons may be added.",
                    example = "SOCIAL_PROOF") String reason) {
    }
}
