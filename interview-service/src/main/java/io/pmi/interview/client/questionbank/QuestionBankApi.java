package io.pmi.interview.client.questionbank;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.platform.client.DownstreamExceptionMapper;
import io.pmi.platform.client.LenientJson;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The question bank's API as interview-service calls it, with the caller's token and language. Package-private:
 * {@link QuestionBankClient} is the only way in.
 */
@Path("/api/v1")
@RegisterRestClient(configKey = "question-bank")
@RegisterClientHeaders
@RegisterProvider(DownstreamExceptionMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface QuestionBankApi {

    @GET
    @Path("/guides/{id}")
    QuestionBankRecords.Guide guide(@PathParam("id") String id);

    @GET
    @Path("/guides/{id}/versions/{version}")
    QuestionBankRecords.GuideVersion guideVersion(@PathParam("id") String id, @PathParam("version") int version);

    @POST
    @Path("/questions/lint")
    QuestionBankRecords.LintResult lint(QuestionBankRecords.LintRequest request);

    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return LenientJson.of(defaultObjectMapper);
    }
}
