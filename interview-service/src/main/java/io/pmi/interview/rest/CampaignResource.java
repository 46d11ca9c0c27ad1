package io.pmi.interview.rest;

import io.pmi.interview.domain.CampaignPeriod;
import io.pmi.interview.domain.CampaignStatus;
import io.pmi.interview.mapping.CampaignMapper;
import io.pmi.interview.repository.Campaign;
import io.pmi.interview.repository.CampaignRepository;
import io.pmi.interview.rest.api.CampaignRequest;
import io.pmi.interview.rest.api.CampaignView;
import io.pmi.interview.service.CampaignService;
import io.pmi.platform.http.ETags;
import io.pmi.platform.paging.PageParams;
import io.pmi.platform.paging.PageResponse;
import io.pmi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Campaigns (访谈项目): which departments and period an HR team looks at, in "
        + "which language, with which guide per source role, and the thresholds for completeness, anonymity and gaps.")
public class CampaignResource {

    static final String ETAG = "The campaign's revision, for If-Match.";

    private final CampaignService campaigns;

    public CampaignResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "listCampaigns", summary = "List campaigns",
            description = "The tenant's campaigns in name order (id as tie-breaker), optionally of one status or "
                    + "period.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of campaigns.")
    public PageResponse<CampaignView> listCampaigns(
            @Parameter(description = "Only campaigns in this status.") @QueryParam("status") CampaignStatus status,
            @Parameter(description = "Only campaigns of exactly this period (2026, 2026-H1, 2026-Q3, 2026-07).",
                    example = "2026-H1")
            @QueryParam("period") @Pattern(regexp = CampaignPeriod.PATTERN) String period,
            @Valid @BeanParam PageParams page) {
        CampaignRepository.Page found = campaigns.list(status, period, page.page, page.size);
        return new PageResponse<>(found.items().stream().map(CampaignMapper::toView).toList(), found.total(),
                page.page, page.size);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "createCampaign", summary = "Create a campaign",
            description = "Created OPEN. Defaults: locale zh-CN, no departments (the whole company), no guides, "
                    + "anonymityThreshold 3, completenessThreshold 0.8, gapThreshold a third of each scale's range. "
                    + "Each guide is checked with the question bank, with your token: unknown to you (guides[i].guideId "
                    + "unknown), written for another role (guides[i].role mismatch), without the version named "
                    + "(guides[i].version unknown) or, with no version named, never published (guides[i].guideId "
                    + "not-published) is a 400. When the question bank cannot answer, nothing is stored: 503 with "
                    + "Retry-After.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "Created; Location names it.",
            headers = {@Header(name = "Location", description = "The new campaign's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "400", description = "Invalid settings or guides; errors lists each at its JSON path.")
    @APIResponse(responseCode = "503", description = "The question bank is not available; nothing was stored. Try "
            + "again after Retry-After seconds.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again.",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Response createCampaign(@NotNull CampaignRequest request, @Context UriInfo uri) {
        Campaign campaign = campaigns.create(CampaignMapper.toSettings(request));
        return ETags.created(uri.getBaseUriBuilder().path("api/v1/campaigns/{id}").build(campaign.id),
                CampaignMapper.toView(campaign), campaign.revision);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "getCampaign", summary = "Get a campaign",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "The campaign.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignView.class)))
    public Response getCampaign(@Parameter(description = "The campaign's id.") @PathParam("id") String id) {
        return ok(campaigns.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "updateCampaign", summary = "Change an open campaign's settings",
            description = "Replaces every setting (what is left out takes its default again). Guides that are new "
                    + "or changed are checked with the question bank as on create. A closed campaign cannot be "
                    + "changed (409).",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "The changed campaign.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "400", description = "Invalid settings or guides; errors lists each at its JSON path.")
    @APIResponse(responseCode = "409", description = "The campaign is closed.")
    @APIResponse(responseCode = "412", description = "The ETag in If-Match is not the current one.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    @APIResponse(responseCode = "503", description = "The question bank is not available; nothing was changed. Try "
            + "again after Retry-After seconds.",
            headers = @Header(name = "Retry-After", description = "Seconds to wait before trying again.",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Response updateCampaign(@Parameter(description = "The campaign's id.") @PathParam("id") String id,
                                   @Parameter(description = "The ETag you read.", required = true)
                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @NotNull CampaignRequest request) {
        return ok(campaigns.update(id, ifMatch, CampaignMapper.toSettings(request)));
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "closeCampaign", summary = "Close a campaign",
            description = "OPEN → CLOSED, for good: a closed campaign's settings no longer change. Closing a closed "
                    + "campaign is a 409 invalid-transition. The ETag changes.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "The closed campaign.",
            headers = @Header(name = "ETag", description = ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "409", description = "The campaign is closed already (type invalid-transition).")
    @APIResponse(responseCode = "412", description = "The ETag in If-Match is not the current one.")
    @APIResponse(responseCode = "428", description = "If-Match is missing.")
    public Response closeCampaign(@Parameter(description = "The campaign's id.") @PathParam("id") String id,
                                  @Parameter(description = "The ETag you read.", required = true)
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(campaigns.close(id, ifMatch));
    }

    private static Response ok(Campaign campaign) {
        return ETags.ok(CampaignMapper.toView(campaign), campaign.revision);
    }
}
