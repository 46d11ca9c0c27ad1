package io.pmi.report.client.interview;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.platform.client.DownstreamExceptionMapper;
import io.pmi.platform.client.LenientJson;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.Instant;

/**
 * interview-service's API as report-service calls it. Within a request the caller's token is forwarded; work
 * outside one (the withdrawal poll, a campaign summary) passes its token explicitly. Package-private: {@link InterviewClient} is the
 * only way in.
 */
@Path("/api/v1")
@RegisterRestClient(configKey = "interview")
@RegisterClientHeaders
@RegisterProvider(DownstreamExceptionMapper.class)
@Produces(MediaType.APPLICATION_JSON)
interface InterviewApi {

    @GET
    @Path("/campaigns/{id}/export")
    InterviewRecords.ExportPage export(@PathParam("id") String campaignId,
                                       @QueryParam("subjectExternalId") String subjectExternalId,
                                       @QueryParam("cursor") String cursor, @QueryParam("size") int size);

    /** The export as a campaign summary reads it: by subject, questions without wording, with an explicit token. */
    @GET
    @Path("/campaigns/{id}/export")
    InterviewRecords.ExportPage exportBySubject(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                                @PathParam("id") String campaignId,
                                                @QueryParam("cursor") String cursor, @QueryParam("size") int size,
                                                @QueryParam("order") String order,
                                                @QueryParam("detail") String detail);

    @GET
    @Path("/campaigns/{id}/performance-records")
    InterviewRecords.RecordPage campaignRecords(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                                @PathParam("id") String campaignId,
                                                @QueryParam("cursor") String cursor, @QueryParam("size") int size);

    @GET
    @Path("/campaigns/{id}")
    InterviewRecords.CampaignRef campaign(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                          @PathParam("id") String campaignId);

    @GET
    @Path("/consent-withdrawals")
    InterviewRecords.WithdrawalPage withdrawals(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                                @QueryParam("since") Instant since, @QueryParam("page") int page,
                                                @QueryParam("size") int size);

    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return LenientJson.of(defaultObjectMapper);
    }
}
