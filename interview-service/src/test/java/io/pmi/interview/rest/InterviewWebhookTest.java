package io.pmi.interview.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.pmi.interview.QuestionBankStubs;
import io.pmi.platform.webhooks.WebhookConfig;
import io.pmi.platform.webhooks.WebhookSignature;
import io.pmi.testsupport.InjectWireMock;
import io.pmi.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
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
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * interview-service's three events reach a subscriber in the order they happened to one subject, signed, with ids
 * only; a refused completion announces nothing. The subscriber is WireMock (the question bank's server, on a path of
 * its own) and the tenant is this test's own.
 */
@QuarkusTest
class InterviewWebhookTest {

    private static final String INTERVIEWER = "interviewer-wh";

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    WebhookConfig config;

    private String tenant;
    private String path;

    @BeforeEach
    void freshTenant() {
        wireMock.resetAll();
        QuestionBankStubs.guides(wireMock);
        tenant = "iw-" + UUID.randomUUID().toString().substring(0, 8);
        path = "/hooks/" + tenant;
        wireMock.stubFor(post(path).willReturn(aResponse().withStatus(200)));
    }

    @Test
    void completionWithdrawalAndErasureAreAnnouncedInOrderWithIdsOnly() throws Exception {
        String secret = as("HR_ADMIN").contentType("application/json")
                .body(Map.of("url", wireMock.baseUrl() + path, "events", List.of("interview.completed",
                        "interview.consent_withdrawn", "participant.erased")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("secret");
        String subject = Hris.unique("S");
        Hris.put(tenant, subject, Hris.participant("李四", "销售部", null)).then().statusCode(201);
        String campaign = as("HR_ADMIN").contentType("application/json")
                .body("{\"name\": \"2026 H2 诊断\", \"period\": \"2026-H2\"}")
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        String id = as("HR_ADMIN").contentType("application/json").body("{\"campaignId\": \"" + campaign + "\", "
                        + "\"subjectExternalId\": \"" + subject + "\", \"intervieweeExternalId\": \"" + subject + "\", "
                        + "\"sourceRole\": \"SELF\", \"interviewerId\": \"" + INTERVIEWER + "\", "
                        + "\"scheduledAt\": \"2026-12-08T02:00:00Z\", \"guideId\": \"g-self\"}")
                .post("/api/v1/interviews").then().statusCode(201).extract().path("id");
        String interview = "/api/v1/interviews/" + id;
        interviewer().header("If-Match", etag(id)).post(interview + "/prepare").then().statusCode(200);
        interviewer().header("If-Match", etag(id)).post(interview + "/start").then().statusCode(200);
        interviewer().contentType("application/json").body("{\"locale\": \"zh-CN\", \"agreed\": true}")
                .put(interview + "/consent").then().statusCode(201);
        interviewer().contentType("application/json").body("{\"text\": \"我不清楚公司的战略,没有人讲过。\"}")
                .put(interview + "/answers/goals.strategy").then().statusCode(201);
        // Below the completeness threshold without a reason: refused, and not announced.
        interviewer().header("If-Match", etag(id)).post(interview + "/complete").then().statusCode(422);
        interviewer().header("If-Match", etag(id)).contentType("application/json")
                .body("{\"overrideReason\": \"受访者临时有会\"}").post(interview + "/complete").then().statusCode(200);
        interviewer().contentType("application/json").body("{\"reason\": \"受访者撤回同意\"}")
                .post(interview + "/consent/withdraw").then().statusCode(200);
        as("HR_ADMIN").delete("/api/v1/participants/" + subject).then().statusCode(200);
        as("HR_ADMIN").delete("/api/v1/participants/" + subject).then().statusCode(200);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> wireMock.findAll(postRequestedFor(urlEqualTo(path))).size() >= 3);
        Thread.sleep(1500);
        List<LoggedRequest> received = wireMock.findAll(postRequestedFor(urlEqualTo(path)));
        assertEquals(List.of("interview.completed", "interview.consent_withdrawn", "participant.erased"),
                received.stream().map(r -> JsonPath.from(r.getBodyAsString()).getString("type")).toList(),
                "one event per change, in order; a refused completion and a second erasure announce nothing");
        Map<String, String> ofInterview = Map.of("interviewId", id, "campaignId", campaign, "subjectExternalId",
                subject);
        assertEquals(ofInterview, JsonPath.from(received.get(0).getBodyAsString()).getMap("data"));
        assertEquals(ofInterview, JsonPath.from(received.get(1).getBodyAsString()).getMap("data"));
        assertEquals(Map.of("participantExternalId", subject),
                JsonPath.from(received.get(2).getBodyAsString()).getMap("data"));
        for (LoggedRequest request : received) {
            assertTrue(WebhookSignature.verify(secret, request.getHeader("webhook-id"),
                    request.getHeader("webhook-timestamp"), request.getHeader("webhook-signature"),
                    request.getBodyAsString(), Instant.now()));
            assertFalse(request.getBodyAsString().contains("李四"), "no name in an event");
            assertFalse(request.getBodyAsString().contains("战略"), "no answer in an event");
        }
    }

    @Test
    void theDefaultRetryScheduleIsTheStandardWebhooksOne() {
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(14),
                Duration.ofHours(20), Duration.ofHours(24)), config.retrySchedule());
        assertEquals(List.of("interview.completed", "interview.consent_withdrawn", "participant.erased"),
                config.eventTypes().orElseThrow());
    }

    private RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.token(tenant, role));
    }

    private RequestSpecification interviewer() {
        return given().auth().oauth2(TestTokens.token(tenant, INTERVIEWER, "INTERVIEWER"));
    }

    private String etag(String id) {
        return interviewer().get("/api/v1/interviews/" + id).then().statusCode(200).extract().header("ETag");
    }
}
