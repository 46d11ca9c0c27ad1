package io.pmi.platform.webhooks;

import io.pmi.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The subscription routes: what is stored, the secret shown once, If-Match, bad input, roles and tenants. */
@QuarkusTest
class WebhookSubscriptionTest {

    private static final String URL = "https://hris.example.com/hooks/pmi";

    private String tenant;

    @BeforeEach
    void freshTenant() {
        tenant = "ws-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aSubscriptionIsCreatedWithASecretShownOnce() {
        JsonPath created = as("INTEGRATION").contentType("application/json")
                .body(Map.of("url", URL, "events", List.of("probe.happened"), "description", "HRIS"))
                .post("/api/v1/webhooks").then().statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .body("url", equalTo(URL)).body("events", equalTo(List.of("probe.happened")))
                .body("description", equalTo("HRIS")).body("enabled", equalTo(true)).body("version", equalTo(1))
                .extract().jsonPath();
        String id = created.getString("id");
        String secret = created.getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);
        assertTrue(Base64.getDecoder().decode(secret.substring(6)).length >= 24);

        as("HR_ADMIN").get("/api/v1/webhooks/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("id", equalTo(id)).body("secret", nullValue())
                .body("createdAt", equalTo(created.get("createdAt")));
        as("HR_ADMIN").get("/api/v1/webhooks").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(id)).body("items[0].secret", nullValue());
        as("HR_ADMIN").get("/api/v1/webhooks/event-types").then().statusCode(200)
                .body("eventTypes", equalTo(List.of("probe.happened")));
    }

    @Test
    void aChangeNeedsTheCurrentETagAndKeepsTheSecret() {
        JsonPath created = create();
        String id = created.getString("id");
        Map<String, Object> change = new HashMap<>(created.getMap(""));
        change.remove("secret");
        change.put("url", URL + "/v2");
        change.put("enabled", false);
        // A GET's read-only fields sent back are ignored.
        assertProblem(as("HR_ADMIN").contentType("application/json").body(change).put("/api/v1/webhooks/" + id)
                .then(), 428, "precondition-required");
        assertProblem(as("HR_ADMIN").header("If-Match", "\"7\"").contentType("application/json").body(change)
                .put("/api/v1/webhooks/" + id).then(), 412, "precondition-failed");
        as("HR_ADMIN").header("If-Match", "\"1\"").contentType("application/json").body(change)
                .put("/api/v1/webhooks/" + id).then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("url", equalTo(URL + "/v2")).body("enabled", equalTo(false))
                .body("disabledReason", equalTo("Disabled by a user.")).body("secret", nullValue());
        as("HR_ADMIN").get("/api/v1/webhooks/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("url", equalTo(URL + "/v2")).body("enabled", equalTo(false));
    }

    @Test
    void everyMistakeIsListedAtItsPath() {
        Map<String, Object> body = new HashMap<>();
        body.put("events", List.of("probe.happened", "nope", "probe.happened"));
        body.put("description", "x".repeat(501));
        assertProblem(as("HR_ADMIN").contentType("application/json").body(body).post("/api/v1/webhooks").then(),
                400, "validation")
                .body("errors.path", containsInAnyOrder("url", "events[1]", "events[2]", "description"))
                .body("errors.find { it.path == 'events[1]' }.code", equalTo("unknown"))
                .body("errors.find { it.path == 'events[2]' }.code", equalTo("duplicate"));
        assertProblem(as("HR_ADMIN").contentType("application/json")
                .body(Map.of("url", "ftp://hris.example.com/x", "events", List.of()))
                .post("/api/v1/webhooks").then(), 400, "validation")
                .body("errors", hasSize(2))
                .body("errors.find { it.path == 'url' }.code", equalTo("target-refused"))
                .body("errors.find { it.path == 'events' }.code", equalTo("required"));
        assertProblem(as("HR_ADMIN").contentType("application/json")
                .body(Map.of("url", URL, "events", List.of("probe.happened"), "secret", "mine"))
                .post("/api/v1/webhooks").then(), 400, "validation");
        assertEquals(0, as("HR_ADMIN").get("/api/v1/webhooks").then().statusCode(200).extract().<Integer>path("total"));
    }

    @Test
    void anotherTenantsSubscriptionLooksMissingAndOtherRolesAreRefused() {
        String id = create().getString("id");
        String other = "ws-other-" + UUID.randomUUID().toString().substring(0, 8);
        assertProblem(given().auth().oauth2(TestTokens.hrAdmin(other)).get("/api/v1/webhooks/" + id).then(), 404,
                "not-found");
        assertProblem(given().auth().oauth2(TestTokens.hrAdmin(other)).delete("/api/v1/webhooks/" + id).then(), 404,
                "not-found");
        assertEquals(0, given().auth().oauth2(TestTokens.hrAdmin(other)).get("/api/v1/webhooks").then()
                .statusCode(200).extract().<Integer>path("total"));
        for (String role : List.of("INTERVIEWER", "MANAGER")) {
            assertProblem(as(role).get("/api/v1/webhooks/" + id).then(), 403, "forbidden");
        }
        assertProblem(given().get("/api/v1/webhooks").then(), 401, "unauthorized");
    }

    @Test
    void aDeletedSubscriptionIsGone() {
        String id = create().getString("id");
        as("HR_ADMIN").delete("/api/v1/webhooks/" + id).then().statusCode(204);
        assertProblem(as("HR_ADMIN").get("/api/v1/webhooks/" + id).then(), 404, "not-found")
                .body("detail", endsWith("does not exist."));
        assertProblem(as("HR_ADMIN").get("/api/v1/webhooks/" + id + "/deliveries").then(), 404, "not-found");
        assertProblem(as("HR_ADMIN").delete("/api/v1/webhooks/" + id).then(), 404, "not-found");
    }

    private JsonPath create() {
        return as("HR_ADMIN").contentType("application/json")
                .body(Map.of("url", URL, "events", List.of("probe.happened")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    private RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.token(tenant, role));
    }
}
