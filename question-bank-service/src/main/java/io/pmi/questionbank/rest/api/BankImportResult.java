package io.pmi.questionbank.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BankImportResult", description = "What an import stored.")
public record BankImportResult(
        @Schema(example = "2") int topics,
        @Schema(example = "40") int questions,
        @Schema(example = "52") int questionVersions,
        @Schema(example = "3") int guides,
        @Schema(example = "4") int guideVersions) {
}
