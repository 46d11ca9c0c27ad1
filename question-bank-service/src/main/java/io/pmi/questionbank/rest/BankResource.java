package io.pmi.questionbank.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.platform.i18n.Localized;
import io.pmi.platform.security.Roles;
import io.pmi.questionbank.bank.BankExporter;
import io.pmi.questionbank.bank.BankImporter;
import io.pmi.questionbank.bank.BankRows;
import io.pmi.questionbank.mapping.BankMapper;
import io.pmi.questionbank.rest.api.BankFile;
import io.pmi.questionbank.rest.api.BankImportResult;
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

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

@Path("/api/v1/bank")
@Tag(name = "Bank", description = "A tenant's whole question bank as one JSON file: export and import.")
@RolesAllowed(Roles.HR_ADMIN)
public class BankResource {

    /** Documented in the contract and the README; the platform enforces it for this path. */
    static final String IMPORT_LIMITS = "The body may be up to 16 MB (413 above), with at most 200 topics, 2,000 "
            + "questions and 200 guides (400 above).";

    private final BankExporter exporter;
    private final BankImporter importer;
    private final ObjectMapper json;

    public BankResource(BankExporter exporter, BankImporter importer, ObjectMapper json) {
        this.exporter = exporter;
        this.importer = importer;
        this.json = json;
    }

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportBank", summary = "Export your bank",
            description = "Your topics, questions with every content version and guides with every published "
                    + "version, streamed in key order. Built-in content is not included: it is on every "
                    + "installation. Importing the file into an empty tenant and exporting again gives the same file.",
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "The bank file.",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=question-bank.json",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BankFile.class)))
    public Response exportBank() {
        StreamingOutput body = this::writeBank;
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
            extensions = @Extension(name = "x-roles", value = Roles.X_HR_ADMIN, parseValue = true))
    @APIResponse(responseCode = "200", description = "What was stored.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BankImportResult.class)))
    public BankImportResult importBank(@NotNull @Valid BankFile file,
                                       @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return BankMapper.toResult(importer.importBank(BankMapper.toImport(file),
                ContentLanguage.negotiate(acceptLanguage)));
    }

    /** The bank file, row by row as the exporter reads them. */
    private void writeBank(OutputStream out) throws IOException {
        try (JsonGenerator generator = json.getFactory().createGenerator(out)
                // A failure half-way must leave the file unparseable rather than well-formed and incomplete.
                .disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT)) {
            generator.writeStartObject();
            generator.writeStringField("format", BankFile.FORMAT);
            generator.writeArrayFieldStart("topics");
            exporter.export(new JsonSink(generator));
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    /** Writes the rows into the open arrays of the file; I/O errors end the response (and the file) at once. */
    private record JsonSink(JsonGenerator generator) implements BankRows.Sink {

        @Override
        public void topic(BankRows.ExportedTopic topic) {
            write(BankMapper.toFile(topic));
        }

        @Override
        public void endTopics() {
            run(() -> {
                generator.writeEndArray();
                generator.writeArrayFieldStart("questions");
            });
        }

        @Override
        public void question(BankRows.ExportedQuestion question) {
            write(BankMapper.toFile(question));
        }

        @Override
        public void endQuestions() {
            run(() -> {
                generator.writeEndArray();
                generator.writeArrayFieldStart("guides");
            });
        }

        @Override
        public void guide(BankRows.ExportedGuide guide) {
            write(BankMapper.toFile(guide));
        }

        @Override
        public void flush() {
            run(generator::flush);
        }

        private void write(Object row) {
            run(() -> generator.writePOJO(row));
        }

        private static void run(IoAction action) {
            try {
                action.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private interface IoAction {
            void run() throws IOException;
        }
    }
}
