package io.pmi.questionbank.rest;

import io.pmi.testsupport.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.pmi.testsupport.ProblemAssertions.TYPE_BASE;
import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.as;
import static io.pmi.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Errors raised outside any one resource still answer problem+json. */
@QuarkusTest
class HttpErrorsTest {

    private static final String AUTHORIZATION = "Authorization";

    private static String bearer() {
        return "Bearer " + token(TENANT_A, "HR_ADMIN");
    }

    @Test
    void unknownPathsAreProblems() {
        assertProblem(as(TENANT_A, "HR_ADMIN").get("/api/v1/no-such-thing").then(), 404, "not-found")
                .body("instance", equalTo("/api/v1/no-such-thing"));
        assertProblem(as(TENANT_A, "HR_ADMIN").get("/nowhere").then(), 404, "not-found");
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body("{not json").post("/api/v1/nothing-here").then(),
                404, "not-found");
    }

    @Test
    void wrongMethodsAreProblemsThatSayWhichAreAllowed() {
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body("{}").post("/api/v1/dimensions").then(),
                405, "method-not-allowed")
                .header("Allow", "GET, HEAD, OPTIONS")
                .body("detail", equalTo("This resource does not support POST; it supports GET, HEAD, OPTIONS."))
                .body("instance", equalTo("/api/v1/dimensions"));
        assertProblem(as(TENANT_A, "HR_ADMIN").delete("/api/v1/dimensions/GOALS").then(), 405, "method-not-allowed")
                .header("Allow", "GET, HEAD, OPTIONS");
        assertProblem(as(TENANT_A, "HR_ADMIN").delete("/api/v1/questions").then(), 405, "method-not-allowed")
                .header("Allow", "GET, HEAD, POST, OPTIONS");
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body("{}")
                        .patch("/api/v1/questions/q.feedback.agreement").then(), 405, "method-not-allowed")
                .header("Allow", "GET, HEAD, PUT, DELETE, OPTIONS");
        assertProblem(as(TENANT_A, "HR_ADMIN").get("/api/v1/questions/lint").then(), 405, "method-not-allowed")
                .header("Allow", "POST, OPTIONS");
    }

    @Test
    void unacceptableMediaTypesAreProblems() {
        assertProblem(as(TENANT_A, "HR_ADMIN").accept("application/xml").get("/api/v1/dimensions").then(), 406, "not-acceptable");
    }

    /** q=0 means "not this" (RFC 9110 §12.4.2), and the most specific range that matches decides. */
    @ParameterizedTest
    @ValueSource(strings = {"application/json;q=0", "*/*;q=0", "application/*;q=0, */*", "*/*;q=0.5, application/json;q=0"})
    void anAcceptThatRefusesJsonIsNotAcceptable(String accept) {
        assertProblem(as(TENANT_A, "HR_ADMIN").accept(accept).get("/api/v1/dimensions").then(), 406, "not-acceptable")
                .body("detail", equalTo("This resource cannot answer in " + accept + "; it answers application/json."))
                .body("instance", equalTo("/api/v1/dimensions"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json;q=0.1", "text/html, */*;q=0.1", "application/*", "application/json;q=1, */*;q=0"})
    void anAcceptThatAllowsJsonGetsJson(String accept) {
        as(TENANT_A, "HR_ADMIN").accept(accept).get("/api/v1/dimensions").then().statusCode(200)
                .contentType(startsWith("application/json"));
    }

    /** curl sends {@code ?q=反馈} as raw UTF-8 bytes; it must find what the percent-encoded query finds. */
    @Test
    void rawUtf8InTheQueryIsRead() {
        // A short page: RawHttp reads a body sent at once, not a chunked one, and the search now finds more.
        List<String> encoded = as(TENANT_A, "HR_ADMIN").queryParam("q", "反馈").queryParam("size", 3)
                .get("/api/v1/questions").then().statusCode(200).extract().path("items.id");
        RawHttp.Response raw = RawHttp.send("GET", "/api/v1/questions?q=反馈&size=3", AUTHORIZATION, bearer());
        assertEquals(200, raw.status(), raw.body());
        assertFalse(encoded.isEmpty(), "the library has questions about feedback");
        assertEquals(encoded, raw.json().getList("items.id"), "raw UTF-8 finds what the encoded query finds");
    }

    @Test
    void rawUtf8InThePathIsRead() {
        RawHttp.Response raw = RawHttp.send("GET", "/api/v1/questions/反馈", AUTHORIZATION, bearer());
        assertEquals(404, raw.status(), raw.body());
        assertEquals("application/problem+json", raw.header("Content-Type"));
        assertEquals(TYPE_BASE + "not-found", raw.json().getString("type"));
        assertEquals("Question '反馈' does not exist.", raw.json().getString("detail"));
        assertEquals("/api/v1/questions/%E5%8F%8D%E9%A6%88", raw.json().getString("instance"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/questions?q=%ZZ                | /api/v1/questions           | query parameter 'q' has an invalid percent escape '%ZZ'",
            "/api/v1/questions?size=20&q=ab%4       | /api/v1/questions           | query parameter 'q' has an invalid percent escape '%4'",
            "/api/v1/questions?q=%E5%8F&bad%G1=1    | /api/v1/questions           | query parameter 'bad%G1' has an invalid percent escape '%G1'",
            "/api/v1/questions/%ZZ                  | /api/v1/questions/%ZZ       | path has an invalid percent escape '%ZZ'",
            "/q/health/live?x=%                     | /q/health/live              | query parameter 'x' has an invalid percent escape '%'"})
    void badPercentEscapesAreProblems(String target, String instance, String what) {
        RawHttp.Response raw = RawHttp.send("GET", target, AUTHORIZATION, bearer());
        assertEquals(400, raw.status(), raw.body());
        assertEquals("application/problem+json", raw.header("Content-Type"));
        assertEquals(TYPE_BASE + "bad-request", raw.json().getString("type"));
        assertEquals(400, raw.json().getInt("status"));
        assertEquals(instance, raw.json().getString("instance"));
        assertEquals("The request " + what + ": '%' must be followed by two hexadecimal digits (send '%' itself as "
                + "%25).", raw.json().getString("detail"));
    }

    /** Quarkus refuses what java.net.URI refuses with an empty 400; the platform makes the same check, with a problem. */
    @Test
    void otherInvalidUrisAreProblems() {
        RawHttp.Response raw = RawHttp.send("GET", "/api/v1/questions?q={x}", AUTHORIZATION, bearer());
        assertEquals(400, raw.status(), raw.body());
        assertEquals(TYPE_BASE + "bad-request", raw.json().getString("type"));
        assertEquals("/api/v1/questions", raw.json().getString("instance"));
        assertEquals("The request URI is not valid: Illegal character in query at index 20.",
                raw.json().getString("detail"));
    }

    /** Request lines up to 16 KB reach the application; longer ones get Vert.x's bare 414 (see the README). */
    @Test
    void longIdsReachTheApplication() {
        String id = "x".repeat(16_384 - "GET /api/v1/questions/ HTTP/1.1".length());
        assertProblem(as(TENANT_A, "HR_ADMIN").get("/api/v1/questions/" + id).then(), 404, "not-found")
                .body("instance", equalTo("/api/v1/questions/" + id));
        assertEquals(414, RawHttp.send("GET", "/api/v1/questions/" + id + "x", AUTHORIZATION, bearer()).status());
    }

    @Test
    void aBodyWithoutContentTypeIsUnsupported() {
        RawHttp.Response raw = RawHttp.sendWithBody("POST", "/api/v1/questions/lint", "{\"text\": \"你的目标是什么?\"}",
                AUTHORIZATION, bearer());
        assertEquals(415, raw.status(), raw.body());
        assertEquals("application/problem+json", raw.header("Content-Type"));
        assertEquals(TYPE_BASE + "unsupported-media-type", raw.json().getString("type"));
        assertEquals("/api/v1/questions/lint", raw.json().getString("instance"));
        assertEquals("The request has a body but no Content-Type: send it as application/json.",
                raw.json().getString("detail"));
        RawHttp.Response typed = RawHttp.sendWithBody("POST", "/api/v1/questions/lint", "{\"text\": \"你的目标是什么?\"}",
                AUTHORIZATION, bearer(), "Content-Type", "application/json");
        assertEquals(200, typed.status(), typed.body());
    }

    /** A transition reads no body: without one it needs no Content-Type, and one sent untyped is not read. */
    @Test
    void aRequestWithoutABodyNeedsNoContentType() {
        String key = QuestionResourceTest.unique("http.untyped");
        var created = QuestionResourceTest.create(TENANT_A, QuestionResourceTest.choiceBody(key, key));
        String id = created.path("id");
        RawHttp.Response noBody = RawHttp.send("POST", "/api/v1/questions/" + id + "/activate", AUTHORIZATION, bearer(),
                "If-Match", created.header("ETag"));
        assertEquals(200, noBody.status(), noBody.body());
        RawHttp.Response emptyBody = RawHttp.sendWithBody("POST", "/api/v1/questions/" + id + "/retire", "",
                AUTHORIZATION, bearer(), "If-Match", noBody.header("ETag"));
        assertEquals(200, emptyBody.status(), emptyBody.body());
        RawHttp.Response ignoredBody = RawHttp.sendWithBody("POST", "/api/v1/questions/" + id + "/activate", "whatever",
                AUTHORIZATION, bearer(), "If-Match", emptyBody.header("ETag"));
        assertEquals(200, ignoredBody.status(), ignoredBody.body());
        as(TENANT_A, "HR_ADMIN").get("/api/v1/questions/" + id).then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aWrongTypeInABodyIsNotCoerced() {
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body("{\"text\": \"你的目标是什么?\", \"type\": 1}")
                .post("/api/v1/questions/lint").then(), 400, "validation")
                .body("errors.path", contains("type"))
                .body("errors.code", contains("invalid-value"))
                .body("errors.message", contains("must be one of [OPEN, SCALE, SINGLE_CHOICE, MULTI_CHOICE]"))
                .body("instance", equalTo("/api/v1/questions/lint"));
    }

    @Test
    void corsExposesTheHeadersFrontEndsNeed() {
        as(TENANT_A, "HR_ADMIN").header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/dimensions").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        as(TENANT_A, "HR_ADMIN").header("Origin", "http://localhost:5173").get("/api/v1/dimensions").then()
                .statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("Content-Language"))
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"));
    }

    @Test
    void aRefusedOriginGetsAProblem() {
        assertProblem(as(TENANT_A, "HR_ADMIN").header("Origin", "https://evil.example").get("/api/v1/dimensions").then(),
                403, "forbidden")
                .header("Vary", containsString("Origin"))
                .header("Access-Control-Allow-Origin", nullValue())
                .body("detail", containsString("https://evil.example"))
                .body("instance", equalTo("/api/v1/dimensions"));
        assertProblem(given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/topics/x").then(), 403, "forbidden")
                .header("Access-Control-Allow-Origin", nullValue())
                .body("instance", equalTo("/api/v1/topics/x"));
    }

    @Test
    void theServicesOwnOriginIsNotCrossOrigin() {
        as(TENANT_A, "HR_ADMIN").header("Origin", "http://127.0.0.1:" + RestAssured.port).get("/api/v1/dimensions")
                .then().statusCode(200);
    }

    @Test
    void healthAndMetricsAreServed() {
        as(TENANT_A, "HR_ADMIN").get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
        as(TENANT_A, "HR_ADMIN").get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
