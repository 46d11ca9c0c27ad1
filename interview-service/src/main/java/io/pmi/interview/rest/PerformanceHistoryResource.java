package io.pmi.interview.rest;

import io.pmi.interview.domain.Period;
import io.pmi.interview.mapping.PerformanceMapper;
import io.pmi.interview.repository.PerformanceRecord;
import io.pmi.interview.repository.Slice;
import io.pmi.interview.rest.api.Limits;
import io.pmi.interview.rest.api.PerformanceRecordView;
import io.pmi.interview.service.PerformanceService;
import io.pmi.platform.paging.PageParams;
import io.pmi.platform.paging.PageResponse;
import io.pmi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/v1/participants/{externalId}/performance-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Performance history")
public class PerformanceHistoryResource {

    private final PerformanceService performance;

    public PerformanceHistoryResource(PerformanceService performance) {
        this.performance = performance;
    }

    @GET
    @RolesAllowed(Roles.HR_ADMIN)
    @Operation(operationId = "listPerformanceRecords", summary = "List a participant's performance history",
            description = "Ordered by the period's first day; of periods starting on the same day the longer first "
                    + "(2026, 2026-H1, 2026-Q1, 2026-01), then by indicator, the id as tie-breaker. from and to are "
                    + "periods of any form: a record is listed when its period lies wholly between the first day of "
                    + "from and the last day of to (from=2026&to=2026 lists 2026 and everything in it). Each record "
                    + "carries its attainment.",
            extensions = @Extension(name = "x-roles", value = ParticipantResource.HR, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of records.")
    public PageResponse<PerformanceRecordView> listPerformanceRecords(
            @Parameter(description = "The participant's external id.", example = "E1002")
            @PathParam("externalId") @Pattern(regexp = Limits.EXTERNAL_ID) String externalId,
            @Parameter(description = "Records from the first day of this period.", example = "2025")
            @QueryParam("from") @Pattern(regexp = Period.PATTERN) String from,
            @Parameter(description = "Records up to the last day of this period; must not end before from starts.",
                    example = "2026-H1")
            @QueryParam("to") @Pattern(regexp = Period.PATTERN) String to,
            @Valid @BeanParam PageParams page) {
        Slice<PerformanceRecord> found = performance.list(externalId, PerformanceMapper.period(from),
                PerformanceMapper.period(to), page.page, page.size);
        return new PageResponse<>(found.items().stream().map(r -> PerformanceMapper.toView(externalId, r)).toList(),
                found.total(), page.page, page.size);
    }
}
