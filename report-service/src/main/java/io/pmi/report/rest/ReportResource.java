package io.pmi.report.rest;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.i18n.Localized;
import io.pmi.platform.paging.PageParams;
import io.pmi.platform.paging.PageResponse;
import io.pmi.platform.problem.Problem;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.security.Roles;
import io.pmi.report.domain.Audience;
import io.pmi.report.mapping.ReportCsv;
import io.pmi.report.mapping.ReportMapper;
import io.pmi.report.mapping.ReportPage;
import io.pmi.report.repository.ReportRepository;
import io.pmi.report.rest.api.ReportRequest;
import io.pmi.report.rest.api.ReportSummaryView;
import io.pmi.report.rest.api.ReportView;
import io.pmi.report.service.ReportGenerator;
import io.pmi.report.service.ReportReader;
import io.pmi.report.service.StoredReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Map;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Cross-source verification reports per subject and campaign: what each source "
        + "said per measure, gaps, contradictions, history checks and findings with evidence, k-anonymous for managers.")
public class ReportResource {

    static final String HR_AND_MANAGER = "[\"HR_ADMIN\", \"MANAGER\"]";

    private final ReportGenerator generator;
    private final ReportReader reader;

    public ReportResource(ReportGenerator generator, ReportReader reader) {
        this.generator = generator;
        this.reader = reader;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HR_ADMIN)
    @Localized
    @Operation(operationId = "generateReport", summary = "Generate a subject's report",
            description = "Reads the subject's completed, consented interviews, history and manager chain from "
                    + "interview-service (one export page for up to 200 interviews) and the dimension names from the "
                    + "question bank (cached), with your token, computes the report and stores it as the next "
                    + "version; earlier versions stay readable. When interview-service is down or slow: 503 with "
                    + "Retry-After and nothing stored; when only the names are missing the report is stored with "
                    + "partial true. Answers the HR audience.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "201", description = "Generated; Location names it.",
            headers = @Header(name = "Location", description = "The report's URL.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = "No such campaign, or no such subject, in your tenant.")
    @APIResponse(responseCode = "422", description = "The subject has no completed, consented interview "
            + "(no-completed-interviews).")
    @APIResponse(responseCode = "503", description = "interview-service is unavailable; see Retry-After.")
    public Response generateReport(@NotNull @Valid ReportRequest request,
                                   @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                   @Context UriInfo uri) {
        ContentLanguage language = ContentLanguage.negotiate(acceptLanguage);
        StoredReport stored = generator.generate(request.campaignId(), request.subjectExternalId(), language.tag());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/reports/{id}").build(stored.report().id))
                .entity(ReportMapper.toView(stored, language)).build();
    }

    @GET
    @Path("/{id}")
    // The wildcard lets every Accept reach ReportFormat, which honours q=0 and names all three types in its 406.
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE, MediaType.TEXT_HTML, MediaType.WILDCARD})
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    @Localized
    @Operation(operationId = "getReport", summary = "Read a report",
            description = "audience HR (HR_ADMIN only) shows every group and quote, labelled by source role; "
                    + "MANAGER withholds every PEER or SUBORDINATE group below the campaign's k (listed under "
                    + "suppressed) and SELF and SUPERVISOR quotes. Default: HR for HR_ADMIN, MANAGER for a manager, "
                    + "who reads only reports of subjects below them (others are 404).\n\n"
                    + "Accept chooses the format (default JSON; the response varies by Accept): application/json; "
                    + "text/csv, UTF-8 with a byte order mark, one row per measure and source (columns: dimension, "
                    + "topic, measure, type, role, respondents, belowThreshold, mean, spread, distribution, stances, "
                    + "quotes), sent as an attachment; text/html, a printable page with a chart of the dimension "
                    + "scores by source, the findings with their evidence and recommendations, gaps, "
                    + "contradictions, history checks and what is withheld. Both show exactly what the JSON of the "
                    + "same audience shows, in the Accept-Language language.",
            extensions = @Extension(name = "x-roles", value = HR_AND_MANAGER, parseValue = true))
    @APIResponse(responseCode = "200", description = "The report.",
            headers = @Header(name = "Content-Disposition", description = "text/csv only: attachment; "
                    + "filename=\"report-<id>-v<version>.csv\".", schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportView.class),
                            examples = @ExampleObject(name = "getReport", value = ReportExamples.JSON)),
                    @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "getReport.csv", value = ReportExamples.CSV)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "getReport.html", value = ReportExamples.HTML))})
    @APIResponse(responseCode = "403", description = "A manager asked for the HR audience.")
    @APIResponse(responseCode = "404", description = "No such report, or not one you may read.")
    @APIResponse(responseCode = "406", description = "Accept allows none of application/json, text/csv and "
            + "text/html.", headers = @Header(name = HttpHeaders.VARY, ref = "#/components/headers/Vary"),
            content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(ref = "#/components/schemas/Problem"),
            examples = @ExampleObject(name = "not-acceptable", value = ReportExamples.NOT_ACCEPTABLE)))
    public Response getReport(@Parameter(description = "The report's id.") @PathParam("id") String id,
                              @Parameter(description = "HR or MANAGER.") @QueryParam("audience") Audience audience,
                              @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                              @Context HttpHeaders headers) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        ReportFormat format = ReportFormat.negotiate(accept).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_ACCEPTABLE, "This report cannot be answered in " + accept + "; it is answered in "
                + ReportFormat.ALL + ".", List.of(), Map.of(), Map.of(HttpHeaders.VARY, HttpHeaders.ACCEPT)));
        ContentLanguage language = ContentLanguage.negotiate(acceptLanguage);
        ReportView view = ReportMapper.toView(reader.get(id, audience), language);
        Response.ResponseBuilder response = switch (format) {
            case JSON -> Response.ok(view);
            case CSV -> Response.ok(ReportCsv.write(view)).header("Content-Disposition",
                    "attachment; filename=\"report-" + view.id() + "-v" + view.version() + ".csv\"");
            case HTML -> Response.ok(ReportTemplates.report(ReportPage.of(view, language))
                    .setLocale(language.tag()).render());
        };
        return response.type(format.contentType()).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GET
    @RolesAllowed({Roles.HR_ADMIN, Roles.MANAGER})
    @Operation(operationId = "listReports", summary = "List reports",
            description = "Newest first. A manager sees only reports of subjects below them in the manager chain "
                    + "stored with each report.",
            extensions = @Extension(name = "x-roles", value = HR_AND_MANAGER, parseValue = true))
    @APIResponse(responseCode = "200", description = "One page of reports, without their content.")
    public PageResponse<ReportSummaryView> listReports(
            @QueryParam("campaignId") @Size(max = 36) String campaignId,
            @QueryParam("subjectExternalId") @Size(max = 128) String subjectExternalId,
            @Valid @BeanParam PageParams page) {
        ReportRepository.Slice found = reader.list(campaignId, subjectExternalId, page.page, page.size);
        return new PageResponse<>(found.items().stream().map(ReportMapper::toSummary).toList(), found.total(),
                page.page, page.size);
    }
}
