package io.pmi.interview.rest;

import io.pmi.interview.domain.EmploymentStatus;
import io.pmi.interview.mapping.ParticipantMapper;
import io.pmi.interview.repository.Participant;
import io.pmi.interview.repository.Slice;
import io.pmi.interview.rest.api.ErasureView;
import io.pmi.interview.rest.api.Limits;
import io.pmi.interview.rest.api.ManagerChainView;
import io.pmi.interview.rest.api.ParticipantBatchRequest;
import io.pmi.interview.rest.api.ParticipantRequest;
import io.pmi.interview.rest.api.ParticipantView;
import io.pmi.interview.rest.api.UpsertResult;
import io.pmi.interview.service.ParticipantErasure;
import io.pmi.interview.service.ParticipantService;
import io.pmi.platform.http.ETags;
import io.pmi.platform.paging.PageParams;
import io.pmi.platform.paging.PageResponse;
import io.pmi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "Employees synced from the HRIS, keyed by its external id.")
public class ParticipantResource {

    /** HRIS integrations write participants; HR admins do everything. */
    static final String SYNC = "[\"HR_ADMIN\", \"INTEGRATION\"]";
    static final String HR = "[\"HR_ADMIN\"]";
    static final String ETAG_DESCRIPTION = "The participant's version, for an optional If-Match.";
    /** The filter adds the example file to the first success response only (200); this is the 201's. */
    static final String CREATED_EXAMPLE = "{\"id\": \"5b0c7f1e-3c1a-4a57-9d51-0d2f1f4f8a11\", \"externalId\": \"E1002\", "
            + "\"name\": \"王芳\", \"email\": \"wang.fang@example.com\", \"department\": \"华东销售部\", "
            + "\"position\": \"销售经理\", \"managerExternalId\": \"E1001\", \"employmentStatus\": \"ACTIVE\", "
            + "\"erased\": false, \"createdAt\": \"2026-03-02T08:15:30.123456Z\", "
            + "\"updatedAt\": \"2026-03-02T08:15:30.123456Z\", \"version\": 0}";

    private final ParticipantService participants;
    private final ParticipantErasure erasure;

    public ParticipantResource(ParticipantService participants, ParticipantErasure erasure) {
        this.participants = participants;
        this.erasure = erasure;
    }

    @PUT
    @Path("/{externalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "upsertParticipant", summary = "Create or replace a participant",
            description = "Upsert by the HRIS's external id: 201 with Location when the participant is new, 200 "
                    + "otherwise. Idempotent: the same body again changes nothing (not even the version) and answers "
                    + "the same body. Fields left out become empty. A manager that is not known yet is accepted and "
                    + "resolves when it is synced. If-Match is optional: sent, it must be the current ETag (412). A "
                    + "participant erased on request cannot be synced again (409 participant-erased).",
            extensions = @Extension(name = "x-roles", value = SYNC, parseValue = true))
    @APIResponse(responseCode = "200", description = "The participant, replaced (or unchanged).",
            headers = @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "201", description = "The participant, created.",
            headers = {
                    @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Location", description = "The participant's URL.",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ParticipantView.class),
                    examples = @ExampleObject(name = "upsertParticipant.created", value = CREATED_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "participant-erased: the participant's data was erased on "
            + "request, and the external id stays blocked; or a concurrent upsert created it first (conflict).")
    @APIResponse(responseCode = "412", description = "If-Match was sent and is not the current ETag.")
    public Response upsertParticipant(
            @Parameter(description = "The HRIS's id of the employee.", example = "E1002")
            @PathParam("externalId") @Pattern(regexp = Limits.EXTERNAL_ID) String externalId,
            @Parameter(description = "Optional: the ETag you read, to refuse the change if it is stale.")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ParticipantRequest request,
            @Context UriInfo uri) {
        ParticipantService.Upserted upserted = participants.upsert(ParticipantMapper.toData(externalId, request),
                ifMatch);
        Response.ResponseBuilder response = upserted.created() ? Response.created(uri.getAbsolutePath())
                : Response.ok();
        return withETag(response.entity(ParticipantMapper.toView(upserted.participant())), upserted.participant());
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "upsertParticipants", summary = "Create or replace up to 1,000 participants",
            description = "Each row is an upsert as by PUT, keyed by externalId. All rows or none: when any row is "
                    + "invalid nothing is stored, and the 400 lists every invalid input at once, each with its row's "
                    + "path (items[17].email); an external id twice in the batch is invalid (code duplicate). Rows "
                    + "for a participant erased on request are skipped and counted as erased, never a failure. At "
                    + "most " + Limits.BATCH_ITEMS + " items (400 above) and a body of " + Limits.BATCH_BODY
                    + " (413 above).",
            extensions = @Extension(name = "x-roles", value = SYNC, parseValue = true))
    @APIResponse(responseCode = "200", description = "What the batch did.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UpsertResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid rows (each with its path) or more than 1,000 items; "
            + "nothing was stored.")
    @APIResponse(responseCode = "409", description = "A concurrent upsert created one of the participants first; "
            + "nothing was stored, send the batch again.")
    public UpsertResult upsertParticipants(@NotNull @Valid ParticipantBatchRequest request) {
        return ParticipantMapper.toResult(participants.upsertAll(ParticipantMapper.toData(request.items())));
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "listParticipants", summary = "List participants",
            description = "Participants that are not erased, ordered by externalId (the id as tie-breaker). Filters "
                    + "combine with AND; department is matched ignoring case.",
            extensions = @Extension(name = "x-roles", value = SYNC, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of participants.")
    public PageResponse<ParticipantView> listParticipants(
            @Parameter(description = "Only this department.", example = "华东销售部")
            @QueryParam("department") @Size(min = 1, max = 200) String department,
            @Parameter(description = "Only the direct reports of this manager.", example = "E1001")
            @QueryParam("managerExternalId") @Pattern(regexp = Limits.EXTERNAL_ID) String managerExternalId,
            @Parameter(description = "Only this employment status.")
            @QueryParam("employmentStatus") EmploymentStatus employmentStatus,
            @Valid @BeanParam PageParams page) {
        Slice<Participant> found = participants.list(department, managerExternalId, employmentStatus, page.page,
                page.size);
        return new PageResponse<>(found.items().stream().map(ParticipantMapper::toView).toList(), found.total(),
                page.page, page.size);
    }

    @GET
    @Path("/{externalId}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "getParticipant", summary = "Get a participant",
            description = "An erased participant answers with its tombstone: erased true, erasedAt, every personal "
                    + "field null.",
            extensions = @Extension(name = "x-roles", value = SYNC, parseValue = true))
    @APIResponse(responseCode = "200", description = "The participant.",
            headers = @Header(name = "ETag", description = ETAG_DESCRIPTION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ParticipantView.class)))
    public Response getParticipant(
            @Parameter(description = "The HRIS's id of the employee.", example = "E1002")
            @PathParam("externalId") @Pattern(regexp = Limits.EXTERNAL_ID) String externalId) {
        Participant participant = participants.get(externalId);
        return withETag(Response.ok(ParticipantMapper.toView(participant)), participant);
    }

    @GET
    @Path("/{externalId}/chain")
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "getManagerChain", summary = "Get a participant's manager chain",
            description = "The managers from the direct manager upward, as far as the HRIS data goes, and why the "
                    + "chain ends there: at the top, at a manager not synced yet, at an erased participant, at a loop "
                    + "in the data (a manager already in the chain is never repeated), or after 50 managers.",
            extensions = @Extension(name = "x-roles", value = SYNC, parseValue = true))
    @APIResponse(responseCode = "200", description = "The chain.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ManagerChainView.class)))
    public ManagerChainView getManagerChain(
            @Parameter(description = "The HRIS's id of the employee.", example = "E1002")
            @PathParam("externalId") @Pattern(regexp = Limits.EXTERNAL_ID) String externalId) {
        return ParticipantMapper.toView(externalId, participants.chain(externalId));
    }

    @DELETE
    @Path("/{externalId}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "eraseParticipant", summary = "Erase a participant's personal data",
            description = "For erasure requests (PIPL, GDPR): removes the participant's performance records and "
                    + "clears every personal field; the external id stays as a tombstone with the erasure time, so "
                    + "that a later sync cannot bring the data back (PUT answers 409 participant-erased, a batch "
                    + "skips the row and counts it as erased). GET then answers the tombstone. Erasing again is "
                    + "harmless. No If-Match: an erasure does not depend on the version it erases.",
            extensions = @Extension(name = "x-roles", value = HR, parseValue = true))
    @APIResponse(responseCode = "200", description = "What was erased.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ErasureView.class)))
    public ErasureView eraseParticipant(
            @Parameter(description = "The HRIS's id of the employee.", example = "E1002")
            @PathParam("externalId") @Pattern(regexp = Limits.EXTERNAL_ID) String externalId) {
        return ParticipantMapper.toView(erasure.erase(externalId));
    }

    private static Response withETag(Response.ResponseBuilder response, Participant participant) {
        return response.header(HttpHeaders.ETAG, ETags.of(participant.version)).build();
    }
}
