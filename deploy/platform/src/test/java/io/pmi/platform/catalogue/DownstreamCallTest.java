package io.pmi.platform.catalogue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.pmi.platform.client.Downstream;
import io.pmi.testsupport.CircuitBreakerReset;
import io.pmi.testsupport.InjectWireMock;
import io.pmi.testsupport.TestTokens;
import io.pmi.testsupport.WireMockResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST-client pattern (CatalogueApi, CatalogueClient) against WireMock: what a caller sees for every answer
 * the other service can give, and how many requests reach it.
 */
@QuarkusTest
class DownstreamCallTest {

    private static final int WARM_UP_TRIES = 5;

    private static final String ITEM = "/api/v1/items/i1";
    private static final String ITEMS = "/api/v1/items";
    private static final String PROBLEM = "application/problem+json";
    private static final String RETRY_AFTER = Long.toString(Downstream.RETRY_AFTER.toSeconds());

    @InjectWireMock
    WireMockServer wireMock;

    private final String token = TestTokens.hrAdmin(TestTokens.TENANT_A);

    @BeforeEach
    void reset() {
        wireMock.resetAll();
    }

    @Test
    void anItemIsRead() {
        wireMock.stubFor(get(ITEM).willReturn(okJson("{\"id\": \"i1\", \"name\": \"Pen\"}")));
        read("i1").statusCode(200).body("id", equalTo("i1"))
                .body("name", equalTo("Pen"));
        assertEquals(1, calls(ITEM));
    }

    @Test
    void theCallersTokenAndLanguageArePassedOn() {
        wireMock.stubFor(get(ITEM).willReturn(okJson("{\"id\": \"i1\", \"name\": \"Pen\"}")));
        given().auth().oauth2(token).header("Accept-Language", "en-GB").get("/probe/catalogue/items/i1")
                .then().statusCode(200);
        wireMock.verify(1, getRequestedFor(urlEqualTo(ITEM))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withHeader("Accept-Language", WireMock.equalTo("en-GB")));
    }

    /**
     * Issue 15, item 4: the W3C trace of a request goes on to the service it calls (not sampled: no collector is
     * configured in tests) and is in its log line; and nothing tries to export spans to a collector that is not there.
     */
    @Test
    void theCallersTraceIsPassedOnAndLogged() throws IOException {
        wireMock.stubFor(get(ITEM).willReturn(okJson("{\"id\": \"i1\", \"name\": \"Pen\"}")));
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        given().auth().oauth2(token).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .get("/probe/catalogue/items/i1").then().statusCode(200);
        wireMock.verify(1, getRequestedFor(urlEqualTo(ITEM))
                .withHeader("traceparent", WireMock.matching("00-" + traceId + "-[0-9a-f]{16}-00")));
        List<String> log = Files.readAllLines(Path.of("target", "platform-test.log"));
        List<String> lines = log.stream().filter(line -> line.contains("GET /probe/catalogue/items/i1 200")).toList();
        assertTrue(lines.stream().anyMatch(line -> line.contains(" INFO  traceId=" + traceId + " ")), lines.toString());
        assertTrue(log.stream().noneMatch(line -> line.contains("Failed to export")), "spans were exported");
    }

    @Test
    void aFieldTheClientDoesNotKnowIsIgnored() {
        wireMock.stubFor(get(ITEM).willReturn(okJson("{\"id\": \"i1\", \"name\": \"Pen\", \"colour\": \"red\"}")));
        read("i1").statusCode(200).body("name", equalTo("Pen"))
                .body("$", not(hasKey("colour")));
    }

    @Test
    void theServerStillRefusesUnknownFields() {
        assertProblem(create("{\"name\": \"Pen\", \"colour\": \"red\"}"), 400, "validation")
                .body("errors[0].path", equalTo("colour"));
        assertEquals(0, wireMock.getAllServeEvents().size());
    }

    @Test
    void aMissingItemIsEmptyAndAskedOnce() {
        wireMock.stubFor(get(ITEM).willReturn(problem(404, "not-found", "Item 'i1' does not exist.")));
        assertProblem(read("i1"), 404, "not-found")
                .body("instance", equalTo("/probe/catalogue/items/i1"));
        assertEquals(1, calls(ITEM));
    }

    @Test
    void aRefusalIsTheCallersToAnswer() {
        wireMock.stubFor(post(ITEMS).willReturn(problem(409, "conflict", "An item named Pen exists.")));
        assertProblem(create("{\"name\": \"Pen\"}"), 409, "conflict")
                .body("detail", equalTo("An item named Pen exists."));
        wireMock.verify(1, postRequestedFor(urlEqualTo(ITEMS))
                .withRequestBody(WireMock.equalToJson("{\"name\": \"Pen\"}")));
    }

    @Test
    void aForbiddenDownstreamIsForbiddenHere() {
        wireMock.stubFor(get(ITEM).willReturn(problem(403, "forbidden", "Your role does not allow this operation.")));
        assertProblem(read("i1"), 403, "forbidden");
        assertEquals(1, calls(ITEM));
    }

    @Test
    void aRefusalNobodyHandledIsOurBugAndRevealsNothing() {
        wireMock.stubFor(post(ITEMS).willReturn(problem(422, "lint-errors", "secret downstream detail")));
        assertProblem(create("{\"name\": \"Pen\"}"), 500, "internal")
                .body("detail", not(containsString("secret")));
        assertEquals(1, creates());
    }

    @Test
    void refusalsAreNeitherRetriedNorCountedByTheBreaker() {
        wireMock.stubFor(get(ITEM).willReturn(problem(404, "not-found", "no")));
        wireMock.stubFor(get("/api/v1/items/i2").willReturn(problem(403, "forbidden", "no")));
        for (int i = 0; i < 2 * Downstream.BREAKER_VOLUME; i++) {
            read(i % 2 == 0 ? "i1" : "i2").statusCode(i % 2 == 0 ? 404 : 403);
        }
        assertEquals(2L * Downstream.BREAKER_VOLUME, wireMock.getAllServeEvents().size());
        wireMock.stubFor(get(ITEM).atPriority(1).willReturn(okJson("{\"id\": \"i1\", \"name\": \"Pen\"}")));
        read("i1").statusCode(200);
    }

    @Test
    void aServerErrorIsUnavailableAfterTheRetries() {
        wireMock.stubFor(get(ITEM).willReturn(aResponse().withStatus(500)));
        assertUnavailable(read("i1"));
        assertEquals(1 + Downstream.RETRIES, calls(ITEM));
    }

    @Test
    void aFailedCreateIsNotRetried() {
        wireMock.stubFor(post(ITEMS).willReturn(aResponse().withStatus(502)));
        assertUnavailable(create("{\"name\": \"Pen\"}"));
        assertEquals(1, creates());
    }

    @Test
    void aSlowServiceIsUnavailableWithinTheTimeout() {
        wireMock.stubFor(get("/api/v1/items/i2").willReturn(okJson("{\"id\": \"i2\", \"name\": \"Ink\"}")));
        wireMock.stubFor(get(ITEM).willReturn(okJson("{\"id\": \"i1\", \"name\": \"Pen\"}")
                .withFixedDelay(3_000)));
        // A first call creates the client, which on a busy machine may take longer than the one-second timeout itself:
        // not what is measured here, so the warm-up may take a few tries.
        warmUp("i2");
        long start = System.nanoTime();
        assertUnavailable(read("i1"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // The test profile's timeout is one second, well before the answer at three; it is not tried again.
        assertTrue(took.compareTo(Duration.ofMillis(2_500)) < 0, "took " + took);
        assertEquals(1, calls(ITEM));
    }

    @Test
    void aServiceThatIsDownIsUnavailable() {
        WireMockResource.whileDown(wireMock, () -> {
            assertUnavailable(read("i1"));
            assertUnavailable(create("{\"name\": \"Pen\"}"));
        });
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAndClosesWhenTheServiceRecovers() throws InterruptedException {
        wireMock.stubFor(get(ITEM).willReturn(aResponse().withStatus(503)));
        // Every attempt counts: the breaker opens at its volume, in the middle of the fourth call's retries.
        for (int i = 0; i < 4; i++) {
            assertUnavailable(read("i1"));
        }
        assertEquals(Downstream.BREAKER_VOLUME, calls(ITEM));
        assertUnavailable(read("i1"));
        assertEquals(Downstream.BREAKER_VOLUME, calls(ITEM), "an open breaker lets no request through");

        wireMock.stubFor(get(ITEM).atPriority(1).willReturn(okJson("{\"id\": \"i1\", \"name\": \"Pen\"}")));
        // The test profile's breaker delay is two seconds (long enough for a busy machine to see it open).
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        int status;
        do {
            Thread.sleep(100);
            status = read("i1").extract().statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertEquals(200, status);
        read("i1").statusCode(200);
        assertEquals(Downstream.BREAKER_VOLUME + 2, calls(ITEM));
    }

    @Test
    void everyTestStartsWithClosedBreakers() {
        wireMock.stubFor(get(ITEM).willReturn(aResponse().withStatus(500)));
        for (int i = 0; i < 4; i++) {
            read("i1");
        }
        wireMock.stubFor(get(ITEM).atPriority(1).willReturn(okJson("{\"id\": \"i1\", \"name\": \"Pen\"}")));
        assertUnavailable(read("i1"));
        assertEquals(Downstream.BREAKER_VOLUME, calls(ITEM), "the breaker is open");
        // What test support runs before each test method of every service.
        new CircuitBreakerReset().beforeEach(null);
        read("i1").statusCode(200);
        assertEquals(Downstream.BREAKER_VOLUME + 1, calls(ITEM));
    }

    @Test
    void eachServiceCalledIsAWellnessCheckNotAReadinessCheck() {
        wireMock.stubFor(get("/q/health/ready").willReturn(okJson("{\"status\": \"UP\"}")));
        // The check allows its downstream 1 s: a cold WireMock on a busy machine may need a second try.
        for (int attempt = 0; attempt < 5 && given().get("/q/health/well").statusCode() != 200; attempt++) {
            Thread.onSpinWait();
        }
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'catalogue' }.status", equalTo("UP"));

        wireMock.stubFor(get("/q/health/ready").atPriority(1).willReturn(aResponse().withStatus(503)));
        given().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'catalogue' }.status", equalTo("DOWN"));
        WireMockResource.whileDown(wireMock, () -> given().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'catalogue' }.status", equalTo("DOWN")));

        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", not(hasItem("catalogue")));
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.name", not(hasItem("catalogue")));
    }

    /** Reads until the client answers 200 (at most five tries), so that a later call measures a warm client. */
    private void warmUp(String id) {
        for (int attempt = 1; attempt < WARM_UP_TRIES; attempt++) {
            if (read(id).extract().statusCode() == 200) {
                return;
            }
        }
        read(id).statusCode(200);
    }

    private ValidatableResponse read(String id) {
        return given().auth().oauth2(token).get("/probe/catalogue/items/" + id).then();
    }

    private ValidatableResponse create(String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/probe/catalogue/items").then();
    }

    private int calls(String path) {
        return wireMock.countRequestsMatching(getRequestedFor(urlPathEqualTo(path)).build()).getCount();
    }

    private int creates() {
        return wireMock.countRequestsMatching(postRequestedFor(urlEqualTo(ITEMS)).build()).getCount();
    }

    private static void assertUnavailable(ValidatableResponse response) {
        assertProblem(response, 503, "service-unavailable")
                .header("Retry-After", RETRY_AFTER)
                .body("detail", containsString("catalogue"));
    }

    private static ResponseDefinitionBuilder problem(int status, String slug, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", PROBLEM)
                .withBody("{\"type\": \"https://pmi-suite.dev/problems/" + slug + "\", \"title\": \"t\", \"status\": "
                        + status + ", \"detail\": \"" + detail + "\", \"instance\": \"/api/v1/items\"}");
    }
}
