package io.pmi.questionbank.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.pmi.testsupport.TestTokens.TENANT_A;
import static io.pmi.testsupport.TestTokens.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Errors raised outside any one resource still answer problem+json. */
@QuarkusTest
class HttpErrorsTest {

    @Test
    void unknownPathsAreProblems() {
        assertProblem(as(TENANT_A, "HR_ADMIN").get("/api/v1/no-such-thing").then(), 404, "not-found")
                .body("instance", equalTo("/api/v1/no-such-thing"));
        assertProblem(as(TENANT_A, "HR_ADMIN").get("/nowhere").then(), 404, "not-found");
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body("{not json").post("/api/v1/nothing-here").then(),
                404, "not-found");
    }

    @Test
    void wrongMethodsAreProblems() {
        assertProblem(as(TENANT_A, "HR_ADMIN").contentType("application/json").body("{}").post("/api/v1/dimensions").then(),
                405, "method-not-allowed");
        assertProblem(as(TENANT_A, "HR_ADMIN").delete("/api/v1/dimensions/GOALS").then(), 405, "method-not-allowed");
    }

    @Test
    void unacceptableMediaTypesAreProblems() {
        assertProblem(as(TENANT_A, "HR_ADMIN").accept("application/xml").get("/api/v1/dimensions").then(), 406, "not-acceptable");
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
                .header("Access-Control-Expose-Headers", containsString("Content-Language"));
    }

    @Test
    void healthAndMetricsAreServed() {
        as(TENANT_A, "HR_ADMIN").get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
        as(TENANT_A, "HR_ADMIN").get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
