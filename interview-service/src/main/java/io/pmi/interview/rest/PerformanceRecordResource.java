package io.pmi.interview.rest;

import io.pmi.interview.mapping.ParticipantMapper;
import io.pmi.interview.mapping.PerformanceMapper;
import io.pmi.interview.rest.api.Limits;
import io.pmi.interview.rest.api.PerformanceBatchRequest;
import io.pmi.interview.rest.api.UpsertResult;
import io.pmi.interview.service.PerformanceService;
import io.pmi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/performance-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Performance history", description = "Performance records from the HRIS: one indicator of one "
        + "participant in one period, with its attainment.")
public class PerformanceRecordResource {

    private final PerformanceService performance;

    public PerformanceRecordResource(PerformanceService performance) {
        this.performance = performance;
    }

    @POST
    @Path("/batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "upsertPerformanceRecords", summary = "Create or replace up to 1,000 performance records",
            description = "Upsert keyed by participant, period and indicator; all rows or none. A malformed row "
                    + "(a period not of the forms 2026, 2026-H1, 2026-Q3, 2026-07, a figure that is not a JSON "
                    + "number or is beyond ±999,999,999,999,999, a key twice in the batch) or a participant that does not exist "
                    + "(code unknown) refuses the whole batch with a 400 naming each row's path "
                    + "(items[17].period): malformed rows are reported first, all at once, then unknown "
                    + "participants, all at once. Rows of a participant erased on request are skipped and counted as "
                    + "erased. Figures are kept to 4 decimal places (rounded half up). At most " + Limits.BATCH_ITEMS
                    + " items (400 above) and a body of " + Limits.BATCH_BODY + " (413 above).",
            extensions = @Extension(name = "x-roles", value = ParticipantResource.SYNC, parseValue = true))
    @APIResponse(responseCode = "200", description = "What the batch did.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UpsertResult.class)))
    @APIResponse(responseCode = "400", description = "Invalid rows, unknown participants (each with its row's path) "
            + "or more than 1,000 items; nothing was stored.")
    @APIResponse(responseCode = "409", description = "A concurrent batch created one of the records first; nothing "
            + "was stored, send the batch again.")
    public UpsertResult upsertPerformanceRecords(@NotNull @Valid PerformanceBatchRequest request) {
        return ParticipantMapper.toResult(performance.upsertAll(PerformanceMapper.toData(request.items())));
    }
}
