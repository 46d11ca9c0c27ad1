package io.pmi.questionbank.rest;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.i18n.Localized;
import io.pmi.platform.metrics.BusinessMetrics;
import io.pmi.platform.security.Roles;
import io.pmi.questionbank.domain.QuestionType;
import io.pmi.questionbank.domain.lint.QuestionLinter;
import io.pmi.questionbank.mapping.LintMapper;
import io.pmi.questionbank.rest.api.LintBatchRequest;
import io.pmi.questionbank.rest.api.LintBatchResponse;
import io.pmi.questionbank.rest.api.LintRequest;
import io.pmi.questionbank.rest.api.LintResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/questions/lint")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Linting", description = "Checks question texts for leading (引导性提问), closed, double-barreled, loaded and "
        + "overlong wording, and proposes neutral open rewrites.")
@RolesAllowed({Roles.HR_ADMIN, Roles.INTERVIEWER})
@Localized
public class LintResource {

    private final QuestionLinter linter;
    private final BusinessMetrics metrics;

    public LintResource(QuestionLinter linter, BusinessMetrics metrics) {
        this.linter = linter;
        this.metrics = metrics;
    }

    @POST
    @Operation(operationId = "lintQuestion", summary = "Check one question text",
            description = "Findings with their span (UTF-16 offsets, end exclusive), severity, a message in the "
                    + "language of Accept-Language and, where possible, a neutral open rewrite. LEADING and CLOSED "
                    + "are errors, the others warnings.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The findings; an empty list when the text is fine.")
    public LintResponse lintQuestion(@NotNull @Valid LintRequest request,
                                     @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return lint(request, ContentLanguage.negotiate(acceptLanguage));
    }

    @POST
    @Path("/batch")
    @Operation(operationId = "lintQuestions", summary = "Check up to 200 question texts",
            description = "One result per item, in the request's order.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The findings per item.")
    public LintBatchResponse lintQuestions(@NotNull @Valid LintBatchRequest request,
                                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        ContentLanguage language = ContentLanguage.negotiate(acceptLanguage);
        return new LintBatchResponse(request.items().stream().map(item -> lint(item, language)).toList());
    }

    private LintResponse lint(LintRequest request, ContentLanguage language) {
        QuestionType type = request.type() == null ? QuestionType.OPEN : request.type();
        QuestionLinter.Result result = linter.lint(request.text(), request.locale(), type, language);
        result.findings().forEach(f -> metrics.count("pmi.lint.findings", 1, "code", f.code().name()));
        return LintMapper.toResponse(result);
    }
}
