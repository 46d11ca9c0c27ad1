package io.pmi.questionbank.rest;

import io.pmi.platform.http.ETags;
import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.i18n.Localized;
import io.pmi.platform.paging.PageParams;
import io.pmi.platform.paging.PageResponse;
import io.pmi.platform.security.Roles;
import io.pmi.questionbank.domain.QuestionStatus;
import io.pmi.questionbank.domain.QuestionType;
import io.pmi.questionbank.domain.Source;
import io.pmi.questionbank.domain.SourceRole;
import io.pmi.questionbank.mapping.QuestionMapper;
import io.pmi.questionbank.rest.api.QuestionRequest;
import io.pmi.questionbank.rest.api.QuestionVersionView;
import io.pmi.questionbank.rest.api.QuestionView;
import io.pmi.questionbank.service.CurrentQuestion;
import io.pmi.questionbank.service.QuestionReadService;
import io.pmi.questionbank.service.QuestionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/questions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions", description = "Bilingual questions with role variants, options or scales, probes and "
        + "measures; content versions; activate and retire.")
public class QuestionResource {

    static final String ETAG = "The question's revision, for If-Match.";
    static final String KEY_PATTERN = "[a-z][a-z0-9._-]{1,99}";
    static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{0,63}";

    private final QuestionService questions;
    private final QuestionReadService reads;

    public QuestionResource(QuestionService questions, QuestionReadService reads) {
        this.questions = questions;
        this.reads = reads;
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTERVIEWER, Roles.MANAGER})
    @Operation(operationId = "listQuestions", summary = "List and search questions",
            description = "Built-in questions and your own, in key order (id as tie-breaker), with their current "
                    + "content. Filters combine with AND. q finds a phrase in the key, the measure and every wording "
                    + "in every locale, Chinese included, case- and width-insensitively.",
            extensions = @Extension(name = "x-roles", value = Roles.X_STAFF, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of questions.")
    public PageResponse<QuestionView> listQuestions(
            @Parameter(description = "Dimension code.", example = "FEEDBACK")
            @QueryParam("dimension") @Pattern(regexp = CODE_PATTERN) String dimension,
            @Parameter(description = "Topic code.", example = "FREQUENCY_MODE")
            @QueryParam("topic") @Pattern(regexp = CODE_PATTERN) String topic,
            @Parameter(description = "Measure key.", example = "feedback.frequency")
            @QueryParam("measure") @Pattern(regexp = KEY_PATTERN) String measure,
            @Parameter(description = "Question type.") @QueryParam("type") QuestionType type,
            @Parameter(description = "Only questions asked of this source role.") @QueryParam("role") SourceRole role,
            @Parameter(description = "Status.") @QueryParam("status") QuestionStatus status,
            @Parameter(description = "library: built-in questions only; tenant: your own only.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"library", "tenant"}))
            @QueryParam("source") Source source,
            @Parameter(description = "Text to find, 1 to 100 characters.", example = "反馈")
            @QueryParam("q") @Size(min = 1, max = 100) String q,
            @Valid @BeanParam PageParams page) {
        QuestionReadService.PageOfQuestions found = reads.list(new QuestionReadService.QuestionFilter(dimension, topic,
                measure, type, role, status, source, q), page.page, page.size);
        return new PageResponse<>(found.items().stream()
                .map(question -> QuestionMapper.toView(question, found.contents().get(question.id), null)).toList(),
                found.total(), page.page, page.size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Localized
    @Operation(operationId = "createQuestion", summary = "Create a question of your own",
            description = "Created as DRAFT, version 1. The answer carries the lint findings on every text (errors "
                    + "too: they block activation, not drafting).",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            headers = {@Header(name = "Location", description = "The new question's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "409", description = "A question with this key exists.")
    @APIResponse(responseCode = "422", description = "The question disagrees with its measure's type, scale or "
            + "options (type measure-mismatch).")
    public Response createQuestion(@NotNull @Valid QuestionRequest request,
                                   @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                   @Context UriInfo uri) {
        return created(questions.create(QuestionMapper.toContent(request), ContentLanguage.negotiate(acceptLanguage)), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTERVIEWER, Roles.MANAGER})
    @Operation(operationId = "getQuestion", summary = "Get a question with its current content",
            extensions = @Extension(name = "x-roles", value = Roles.X_STAFF, parseValue = true))
    @APIResponse(responseCode = "200", description = "The question.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionView.class)))
    public Response getQuestion(@Parameter(description = "The question's id.") @PathParam("id") String id) {
        return ok(reads.read(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Localized
    @Operation(operationId = "updateQuestion", summary = "Change a question of your own",
            description = "A DRAFT is changed in place. An ACTIVE question gets a new content version (older versions "
                    + "stay readable) and is refused with 422 when a text has a lint ERROR; warnings come back in "
                    + "findings. A RETIRED question cannot be changed (409). Sending the current content changes "
                    + "nothing. Built-in questions cannot be changed (403): copy them.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "The changed question.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "409", description = "Another question has this key, or the question is retired.")
    @APIResponse(responseCode = "412", description = "The ETag in If-Match is not the current one.")
    @APIResponse(responseCode = "422", description = "Lint errors in an active question (type lint-errors, with "
            + "findings), or a disagreement with the measure (type measure-mismatch).")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response updateQuestion(@Parameter(description = "The question's id.") @PathParam("id") String id,
                                   @Parameter(description = "The ETag you read.", required = true)
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @NotNull @Valid QuestionRequest request,
                                   @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return ok(questions.update(id, ifMatch, QuestionMapper.toContent(request),
                ContentLanguage.negotiate(acceptLanguage)));
    }

    @POST
    @Path("/{id}/activate")
    @RolesAllowed(Roles.HR_ADMIN)
    @Localized
    @Operation(operationId = "activateQuestion", summary = "Make a draft or retired question active",
            description = "Refused with 422 (type lint-errors, listing the findings) when a text has a lint ERROR.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "The active question.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "409", description = "The question is already active.")
    @APIResponse(responseCode = "412", description = "The ETag in If-Match is not the current one.")
    @APIResponse(responseCode = "422", description = "A text has a lint error.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response activateQuestion(@Parameter(description = "The question's id.") @PathParam("id") String id,
                                     @Parameter(description = "The ETag you read.", required = true)
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                     @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return ok(questions.activate(id, ifMatch, ContentLanguage.negotiate(acceptLanguage)));
    }

    @POST
    @Path("/{id}/retire")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "retireQuestion", summary = "Retire a question",
            description = "Retired questions stay readable, with all their versions, for the guides and interviews "
                    + "that use them; new guides cannot publish them.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "The retired question.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "409", description = "The question is already retired.")
    @APIResponse(responseCode = "412", description = "The ETag in If-Match is not the current one.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response retireQuestion(@Parameter(description = "The question's id.") @PathParam("id") String id,
                                   @Parameter(description = "The ETag you read.", required = true)
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(questions.retire(id, ifMatch));
    }

    @POST
    @Path("/{id}/copy")
    @RolesAllowed(Roles.HR_ADMIN)
    @Localized
    @Operation(operationId = "copyQuestion", summary = "Copy a question into your bank",
            description = "Copies the current version of a built-in question (or one of your own) as a DRAFT of "
                    + "yours, with the same measure so that answers stay comparable.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "The copy; Location names it.",
            headers = {@Header(name = "Location", description = "The copy's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionView.class)))
    @APIResponse(responseCode = "409", description = "A question with the copy's key exists: name another key.")
    public Response copyQuestion(@Parameter(description = "The id of the question to copy.") @PathParam("id") String id,
                                 @Parameter(description = "Key of the copy; default: the original's key followed by "
                                         + "'-copy'.", example = "feedback.frequency.sales")
                                 @QueryParam("key") @Pattern(regexp = KEY_PATTERN) String key,
                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                 @Context UriInfo uri) {
        return created(questions.copy(id, key,
                ContentLanguage.negotiate(acceptLanguage)), uri);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "deleteQuestion", summary = "Delete a draft of your own",
            description = "Only a DRAFT that no guide uses can be deleted (409 otherwise): questions that have been "
                    + "active are retired instead, so that what interviews asked stays readable.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "The question is not a draft, or a guide uses it.")
    @APIResponse(responseCode = "412", description = "The ETag in If-Match is not the current one.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public void deleteQuestion(@Parameter(description = "The question's id.") @PathParam("id") String id,
                               @Parameter(description = "The ETag you read.", required = true)
                               @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        questions.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTERVIEWER, Roles.MANAGER})
    @Operation(operationId = "getQuestionVersion", summary = "Get one content version of a question",
            description = "Versions older than the current one never change.",
            extensions = @Extension(name = "x-roles", value = Roles.X_STAFF, parseValue = true))
    @APIResponse(responseCode = "200", description = "The version.")
    public QuestionVersionView getQuestionVersion(
            @Parameter(description = "The question's id.") @PathParam("id") String id,
            @Parameter(description = "The version number, from 1.", example = "1")
            @PathParam("version") @Min(1) @Max(1_000_000) int version) {
        return QuestionMapper.toVersionView(reads.version(id, version));
    }

    private static Response created(CurrentQuestion saved, UriInfo uri) {
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/questions/{id}").build(saved.question().id),
                view(saved), saved.question().revision);
    }

    private static Response ok(CurrentQuestion saved) {
        return ETags.ok(view(saved), saved.question().revision);
    }

    private static QuestionView view(CurrentQuestion saved) {
        return QuestionMapper.toView(saved.question(), saved.content(), saved.findings());
    }

}
