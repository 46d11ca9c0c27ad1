package io.pmi.interview.rest;

import io.pmi.interview.domain.ExportDetail;
import io.pmi.interview.domain.ExportOrder;
import io.pmi.interview.mapping.InterviewMapper;
import io.pmi.interview.rest.api.ExportView;
import io.pmi.interview.service.ExportService;
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

@Path("/api/v1/campaigns/{id}/export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
@RolesAllowed(Roles.HR_ADMIN)
public class CampaignExportResource {

    private final ExportService exports;

    public CampaignExportResource(ExportService exports) {
        this.exports = exports;
    }

    @GET
    @Operation(operationId = "exportCampaign", summary = "Export a campaign's interviews for reports",
            description = "Completed, consented interviews only (withdrawn and erased ones never), in completion "
                    + "order (or by subject, then completion: order=SUBJECT), each with its answers, questions and "
                    + "emotion notes; with subjectExternalId, only that subject's, and the subject's department, "
                    + "manager chain and performance records. One call per page; the cursor stays stable while "
                    + "interviews are added, and belongs to the order it was issued in. detail=ANALYSIS leaves out "
                    + "the questions' wording and probes; detail=MINIMAL also each answer's followUps, createdAt, "
                    + "updatedAt and version. Interviewees are not named.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of the export.")
    @APIResponse(responseCode = "404", description = "No such campaign, or no such subject.")
    public ExportView exportCampaign(
            @Parameter(description = "The campaign's id.") @PathParam("id") String id,
            @Parameter(description = "Only this subject's interviews.", example = "E1001")
            @QueryParam("subjectExternalId") @Size(max = 128) String subjectExternalId,
            @Parameter(description = "nextCursor of the previous page.") @QueryParam("cursor") @Size(max = 300)
            String cursor,
            @Parameter(description = "Interviews per page, 1 to 200.", example = "50")
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
            @Parameter(description = "COMPLETION: a feed, new completions come last. SUBJECT: each subject's "
                    + "interviews together.") @QueryParam("order") @DefaultValue("COMPLETION") ExportOrder order,
            @Parameter(description = "FULL; ANALYSIS: questions without wording and probes; MINIMAL: what "
                    + "report-service's campaign summaries read, ANALYSIS with answers without followUps, createdAt, "
                    + "updatedAt and version.")
            @QueryParam("detail") @DefaultValue("FULL") ExportDetail detail) {
        return InterviewMapper.toView(exports.page(id, subjectExternalId, order, detail, cursor, size));
    }
}
