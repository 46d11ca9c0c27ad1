package io.pmi.interview.rest;

import io.pmi.interview.mapping.InterviewMapper;
import io.pmi.interview.repository.Interview;
import io.pmi.interview.repository.Slice;
import io.pmi.interview.rest.api.WithdrawalView;
import io.pmi.interview.service.InterviewService;
import io.pmi.platform.paging.PageParams;
import io.pmi.platform.paging.PageResponse;
import io.pmi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

@Path("/api/v1/consent-withdrawals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interviews")
@RolesAllowed(Roles.HR_ADMIN)
public class ConsentWithdrawalResource {

    private final InterviewService interviews;

    public ConsentWithdrawalResource(InterviewService interviews) {
        this.interviews = interviews;
    }

    @GET
    @Operation(operationId = "listConsentWithdrawals", summary = "Interviews withdrawn or erased since a time",
            description = "Every interview whose consent was withdrawn or whose interviewee was erased at or after "
                    + "since, oldest first (id as tie-breaker), so that report-service can drop them from reports it "
                    + "stored. Poll with the time of the last item seen.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of withdrawals.")
    public PageResponse<WithdrawalView> listConsentWithdrawals(
            @Parameter(description = "From this time on (ISO-8601).", required = true, example = "2026-12-01T00:00:00Z")
            @QueryParam("since") @NotNull Instant since,
            @Valid @BeanParam PageParams page) {
        Slice<Interview> found = interviews.excludedSince(since, page.page, page.size);
        return new PageResponse<>(found.items().stream().map(InterviewMapper::toWithdrawal).toList(), found.total(),
                page.page, page.size);
    }
}
