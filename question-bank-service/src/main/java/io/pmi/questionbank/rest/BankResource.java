package io.pmi.questionbank.rest;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.i18n.Localized;
import io.pmi.platform.security.Roles;
import io.pmi.questionbank.rest.api.BankFile;
import io.pmi.questionbank.rest.api.BankImportResult;
import io.pmi.questionbank.service.BankService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/bank")
@Tag(name = "Bank", description = "A tenant's whole question bank as one JSON file: export and import.")
@RolesAllowed(Roles.HR_ADMIN)
public class BankResource {

    /** Documented in the contract and the README; the platform enforces it for this path. */
    static final String IMPORT_LIMITS = "The body may be up to 16 MB (413 above), with at most 200 topics, 2,000 "
            + "questions and 200 guides (400 above).";

    private final BankService bank;

    public BankResource(BankService bank) {
        this.bank = bank;
    }

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportBank", summary = "Export your bank",
            description = "Your topics, questions with every content version and guides with every published "
                    + "version, streamed in key order. Built-in content is not included: it is on every "
                    + "installation. Importing the file into an empty tenant and exporting again gives the same file.",
            extensions = @Extension(name = "x-roles", value = QuestionResource.EDITORS, parseValue = true))
    @APIResponse(responseCode = "200", description = "The bank file.",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=question-bank.json",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BankFile.class)))
    public Response exportBank() {
        StreamingOutput body = bank::export;
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=question-bank.json").build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Localized
    @Operation(operationId = "importBank", summary = "Import a bank file into your tenant",
            description = "Everything in the file is checked first: keys and codes must be new to your tenant and "
                    + "unique in the file, every row valid as through the API, active questions free of lint errors, "
                    + "references resolvable to questions in the file or the library. Then all of it is stored in "
                    + "one transaction; when any row is bad nothing is stored, and a 400 lists every problem with its "
                    + "JSON path (questions[17].versions[0].content.options[1].value). " + IMPORT_LIMITS,
            extensions = @Extension(name = "x-roles", value = QuestionResource.EDITORS, parseValue = true))
    @APIResponse(responseCode = "200", description = "What was stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BankImportResult.class)))
    public BankImportResult importBank(@NotNull @Valid BankFile file,
                                       @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return bank.importBank(file, ContentLanguage.negotiate(acceptLanguage));
    }
}
