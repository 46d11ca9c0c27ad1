package io.pmi.report.client.questionbank;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.platform.client.DownstreamExceptionMapper;
import io.pmi.platform.client.LenientJson;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The question bank's API as report-service calls it, with the caller's token. Package-private:
 * {@link QuestionBankClient} is the only way in.
 */
@Path("/api/v1")
@RegisterRestClient(configKey = "question-bank")
@RegisterClientHeaders
@RegisterProvider(DownstreamExceptionMapper.class)
@Produces(MediaType.APPLICATION_JSON)
interface QuestionBankApi {

    @GET
    @Path("/dimensions")
    QuestionBankRecords.DimensionPage dimensions(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
                                                 @QueryParam("size") int size);

    /** The same, with an explicit token: for work outside a request (a campaign summary). */
    @GET
    @Path("/dimensions")
    QuestionBankRecords.DimensionPage dimensionsAs(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                                   @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
                                                   @QueryParam("size") int size);

    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return LenientJson.of(defaultObjectMapper);
    }
}
