package io.pmi.questionbank.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "LintBatchResult", description = "One result per item, in the order of the request.")
public record LintBatchResponse(
        @Schema(required = true, description = "One result per item of the request, in its order.")
        List<LintResponse> items) {
}
