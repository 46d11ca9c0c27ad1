package io.pmi.report.rest;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.security.Roles;
import io.pmi.platform.tenancy.CurrentTenant;
import io.pmi.report.mapping.SummaryMapper;
import io.pmi.report.rest.api.SummaryView;
import io.pmi.report.service.CallerToken;
import io.pmi.report.service.CampaignSummaries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaign summaries", description = "A campaign at a glance, computed as a job: findings counted by type "
        + "and severity, the subjects with the most severe findings, and k-anonymous dimension scores by department "
        + "and source role.")
@RolesAllowed(Roles.HR_ADMIN)
public class SummaryResource {

    private final CampaignSummaries summaries;
    private final JsonWebToken jwt;
    private final CurrentTenant tenant;

    public SummaryResource(CampaignSummaries summaries, JsonWebToken jwt, CurrentTenant tenant) {
        this.summaries = summaries;
        this.jwt = jwt;
        this.tenant = tenant;
    }

    @POST
    @Path("/campaigns/{campaignId}/summaries")
    @Operation(operationId = "startCampaignSummary", summary = "Start a campaign summary",
            description = "Checks the campaign with interview-service, then computes the summary in the background "
                    + "with your token (captured now: the job fails with token-expired if it expires first) from "
                    + "the campaign's paged export and performance records, never one call per subject. While a "
                    + "summary of the campaign is running, starting another joins it (same Location). Dimension "
                    + "names follow Accept-Language. Poll Location until status is DONE or FAILED.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "202", description = "Started, or joined the one running; Location is its status.",
            headers = @Header(name = "Location", description = "GET it for the status and, when DONE, the result.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SummaryView.class)))
    @APIResponse(responseCode = "404", description = "No such campaign in your tenant.")
    @APIResponse(responseCode = "503", description = "interview-service is unavailable, or every summary worker of "
            + "this replica is busy (summaries-busy); see Retry-After.")
    public Response startCampaignSummary(
            @Parameter(description = "The campaign's id in interview-service.") @PathParam("campaignId")
            @Size(max = 36) String campaignId,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context UriInfo uri) {
        CallerToken token = new CallerToken(jwt.getRawToken(), Instant.ofEpochSecond(jwt.getExpirationTime()),
                tenant.id(), jwt.getName());
        CampaignSummaries.Started started = summaries.start(campaignId,
                ContentLanguage.negotiate(acceptLanguage).tag(), token);
        return Response.accepted(SummaryMapper.toView(summaries.get(started.job().id)))
                .location(uri.getBaseUriBuilder().path("api/v1/summaries/{id}").build(started.job().id)).build();
    }

    @GET
    @Path("/summaries/{id}")
    @Operation(operationId = "getCampaignSummary", summary = "Read a campaign summary's status and result",
            description = "Any replica answers: the job's state is stored. A RUNNING job whose replica stopped is "
                    + "answered as FAILED (orphaned) once it has shown no progress for pmi.report."
                    + "summary-orphaned-after (2 minutes by default).",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "The job: its status, progress and, when DONE, the result.")
    @APIResponse(responseCode = "404", description = "No such summary in your tenant.")
    public SummaryView getCampaignSummary(@Parameter(description = "The summary's id.") @PathParam("id") String id) {
        return SummaryMapper.toView(summaries.get(id));
    }
}
