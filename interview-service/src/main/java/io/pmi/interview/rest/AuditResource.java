package io.pmi.interview.rest;

import io.pmi.interview.mapping.InterviewMapper;
import io.pmi.interview.repository.AuditEvent;
import io.pmi.interview.repository.Slice;
import io.pmi.interview.rest.api.AuditEventView;
import io.pmi.interview.service.AuditLog;
import io.pmi.platform.paging.PageParams;
import io.pmi.platform.paging.PageResponse;
import io.pmi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
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

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who read or changed which interview record, and when.")
@RolesAllowed(Roles.HR_ADMIN)
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "The audit log",
            description = "Every read and change of an interview record (answers, consent, emotions included), "
                    + "oldest first (id as tie-breaker); from inclusive, to exclusive. Append-only.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of events.")
    public PageResponse<AuditEventView> listAuditEvents(
            @QueryParam("interviewId") @Size(max = 36) String interviewId,
            @Parameter(description = "The actor: the sub claim of their token.") @QueryParam("actor") @Size(max = 200)
            String actor,
            @Parameter(example = "2026-12-01T00:00:00Z") @QueryParam("from") Instant from,
            @Parameter(example = "2027-01-01T00:00:00Z") @QueryParam("to") Instant to,
            @Valid @BeanParam PageParams page) {
        Slice<AuditEvent> found = audit.list(interviewId, actor, from, to, page.page, page.size);
        return new PageResponse<>(found.items().stream().map(InterviewMapper::toView).toList(), found.total(),
                page.page, page.size);
    }
}
