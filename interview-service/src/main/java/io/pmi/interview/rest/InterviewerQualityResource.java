package io.pmi.interview.rest;

import io.pmi.interview.mapping.InterviewMapper;
import io.pmi.interview.rest.api.InterviewerQualityView;
import io.pmi.interview.service.InterviewerQualityService;
import io.pmi.platform.paging.PageParams;
import io.pmi.platform.paging.PageResponse;
import io.pmi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/campaigns/{id}/interviewer-quality")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns")
@RolesAllowed(Roles.HR_ADMIN)
public class InterviewerQualityResource {

    private final InterviewerQualityService quality;

    public InterviewerQualityResource(InterviewerQualityService quality) {
        this.quality = quality;
    }

    @GET
    @Operation(operationId = "listInterviewerQuality", summary = "Interview quality per interviewer",
            description = "For each interviewer of the campaign, by interviewer id: the interviews completed, and for "
                    + "each pitfall of the quality review (as GET /interviews/{id}/quality finds them) the number "
                    + "of interviews that show it. Interviews whose consent was withdrawn or whose interviewee was "
                    + "erased count as done but are not reviewed.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of interviewers.")
    @APIResponse(responseCode = "404", description = "No such campaign.")
    public PageResponse<InterviewerQualityView> listInterviewerQuality(
            @Parameter(description = "The campaign's id.") @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return PageResponse.ofAll(quality.ofCampaign(id), page, InterviewMapper::toView);
    }
}
