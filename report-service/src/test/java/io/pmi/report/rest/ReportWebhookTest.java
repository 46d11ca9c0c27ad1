package io.pmi.report.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.pmi.platform.webhooks.WebhookSignature;
import io.pmi.report.InterviewStubs;
import io.pmi.testsupport.InjectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.pmi.testsupport.TestTokens.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** report.generated reaches a subscriber, signed, with ids only; a refused generation announces nothing. */
@QuarkusTest
class ReportWebhookTest {

    @InjectWireMock
    WireMockServer downstream;

    private String tenant;
    private String campaign;
    private String subject;

    @BeforeEach
    void stubs() {
        downstream.resetAll();
        InterviewStubs.dimensions(downstream);
        tenant = "rw-" + UUID.randomUUID().toString().substring(0, 8);
        campaign = UUID.randomUUID().toString();
        subject = "E-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aGeneratedReportIsAnnouncedWithItsIds() throws Exception {
        String path = "/hooks/" + tenant;
        downstream.stubFor(post(path).willReturn(aResponse().withStatus(204)));
        String secret = as(tenant, "INTEGRATION").contentType("application/json")
                .body(Map.of("url", downstream.baseUrl() + path, "events", List.of("report.generated")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");

        // No completed interview: a 422, and nothing announced.
        InterviewStubs.fourSources(campaign, subject, InterviewStubs.PLAIN).stub(downstream);
        String empty = UUID.randomUUID().toString();
        new InterviewStubs.Export(empty, subject).stub(downstream);
        as(tenant, "HR_ADMIN").contentType("application/json")
                .body(Map.of("campaignId", empty, "subjectExternalId", subject))
                .post("/api/v1/reports").then().statusCode(422);

        JsonPath report = as(tenant, "HR_ADMIN").contentType("application/json")
                .body(Map.of("campaignId", campaign, "subjectExternalId", subject))
                .post("/api/v1/reports").then().statusCode(201).extract().jsonPath();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !downstream.findAll(postRequestedFor(urlEqualTo(path))).isEmpty());
        Thread.sleep(1500);
        List<LoggedRequest> received = downstream.findAll(postRequestedFor(urlEqualTo(path)));
        assertEquals(1, received.size(), "only the stored report is announced");
        LoggedRequest request = received.get(0);
        assertTrue(WebhookSignature.verify(secret, request.getHeader("webhook-id"),
                request.getHeader("webhook-timestamp"), request.getHeader("webhook-signature"),
                request.getBodyAsString(), Instant.now()));
        JsonPath body = JsonPath.from(request.getBodyAsString());
        assertEquals("report.generated", body.getString("type"));
        assertEquals(Map.of("reportId", report.getString("id"), "campaignId", campaign, "subjectExternalId", subject,
                "version", 1), body.getMap("data"));
        assertFalse(request.getBodyAsString().contains("下属甲"), "no quote or name in an event");
    }
}
