package io.pmi.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** An enum in a query or path is read by its wire name, and a wrong one is a 400 worded like one in a body. */
@QuarkusTest
class EnumParamConverterTest {

    @Test
    void aKnownValueIsRead() {
        given().queryParam("status", "ACTIVE").queryParam("source", "library").get("/probe/enums").then()
                .statusCode(200).body("status", equalTo("ACTIVE")).body("source", equalTo("LIBRARY"));
        given().get("/probe/enums").then().statusCode(200).body("status", equalTo("null"));
        given().get("/probe/enums/DRAFT").then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void anUnknownQueryValueIsAValidationProblemListingTheAllowedValues() {
        assertProblem(given().queryParam("status", "active").get("/probe/enums").then(), 400, "validation")
                .body("instance", equalTo("/probe/enums"))
                .body("errors", hasSize(1))
                .body("errors[0].in", equalTo("query"))
                .body("errors[0].path", equalTo("status"))
                .body("errors[0].code", equalTo("invalid-value"))
                .body("errors[0].message", equalTo("must be one of [DRAFT, ACTIVE]"));
        assertProblem(given().queryParam("source", "LIBRARY").get("/probe/enums").then(), 400, "validation")
                .body("errors[0].path", equalTo("source"))
                .body("errors[0].message", equalTo("must be one of [library, tenant]"));
    }

    @Test
    void anUnknownPathValueIsAValidationProblemToo() {
        assertProblem(given().get("/probe/enums/RETIRED").then(), 400, "validation")
                .body("errors[0].in", equalTo("path"))
                .body("errors[0].path", equalTo("status"))
                .body("errors[0].code", equalTo("invalid-value"));
    }
}
