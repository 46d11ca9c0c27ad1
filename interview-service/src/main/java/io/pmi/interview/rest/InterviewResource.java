package io.pmi.interview.rest;

import io.pmi.interview.domain.InterviewStatus;
import io.pmi.interview.domain.QuestionType;
import io.pmi.interview.mapping.InterviewMapper;
import io.pmi.interview.repository.Answer;
import io.pmi.interview.repository.Interview;
import io.pmi.interview.repository.InterviewRepository;
import io.pmi.interview.repository.Slice;
import io.pmi.interview.rest.api.AnswerRequest;
import io.pmi.interview.rest.api.AnswerView;
import io.pmi.interview.rest.api.CompleteRequest;
import io.pmi.interview.rest.api.CompletenessView;
import io.pmi.interview.rest.api.ConsentRequest;
import io.pmi.interview.rest.api.ConsentView;
import io.pmi.interview.rest.api.EmotionRequest;
import io.pmi.interview.rest.api.EmotionView;
import io.pmi.interview.rest.api.InterviewQuestionView;
import io.pmi.interview.rest.api.InterviewView;
import io.pmi.interview.rest.api.PlanInterviewRequest;
import io.pmi.interview.rest.api.PreparationPackView;
import io.pmi.interview.rest.api.PreparationRequest;
import io.pmi.interview.rest.api.PreparationView;
import io.pmi.interview.rest.api.QualityView;
import io.pmi.interview.rest.api.ReasonRequest;
import io.pmi.interview.rest.api.SpotQuestionRequest;
import io.pmi.interview.rest.api.SpotQuestionView;
import io.pmi.interview.service.InterviewPlanner;
import io.pmi.interview.service.InterviewService;
import io.pmi.interview.service.PreparationPackService;
import io.pmi.interview.service.RecordService;
import io.pmi.interview.service.SpotQuestionService;
import io.pmi.platform.http.ETags;
import io.pmi.platform.paging.PageParams;
import io.pmi.platform.paging.PageResponse;
import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@Path("/api/v1/interviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews", description = "Planning and running interviews: preparation, consent, answers with "
        + "follow-ups, emotion notes, questions asked on the spot, completeness and the interviewer's pitfalls.")
@RolesAllowed({Roles.HR_ADMIN, Roles.INTERVIEWER})
public class InterviewResource {

    static final String ID = "The interview's id.";
    static final String ETAG = "The interview's revision, for If-Match.";
    static final String KEY_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,119}";
    /** The filter adds the example file to the first success response only (200); these are the 201s'. */
    static final String PREPARATION_CREATED = "{\"backgroundReviewed\": true, \"departmentFunctionUnderstood\": true, "
            + "\"pastPerformanceReviewed\": false, \"notes\": \"还没看去年的考核结果。\", \"version\": 1}";
    static final String CONSENT_CREATED = "{\"locale\": \"zh-CN\", \"textVersion\": \"guide.self@1\", "
            + "\"textHash\": \"9f2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a\", "
            + "\"consentedAt\": \"2026-07-20T02:03:00Z\", \"version\": 1}";
    static final String ANSWER_CREATED = "{\"id\": \"e7a2c9d4-3b1f-4e8a-9c6d-1f5b8e2a7d40\", "
            + "\"questionKey\": \"kpi.reasonable\", \"scaleValue\": 2, \"choices\": [], "
            + "\"comment\": \"指标太多,重点不清楚。\", \"followUps\": [], \"vague\": false, \"stance\": \"NEGATIVE\", "
            + "\"tags\": [], \"redacted\": false, \"createdAt\": \"2026-07-20T02:18:00Z\", "
            + "\"updatedAt\": \"2026-07-20T02:18:00Z\", \"version\": 0}";

    private final InterviewPlanner planner;
    private final InterviewService interviews;
    private final RecordService records;
    private final SpotQuestionService spotQuestions;
    private final PreparationPackService preparationPacks;

    public InterviewResource(InterviewPlanner planner, InterviewService interviews, RecordService records,
                             SpotQuestionService spotQuestions, PreparationPackService preparationPacks) {
        this.planner = planner;
        this.interviews = interviews;
        this.records = records;
        this.spotQuestions = spotQuestions;
        this.preparationPacks = preparationPacks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "planInterview", summary = "Plan an interview",
            description = "Checks the campaign (open), the participants (known to the HRIS) and the source role "
                    + "(SUPERVISOR: the subject's manager; SUBORDINATE: someone the subject manages; otherwise "
                    + "roleOverrideReason), then snapshots the guide version from the question bank with your "
                    + "token. When the question bank is down or slow: 503 with Retry-After, nothing stored.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "Planned; Location names it.",
            headers = {@Header(name = "Location", description = "The interview's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewView.class)))
    @APIResponse(responseCode = "404", description = "No such campaign.")
    @APIResponse(responseCode = "409", description = "A live interview of the same campaign, subject, interviewee "
            + "and role exists (duplicate-interview), or the campaign is closed (campaign-closed).")
    @APIResponse(responseCode = "422", description = "The source role disagrees with the HRIS (role-mismatch).")
    @APIResponse(responseCode = "503", description = "The question bank is unavailable; see Retry-After.")
    public Response planInterview(@NotNull @Valid PlanInterviewRequest request, @Context UriInfo uri) {
        Interview interview = planner.plan(InterviewMapper.toPlan(request));
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/interviews/{id}").build(interview.id),
                InterviewMapper.toView(interview), interview.version);
    }

    @GET
    @Operation(operationId = "listInterviews", summary = "List interviews",
            description = "In schedule order (id as tie-breaker). An interviewer sees only the interviews they "
                    + "conduct. from and to bound scheduledAt (from inclusive, to exclusive).",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of interviews.")
    public PageResponse<InterviewView> listInterviews(
            @QueryParam("campaignId") @Size(max = 36) String campaignId,
            @QueryParam("subjectExternalId") @Size(max = 128) String subjectExternalId,
            @QueryParam("intervieweeExternalId") @Size(max = 128) String intervieweeExternalId,
            @QueryParam("interviewerId") @Size(max = 200) String interviewerId,
            @Parameter(description = "Status.") @QueryParam("status") InterviewStatus status,
            @Parameter(description = "Scheduled at or after (ISO-8601).", example = "2026-12-01T00:00:00Z")
            @QueryParam("from") Instant from,
            @Parameter(description = "Scheduled before (ISO-8601).", example = "2027-01-01T00:00:00Z")
            @QueryParam("to") Instant to,
            @Valid @BeanParam PageParams page) {
        Slice<Interview> found = interviews.list(new InterviewRepository.Filter(campaignId, subjectExternalId,
                intervieweeExternalId, interviewerId, status, from, to), page.page, page.size);
        return new PageResponse<>(found.items().stream().map(InterviewMapper::toView).toList(), found.total(),
                page.page, page.size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInterview", summary = "Get an interview",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The interview.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewView.class)))
    public Response getInterview(@Parameter(description = ID) @PathParam("id") String id) {
        return ok(interviews.get(id));
    }

    @GET
    @Path("/{id}/questions")
    @Operation(operationId = "listInterviewQuestions", summary = "The interview's questions",
            description = "The guide version's questions as snapshotted at planning, worded for the source role, "
                    + "then those asked on the spot, in order. Every guide question is required.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The questions, all of them (at most a guide's worth plus those "
            + "asked on the spot).")
    public PageResponse<InterviewQuestionView> listInterviewQuestions(
            @Parameter(description = ID) @PathParam("id") String id, @Valid @BeanParam PageParams page) {
        return PageResponse.ofAll(interviews.questions(id), page, InterviewMapper::toView);
    }

    @POST
    @Path("/{id}/prepare")
    @Operation(operationId = "prepareInterview", summary = "Mark the interview prepared (PLANNED → PREPARED)",
            description = "Preparing with an incomplete checklist is allowed and recorded.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The prepared interview.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (invalid-transition).")
    public Response prepareInterview(@Parameter(description = ID) @PathParam("id") String id,
                                     @Parameter(description = ETAG, required = true)
                                     @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(interviews.prepare(id, ifMatch));
    }

    @POST
    @Path("/{id}/start")
    @Operation(operationId = "startInterview", summary = "Start the interview (PREPARED → IN_PROGRESS)",
            description = "The preparation checklist as it is now is kept with the start: starting unprepared is "
                    + "allowed, and shows in the quality review (UNPREPARED).",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The started interview.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (invalid-transition).")
    public Response startInterview(@Parameter(description = ID) @PathParam("id") String id,
                                   @Parameter(description = ETAG, required = true)
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(interviews.start(id, ifMatch));
    }

    @POST
    @Path("/{id}/complete")
    @Operation(operationId = "completeInterview", summary = "Complete the interview (IN_PROGRESS → COMPLETED)",
            description = "Below the campaign's completeness threshold only with an overrideReason; otherwise 422 "
                    + "(incomplete-record) with the score, the threshold and the gaps. The body is optional.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The completed interview.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewView.class)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current status (invalid-transition).")
    @APIResponse(responseCode = "422", description = "The record is below the threshold (incomplete-record).")
    public Response completeInterview(@Parameter(description = ID) @PathParam("id") String id,
                                      @Parameter(description = ETAG, required = true)
                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                      @Valid CompleteRequest request) {
        return ok(interviews.complete(id, ifMatch, request == null ? null : request.overrideReason()));
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelInterview", summary = "Cancel the interview before completion",
            description = "The body, with a reason, is optional. A cancelled interview frees its slot: another may "
                    + "be planned for the same campaign, subject, interviewee and role.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The cancelled interview.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewView.class)))
    @APIResponse(responseCode = "409", description = "Completed or cancelled already (invalid-transition).")
    public Response cancelInterview(@Parameter(description = ID) @PathParam("id") String id,
                                    @Parameter(description = ETAG, required = true)
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid ReasonRequest request) {
        return ok(interviews.cancel(id, ifMatch, request == null ? null : request.reason()));
    }

    @PUT
    @Path("/{id}/preparation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordPreparation", summary = "Record the preparation checklist",
            description = "201 the first time, 200 after, each with the preparation's own ETag; If-Match is "
                    + "optional and, when sent, must be that ETag.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The preparation, changed.",
            headers = @Header(name = "ETag", description = "The preparation's revision.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreparationView.class)))
    @APIResponse(responseCode = "201", description = "The preparation, recorded the first time.",
            headers = @Header(name = "ETag", description = "The preparation's revision.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreparationView.class),
                    examples = @ExampleObject(name = "recordPreparation.created", value = PREPARATION_CREATED)))
    @APIResponse(responseCode = "409", description = "The interview is completed or cancelled.")
    public Response recordPreparation(@Parameter(description = ID) @PathParam("id") String id,
                                      @Parameter(description = "The preparation's ETag (optional).")
                                      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                      @NotNull @Valid PreparationRequest request) {
        InterviewService.Recorded<Interview> recorded = interviews.recordPreparation(id, ifMatch,
                InterviewMapper.toChecklist(request), request.notes());
        Interview interview = recorded.value();
        return Response.status(recorded.created() ? 201 : 200).entity(InterviewMapper.toPreparation(interview))
                .header(HttpHeaders.ETAG, ETags.of(interview.preparationVersion)).build();
    }

    @GET
    @Path("/{id}/preparation-pack")
    @Operation(operationId = "getPreparationPack", summary = "What to know before the interview",
            description = "The interviewee's department, position and manager, and the subject's performance records "
                    + "of their latest three periods with attainment. The interviewee's own performance is not "
                    + "shown when they are not the subject.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The preparation pack.")
    public PreparationPackView getPreparationPack(@Parameter(description = ID) @PathParam("id") String id) {
        return InterviewMapper.toView(preparationPacks.pack(id));
    }

    @PUT
    @Path("/{id}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordConsent", summary = "Record the interviewee's consent",
            description = "Records the confidentiality statement shown (the guide's opening script: its version, "
                    + "locale and a hash of its text) and the time. No answer is accepted before consent. 201 the "
                    + "first time, 200 after, each with the consent's own ETag.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The consent, recorded again.",
            headers = @Header(name = "ETag", description = "The consent's revision.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "201", description = "The consent, recorded the first time.",
            headers = @Header(name = "ETag", description = "The consent's revision.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConsentView.class),
                    examples = @ExampleObject(name = "recordConsent.created", value = CONSENT_CREATED)))
    @APIResponse(responseCode = "409", description = "Withdrawn already, or the interview is over.")
    public Response recordConsent(@Parameter(description = ID) @PathParam("id") String id,
                                  @Parameter(description = "The consent's ETag (optional).")
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull @Valid ConsentRequest request) {
        InterviewService.Recorded<Interview> recorded = interviews.consent(id, ifMatch, request.locale());
        Interview interview = recorded.value();
        return Response.status(recorded.created() ? 201 : 200).entity(InterviewMapper.toConsent(interview))
                .header(HttpHeaders.ETAG, ETags.of(interview.consentVersion)).build();
    }

    @POST
    @Path("/{id}/consent/withdraw")
    @Operation(operationId = "withdrawConsent", summary = "Withdraw consent",
            description = "Also after completion. Answer texts, comments and follow-up answers become null at once "
                    + "and the interview leaves every export; GET /api/v1/consent-withdrawals lists it. The body, "
                    + "with a reason, is optional; If-Match is optional and, when sent, the interview's ETag.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The interview, withdrawn.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InterviewView.class)))
    @APIResponse(responseCode = "409", description = "There is no consent to withdraw (consent-missing).")
    public Response withdrawConsent(@Parameter(description = ID) @PathParam("id") String id,
                                    @Parameter(description = "The interview's ETag (optional).")
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid ReasonRequest request) {
        return ok(interviews.withdraw(id, ifMatch, request == null ? null : request.reason()));
    }

    @PUT
    @Path("/{id}/answers/{questionKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordAnswer", summary = "Record the answer to one question",
            description = "While the interview is IN_PROGRESS and after consent (409 otherwise). Checked against "
                    + "the question: a scale value in range, choices among the options, the field that fits the "
                    + "type; an unknown question key is a 422. 201 the first time; an update needs the answer's "
                    + "ETag (412 stale, 428 missing).",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The answer, changed.",
            headers = @Header(name = "ETag", description = "The answer's revision.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerView.class)))
    @APIResponse(responseCode = "201", description = "The answer, recorded the first time.",
            headers = @Header(name = "ETag", description = "The answer's revision.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerView.class),
                    examples = @ExampleObject(name = "recordAnswer.created", value = ANSWER_CREATED)))
    @APIResponse(responseCode = "409", description = "Not in progress (interview-not-in-progress) or no consent "
            + "(consent-missing).")
    @APIResponse(responseCode = "412", description = "The answer's ETag in If-Match is stale.")
    @APIResponse(responseCode = "422", description = "The interview has no such question (unknown-question).")
    @APIResponse(responseCode = "428", description = "Updating an answer without If-Match.")
    public Response recordAnswer(@Parameter(description = ID) @PathParam("id") String id,
                                 @Parameter(description = "The question's key.", example = "feedback.frequency")
                                 @PathParam("questionKey") @Pattern(regexp = KEY_PATTERN) String questionKey,
                                 @Parameter(description = "The answer's ETag; required to change an answer.")
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid AnswerRequest request) {
        InterviewService.Recorded<Answer> recorded = records.answer(id, questionKey, ifMatch,
                InterviewMapper.toData(request));
        return Response.status(recorded.created() ? 201 : 200).entity(InterviewMapper.toView(recorded.value()))
                .header(HttpHeaders.ETAG, ETags.of(recorded.value().version)).build();
    }

    @GET
    @Path("/{id}/answers")
    @Operation(operationId = "listAnswers", summary = "The interview's answers",
            description = "In the order they were first recorded (id as tie-breaker).",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The answers (one per question at most).")
    public PageResponse<AnswerView> listAnswers(@Parameter(description = ID) @PathParam("id") String id,
                                                @Valid @BeanParam PageParams page) {
        return PageResponse.ofAll(records.answers(id), page, InterviewMapper::toView);
    }

    @POST
    @Path("/{id}/questions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "askQuestion", summary = "Record a question asked on the spot",
            description = "Linted by the question bank (with your token) and kept as asked: a leading question was "
                    + "asked, so it stays, flagged. It gets the next key spot.N and is not required.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "201", description = "The question with its key and lint findings.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpotQuestionView.class)))
    @APIResponse(responseCode = "409", description = "Not in progress, or no consent.")
    @APIResponse(responseCode = "503", description = "The question bank is unavailable; see Retry-After.")
    public Response askQuestion(@Parameter(description = ID) @PathParam("id") String id,
                                @NotNull @Valid SpotQuestionRequest request, @Context UriInfo uri) {
        QuestionType type = request.type() == null ? QuestionType.OPEN : request.type();
        if (type != QuestionType.OPEN && type != QuestionType.SCALE) {
            throw new ProblemException(ProblemType.VALIDATION, "A question asked on the spot is OPEN or SCALE.",
                    List.of(FieldError.body("type", "invalid-value", "must be one of [OPEN, SCALE]")), Map.of(),
                    Map.of());
        }
        SpotQuestionService.Asked asked = spotQuestions.ask(id, request.text(), request.locale(), request.dimension(),
                request.topic(), type);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/interviews/{id}/questions").build(id))
                .entity(InterviewMapper.toSpotView(asked.question(), asked.findings())).build();
    }

    @POST
    @Path("/{id}/emotions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "noteEmotion", summary = "Note an emotion",
            description = "While the interview is IN_PROGRESS and after consent. Strong emotions (intensity 4 or 5) "
                    + "left unacknowledged show in completeness and in the quality review.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "201", description = "The note.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EmotionView.class)))
    @APIResponse(responseCode = "409", description = "Not in progress, or no consent.")
    @APIResponse(responseCode = "422", description = "questionKey names no question of the interview.")
    public Response noteEmotion(@Parameter(description = ID) @PathParam("id") String id,
                                @NotNull @Valid EmotionRequest request, @Context UriInfo uri) {
        EmotionView note = InterviewMapper.toView(records.emotion(id, request.questionKey(), request.emotion(),
                request.intensity(), request.acknowledged(), request.note()));
        return Response.created(uri.getBaseUriBuilder().path("api/v1/interviews/{id}/emotions").build(id))
                .entity(note).build();
    }

    @GET
    @Path("/{id}/emotions")
    @Operation(operationId = "listEmotions", summary = "The interview's emotion notes",
            description = "In the order they were noted.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The notes.")
    public PageResponse<EmotionView> listEmotions(@Parameter(description = ID) @PathParam("id") String id,
                                                  @Valid @BeanParam PageParams page) {
        return PageResponse.ofAll(records.emotions(id), page, InterviewMapper::toView);
    }

    @GET
    @Path("/{id}/completeness")
    @Operation(operationId = "getCompleteness", summary = "How complete the record is",
            description = "score: the share of required questions answered, less 0.05 for each other gap (a core "
                    + "dimension uncovered, a vague answer not followed up, a strong emotion not acknowledged), "
                    + "never below 0; 0 without consent. threshold: the campaign's.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The score, the threshold and the gaps.")
    public CompletenessView getCompleteness(@Parameter(description = ID) @PathParam("id") String id) {
        InterviewService.Assessed assessed = interviews.completeness(id);
        return InterviewMapper.toView(assessed.result(), assessed.threshold());
    }

    @GET
    @Path("/{id}/quality")
    @Operation(operationId = "getQuality", summary = "The interviewer's pitfalls on this record",
            description = "LEADING_QUESTION, EMOTION_UNADDRESSED, UNPREPARED, INACCURATE_RECORD and "
                    + "CLOSED_QUESTION_OVERUSE, each with its evidence; none for an interview done by the book.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN_AND_INTERVIEWER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The pitfalls found.")
    public QualityView getQuality(@Parameter(description = ID) @PathParam("id") String id) {
        return InterviewMapper.toView(interviews.quality(id));
    }

    private static Response ok(Interview interview) {
        return ETags.ok(InterviewMapper.toView(interview), interview.version);
    }
}
