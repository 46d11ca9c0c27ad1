package io.pmi.questionbank.rest;

import io.pmi.platform.paging.PageParams;
import io.pmi.platform.paging.PageResponse;
import io.pmi.platform.security.Roles;
import io.pmi.questionbank.domain.Source;
import io.pmi.questionbank.mapping.QuestionMapper;
import io.pmi.questionbank.rest.api.MeasureView;
import io.pmi.questionbank.service.MeasureService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Questions")
public class MeasureResource {

    private final MeasureService measures;

    public MeasureResource(MeasureService measures) {
        this.measures = measures;
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.INTERVIEWER, Roles.MANAGER})
    @Operation(operationId = "listMeasures", summary = "List the measures",
            description = "Each measure with how it is answered (type, scale or options) and the source roles asked "
                    + "it, in key order (id as tie-breaker): what reports compare across sources.",
            extensions = @Extension(name = "x-roles", value = Roles.X_STAFF, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of measures.")
    public PageResponse<MeasureView> listMeasures(
            @Parameter(description = "Dimension code.", example = "FEEDBACK")
            @QueryParam("dimension") @Pattern(regexp = QuestionResource.CODE_PATTERN) String dimension,
            @Parameter(description = "library: built-in measures only; tenant: your own only.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"library", "tenant"}))
            @QueryParam("source") Source source,
            @Valid @BeanParam PageParams page) {
        MeasureService.PageOfMeasures found = measures.list(dimension, source, page.page, page.size);
        return new PageResponse<>(found.items().stream()
                .map(measure -> QuestionMapper.toView(measure, found.roles().get(measure.key))).toList(),
                found.total(), page.page, page.size);
    }
}
