package io.pmi.questionbank.rest;

import io.pmi.platform.http.ETags;
import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.i18n.Localized;
import io.pmi.platform.paging.PageParams;
import io.pmi.platform.paging.PageResponse;
import io.pmi.platform.security.Roles;
import io.pmi.questionbank.domain.GuideStatus;
import io.pmi.questionbank.domain.Source;
import io.pmi.questionbank.domain.SourceRole;
import io.pmi.questionbank.mapping.GuideMapper;
import io.pmi.questionbank.repository.Guide;
import io.pmi.questionbank.repository.GuideRepository;
import io.pmi.questionbank.repository.GuideVersion;
import io.pmi.questionbank.rest.api.GuideRequest;
import io.pmi.questionbank.rest.api.GuideVersionView;
import io.pmi.questionbank.rest.api.GuideView;
import io.pmi.questionbank.service.GuideService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

@Path("/api/v1/guides")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Guides", description = "Interview guides (访谈提纲) by source role, with immutable published versions.")
public class GuideResource {

    static final String ETAG = "The guide's revision, for If-Match.";

    private final GuideService guides;

    public GuideResource(GuideService guides) {
        this.guides = guides;
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTERVIEWER, Roles.MANAGER})
    @Operation(operationId = "listGuides", summary = "List guides",
            description = "Built-in guides and your own, in key order (id as tie-breaker).",
            extensions = @Extension(name = "x-roles", value = Roles.X_STAFF, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of guides.")
    public PageResponse<GuideView> listGuides(
            @Parameter(description = "Only guides for this source role.") @QueryParam("role") SourceRole role,
            @Parameter(description = "Status.") @QueryParam("status") GuideStatus status,
            @Parameter(description = "library: built-in guides only; tenant: your own only.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"library", "tenant"}))
            @QueryParam("source") Source source,
            @Valid @BeanParam PageParams page) {
        GuideRepository.Page found = guides.list(role, status, source, page.page, page.size);
        return new PageResponse<>(found.items().stream().map(GuideMapper::toView).toList(), found.total(),
                page.page, page.size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "createGuide", summary = "Create a guide of your own",
            description = "Created as DRAFT. Sections name dimensions, each once; questions are ids of questions you "
                    + "see (built-in or your own), each in the section of its dimension and at most once.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            headers = {@Header(name = "Location", description = "The new guide's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GuideView.class)))
    @APIResponse(responseCode = "409", description = "A guide with this key exists.")
    public Response createGuide(@NotNull @Valid GuideRequest request, @Context UriInfo uri) {
        return created(guides.create(GuideMapper.toContent(request)), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTERVIEWER, Roles.MANAGER})
    @Operation(operationId = "getGuide", summary = "Get a guide's working copy",
            extensions = @Extension(name = "x-roles", value = Roles.X_STAFF, parseValue = true))
    @APIResponse(responseCode = "200", description = "The guide.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GuideView.class)))
    public Response getGuide(@Parameter(description = "The guide's id.") @PathParam("id") String id) {
        return ok(guides.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "updateGuide", summary = "Change a guide's working copy",
            description = "Published versions are not affected; publish again to freeze the change. Built-in guides "
                    + "cannot be changed (403): copy them.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "The changed guide.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GuideView.class)))
    @APIResponse(responseCode = "409", description = "Another guide has this key.")
    @APIResponse(responseCode = "412", description = "The ETag in If-Match is not the current one.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response updateGuide(@Parameter(description = "The guide's id.") @PathParam("id") String id,
                                @Parameter(description = "The ETag you read.", required = true)
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @NotNull @Valid GuideRequest request) {
        return ok(guides.update(id, ifMatch, GuideMapper.toContent(request)));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "deleteGuide", summary = "Delete a guide that was never published",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", description = "The guide has published versions.")
    @APIResponse(responseCode = "412", description = "The ETag in If-Match is not the current one.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public void deleteGuide(@Parameter(description = "The guide's id.") @PathParam("id") String id,
                            @Parameter(description = "The ETag you read.", required = true)
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        guides.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed(Roles.HR_ADMIN)
    @Localized
    @Operation(operationId = "publishGuide", summary = "Publish the working copy as the next version",
            description = "Freezes the guide with every question pinned at its current version. Refused (422) when "
                    + "one of the core dimensions GOALS, INDICATORS, FEEDBACK and INCENTIVES has no active question, "
                    + "a question is not active or has no wording for the guide's role (type guide-incomplete, issues "
                    + "in errors), or a question has a lint ERROR (type lint-errors, in findings, messages in the "
                    + "language of Accept-Language). The guide's ETag changes: the answer's ETag header is the new one.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "The published version; Location names it.",
            headers = {@Header(name = "Location", description = "The version's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The guide's new revision, for the If-Match of the next "
                            + "change to its working copy.", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GuideVersionView.class)))
    @APIResponse(responseCode = "412", description = "The ETag in If-Match is not the current one.")
    @APIResponse(responseCode = "422", description = "The guide is incomplete or has lint errors.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response publishGuide(@Parameter(description = "The guide's id.") @PathParam("id") String id,
                                 @Parameter(description = "The ETag you read.", required = true)
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                 @Context UriInfo uri) {
        GuideService.Publication published = guides.publish(id, ifMatch, ContentLanguage.negotiate(acceptLanguage));
        GuideVersion version = published.version();
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/guides/{id}/versions/{version}")
                .build(version.guideId, version.number), GuideMapper.toVersionView(version),
                published.guide().revision);
    }

    @POST
    @Path("/{id}/copy")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "copyGuide", summary = "Copy a guide into your own",
            description = "Copies the working copy of a built-in guide (or one of your own) as a DRAFT of yours.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "The copy; Location names it.",
            headers = {@Header(name = "Location", description = "The copy's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GuideView.class)))
    @APIResponse(responseCode = "409", description = "A guide with the copy's key exists: name another key.")
    public Response copyGuide(@Parameter(description = "The id of the guide to copy.") @PathParam("id") String id,
                              @Parameter(description = "Key of the copy; default: the original's key followed by "
                                      + "'-copy'.", example = "sales.self")
                              @QueryParam("key") @Pattern(regexp = QuestionResource.KEY_PATTERN) String key,
                              @Context UriInfo uri) {
        return created(guides.copy(id, key), uri);
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTERVIEWER, Roles.MANAGER})
    @Operation(operationId = "getGuideVersion", summary = "Get a published version in full",
            description = "The frozen guide in one response: scripts, sections and every question at its pinned "
                    + "version, worded for the guide's role in every locale, with options, scale, probes and measure.",
            extensions = @Extension(name = "x-roles", value = Roles.X_STAFF, parseValue = true))
    @APIResponse(responseCode = "200", description = "The version.")
    public GuideVersionView getGuideVersion(
            @Parameter(description = "The guide's id.") @PathParam("id") String id,
            @Parameter(description = "The version number, from 1.", example = "1")
            @PathParam("version") @Min(1) @Max(1_000_000) int version) {
        return GuideMapper.toVersionView(guides.version(id, version));
    }

    private static Response created(Guide guide, UriInfo uri) {
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/guides/{id}").build(guide.id),
                GuideMapper.toView(guide), guide.revision);
    }

    private static Response ok(Guide guide) {
        return ETags.ok(GuideMapper.toView(guide), guide.revision);
    }
}
