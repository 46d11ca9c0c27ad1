package io.pmi.interview.rest;

import io.pmi.interview.mapping.PerformanceMapper;
import io.pmi.interview.rest.api.PerformanceRecordView;
import io.pmi.interview.service.PerformanceService;
import io.pmi.platform.paging.CursorPage;
import io.pmi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{id}/performance-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
@RolesAllowed(Roles.HR_ADMIN)
public class CampaignHistoryResource {

    private final PerformanceService performance;

    public CampaignHistoryResource(PerformanceService performance) {
        this.performance = performance;
    }

    @GET
    @Operation(operationId = "listCampaignPerformanceRecords", summary = "The performance history of a campaign's "
            + "subjects", description = "Every record of every subject of the campaign (the subjects of its "
            + "interviews that are not cancelled), ordered by the subject's external id and then the record's id, "
            + "each with participantExternalId and attainment, for campaign summaries. Paged by cursor: a reader "
            + "going to the last page sees each record once while the HRIS syncs more.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of records.")
    @APIResponse(responseCode = "404", description = "No such campaign.")
    public CursorPage<PerformanceRecordView> listCampaignPerformanceRecords(
            @Parameter(description = "The campaign's id.") @PathParam("id") String id,
            @Parameter(description = "nextCursor of the previous page.") @QueryParam("cursor") @Size(max = 600)
            String cursor,
            @Parameter(description = "Records per page, 1 to 1000.", example = "500")
            @QueryParam("size") @DefaultValue("500") @Min(1) @Max(1000) int size) {
        return performance.ofCampaign(id, cursor, size)
                .map(row -> PerformanceMapper.toView(row.externalId(), row.record()));
    }
}
