package io.pmi.questionbank.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Errors raised outside any one resource still answer problem+json. */
@QuarkusTest
class HttpErrorsTest {

    @Test
    void unknownPathsAreProblems() {
        assertProblem(given().get("/api/v1/no-such-thing").then(), 404, "not-found")
                .body("instance", equalTo("/api/v1/no-such-thing"));
        assertProblem(given().get("/nowhere").then(), 404, "not-found");
        assertProblem(given().contentType("application/json").body("{not json").post("/api/v1/nothing-here").then(),
                404, "not-found");
    }

    @Test
    void wrongMethodsAreProblems() {
        assertProblem(given().contentType("application/json").body("{}").post("/api/v1/dimensions").then(),
                405, "method-not-allowed");
        assertProblem(given().delete("/api/v1/dimensions/GOALS").then(), 405, "method-not-allowed");
    }

    @Test
    void unacceptableMediaTypesAreProblems() {
        assertProblem(given().accept("application/xml").get("/api/v1/dimensions").then(), 406, "not-acceptable");
    }

    @Test
    void corsExposesTheHeadersFrontEndsNeed() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PUT")
                .options("/api/v1/dimensions").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().header("Origin", "http://localhost:5173").get("/api/v1/dimensions").then()
                .statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("Content-Language"));
    }

    @Test
    void healthAndMetricsAreServed() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
