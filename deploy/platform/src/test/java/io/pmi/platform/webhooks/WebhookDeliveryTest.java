package io.pmi.platform.webhooks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.pmi.testsupport.InjectWireMock;
import io.pmi.testsupport.Metrics;
import io.pmi.testsupport.TestTokens;
import io.pmi.testsupport.WireMockResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox and the dispatcher against WireMock as the receiver: signed deliveries, nothing for a refused change,
 * retries while the receiver is down, order per subject, one successful delivery per event id, also with several
 * dispatchers at once, 410 and a schedule that runs out. Each test has a tenant of its own, so that the others'
 * subscriptions never receive its events.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @InjectWireMock
    WireMockServer receiver;

    @Inject
    DataSource dataSource;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookStore store;

    private String tenant;
    private String path;

    @BeforeEach
    void freshTenant() {
        tenant = "wh-" + UUID.randomUUID().toString().substring(0, 8);
        path = "/hooks/" + tenant;
        receiver.resetAll();
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(204)));
    }

    @Test
    void aCommittedChangeIsDeliveredSignedWithItsIdsOnly() {
        double delivered = Metrics.counter("pmi_webhook_deliveries_total", "outcome=\"delivered\"");
        JsonPath subscription = subscribe(path);
        String secret = subscription.getString("secret");
        Instant before = Instant.now();
        String eventId = happen("subject-1");

        List<LoggedRequest> received = awaitRequests(1);
        LoggedRequest request = received.get(0);
        assertEquals(eventId, request.getHeader("webhook-id"));
        long timestamp = Long.parseLong(request.getHeader("webhook-timestamp"));
        assertTrue(Math.abs(timestamp - before.getEpochSecond()) < 60, "timestamp in Unix seconds: " + timestamp);
        assertTrue(WebhookSignature.verify(secret, eventId, request.getHeader("webhook-timestamp"),
                request.getHeader("webhook-signature"), request.getBodyAsString(), Instant.now()),
                "the signature verifies with the secret shown at creation");
        assertTrue(request.getHeader("content-type").startsWith("application/json"));
        JsonPath body = JsonPath.from(request.getBodyAsString());
        assertEquals("probe.happened", body.getString("type"));
        assertTrue(Instant.parse(body.getString("timestamp")).isAfter(before.minusSeconds(1)));
        assertEquals(Map.of("subjectId", "subject-1"), body.getMap("data"));

        await().atMost(WAIT).until(() -> status(eventId).equals("DELIVERED"));
        hr().get("/api/v1/webhooks/" + subscription.getString("id") + "/deliveries").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].eventId", equalTo(eventId))
                .body("items[0].eventType", equalTo("probe.happened"))
                .body("items[0].attempt", equalTo(1))
                .body("items[0].statusCode", equalTo(204))
                .body("items[0].error", nullValue())
                .body("items[0].outcome", equalTo("DELIVERED"));
        assertEquals(delivered + 1, Metrics.counter("pmi_webhook_deliveries_total", "outcome=\"delivered\""));
    }

    @Test
    void aRefusedChangeAnnouncesNothing() throws Exception {
        subscribe(path);
        given().queryParam("tenant", tenant).queryParam("subject", "s").queryParam("refuse", true)
                .post("/probe/webhooks").then().statusCode(409);
        assertEquals(0, count("SELECT COUNT(*) FROM webhook_event WHERE tenant_id = ?"));
        assertEquals(0, count("SELECT COUNT(*) FROM webhook_delivery WHERE tenant_id = ?"));
        // A committed change after it is the first thing the receiver hears of.
        String committed = happen("s");
        List<LoggedRequest> received = awaitRequests(1);
        Thread.sleep(1500);
        assertEquals(List.of(committed), ids(receiver.findAll(postRequestedFor(urlEqualTo(path)))));
        assertEquals(1, received.size());
    }

    @Test
    void noSubscriptionNoEvent() throws Exception {
        assertEquals("", given().queryParam("tenant", tenant).queryParam("subject", "s").post("/probe/webhooks")
                .then().statusCode(200).extract().asString());
        assertEquals(0, count("SELECT COUNT(*) FROM webhook_event WHERE tenant_id = ?"));
    }

    @Test
    void aReceiverThatIsDownForAWhileGetsEveryEventAfterwardsInOrderPerSubjectOncePerId() throws Exception {
        subscribe(path);
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        WireMockResource.whileDown(receiver, () -> {
            for (int i = 0; i < 3; i++) {
                first.add(happen("subject-a"));
                second.add(happen("subject-b"));
            }
            // Long enough for the first attempts and a retry of each subject's first event to fail.
            await().atMost(WAIT).until(() -> attempts(first.get(0)) >= 2 && attempts(second.get(0)) >= 2);
        });
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(200)));

        List<LoggedRequest> received = awaitRequests(6);
        Thread.sleep(1500);
        received = receiver.findAll(postRequestedFor(urlEqualTo(path)));
        List<String> ids = ids(received);
        assertEquals(6, ids.size(), "exactly one delivery per event id: " + ids);
        assertEquals(first, ids.stream().filter(first::contains).toList(), "subject a in order");
        assertEquals(second, ids.stream().filter(second::contains).toList(), "subject b in order");
        for (String id : ids) {
            assertEquals("DELIVERED", status(id));
        }
        // While it was down, each subject's later events waited for its first: never attempted before it.
        assertEquals(0, count("SELECT COUNT(*) FROM webhook_attempt a WHERE a.tenant_id = ? AND a.outcome <> "
                + "'DELIVERED' AND a.event_id NOT IN ('" + first.get(0) + "', '" + second.get(0) + "')"));
        hr().get("/api/v1/webhooks/" + subscriptionId() + "/deliveries").then().statusCode(200)
                .body("items.outcome", hasItems("RETRYING", "DELIVERED"))
                .body("items.find { it.outcome == 'RETRYING' }.error", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void severalDispatchersAtOnceSendEachEventOnce() throws Exception {
        // Slow answers, so that the runs overlap while deliveries are in flight.
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(200).withFixedDelay(150)));
        subscribe(path);
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            events.add(happen("subject-" + (i % 8)));
        }
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                runs.add(replicas.submit(() -> {
                    for (int round = 0; round < 10; round++) {
                        dispatcher.dispatch();
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdown();
        }
        awaitRequests(24);
        Thread.sleep(1500);
        List<String> ids = ids(receiver.findAll(postRequestedFor(urlEqualTo(path))));
        assertEquals(24, ids.size(), "no duplicates: " + ids);
        assertEquals(events.stream().sorted().toList(), ids.stream().sorted().toList());
        for (int s = 0; s < 8; s++) {
            int subject = s;
            List<String> ofSubject = new ArrayList<>();
            for (int i = subject; i < 24; i += 8) {
                ofSubject.add(events.get(i));
            }
            assertEquals(ofSubject, ids.stream().filter(ofSubject::contains).toList(), "subject " + subject);
        }
    }

    @Test
    void aGoneReceiverDisablesTheSubscriptionAndItsEventsWaitUntilItIsEnabled() throws Exception {
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(410)));
        JsonPath subscription = subscribe(path);
        String id = subscription.getString("id");
        String gone = happen("s");
        await().atMost(WAIT).until(() -> !hr().get("/api/v1/webhooks/" + id).then().extract().jsonPath()
                .getBoolean("enabled"));
        String later = happen("s");
        Thread.sleep(2500);
        assertEquals(List.of(gone), ids(receiver.findAll(postRequestedFor(urlEqualTo(path)))),
                "nothing is sent to a disabled subscription");
        String etag = hr().get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("disabledReason", org.hamcrest.Matchers.containsString("410"))
                .extract().header("ETag");

        receiver.stubFor(post(path).willReturn(aResponse().withStatus(200)));
        hr().header("If-Match", etag).contentType("application/json")
                .body(Map.of("url", receiver.baseUrl() + path, "events", List.of("probe.happened"), "enabled", true))
                .put("/api/v1/webhooks/" + id).then().statusCode(200).body("enabled", equalTo(true))
                .body("disabledReason", nullValue());
        awaitRequests(3);
        List<String> ids = ids(receiver.findAll(postRequestedFor(urlEqualTo(path))));
        assertEquals(List.of(gone, gone, later), ids, "the waiting events, in order, once enabled");
    }

    @Test
    void aDeliveryFailsForGoodWhenTheScheduleRunsOutAndNoLongerHoldsItsSubjectBack() throws Exception {
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(503)));
        subscribe(path);
        String failing = happen("s");
        String next = happen("s");
        // 1 attempt and 3 retries a second apart (pmi.webhooks.retry-schedule=1s,1s,1s in the tests).
        await().atMost(WAIT).until(() -> status(failing).equals("FAILED"));
        assertEquals(4, attempts(failing));
        assertEquals(List.of("RETRYING", "RETRYING", "RETRYING", "FAILED"), outcomes(failing));
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(200)));
        await().atMost(WAIT).until(() -> status(next).equals("DELIVERED"));
    }

    @Test
    void finishedDeliveriesAreForgottenAfterTheRetentionAndPendingOnesNever() throws Exception {
        subscribe(path);
        String delivered = happen("s");
        await().atMost(WAIT).until(() -> status(delivered).equals("DELIVERED"));
        receiver.stubFor(post(path).willReturn(aResponse().withStatus(503).withFixedDelay(0)));
        String pending = happen("t");
        await().atMost(WAIT).until(() -> attempts(pending) >= 1);

        store.purge(Instant.now().plusSeconds(5), 500);
        assertEquals(List.of(), strings("SELECT status FROM webhook_delivery WHERE tenant_id = ? AND event_id = ?",
                delivered));
        assertEquals(0, attempts(delivered));
        assertEquals(0, count("SELECT COUNT(*) FROM webhook_event WHERE tenant_id = ? AND id = '" + delivered + "'"));
        assertEquals("PENDING", status(pending), "a pending delivery is kept whatever its age");
        assertEquals(1, count("SELECT COUNT(*) FROM webhook_event WHERE tenant_id = ? AND id = '" + pending + "'"));
    }

    // ---- helpers

    private RequestSpecification hr() {
        return given().auth().oauth2(TestTokens.hrAdmin(tenant));
    }

    private JsonPath subscribe(String target) {
        return hr().contentType("application/json")
                .body(Map.of("url", receiver.baseUrl() + target, "events", List.of("probe.happened")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    private String subscriptionId() {
        return hr().get("/api/v1/webhooks").then().statusCode(200).extract().path("items[0].id");
    }

    private String happen(String subject) {
        String id = given().queryParam("tenant", tenant).queryParam("subject", subject).post("/probe/webhooks")
                .then().statusCode(200).extract().asString();
        assertTrue(id.startsWith("msg_"), id);
        return id;
    }

    private List<LoggedRequest> awaitRequests(int atLeast) {
        await().atMost(WAIT).until(() -> receiver.findAll(postRequestedFor(urlEqualTo(path))).size() >= atLeast);
        return receiver.findAll(postRequestedFor(urlEqualTo(path)));
    }

    private static List<String> ids(List<LoggedRequest> requests) {
        return requests.stream().map(r -> r.getHeader("webhook-id")).collect(Collectors.toList());
    }

    private String status(String eventId) throws SQLException {
        return strings("SELECT status FROM webhook_delivery WHERE tenant_id = ? AND event_id = ?", eventId).get(0);
    }

    private long attempts(String eventId) throws SQLException {
        return strings("SELECT COUNT(*) FROM webhook_attempt WHERE tenant_id = ? AND event_id = ?", eventId).stream()
                .mapToLong(Long::parseLong).sum();
    }

    private List<String> outcomes(String eventId) throws SQLException {
        return strings("SELECT outcome FROM webhook_attempt WHERE tenant_id = ? AND event_id = ? ORDER BY id",
                eventId);
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(strings(sql, null).get(0));
    }

    private List<String> strings(String sql, String eventId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, tenant);
            if (eventId != null) {
                statement.setString(2, eventId);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
