package io.pmi.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.pmi.testsupport.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Every kind of bad input becomes an RFC 9457 problem with the path the client wrote. */
@QuarkusTest
class ProblemMappingTest {

    private static final String VALID = """
            {"name": "n", "kind": "OPEN", "count": 2, "options": [{"label": {"zh-CN": "是", "en": "yes"}}]}""";

    @Test
    void aValidBodyPasses() {
        given().contentType("application/json").body(VALID).post("/probe").then()
                .statusCode(200).body("options[0].label.en", equalTo("yes"));
    }

    @Test
    void malformedJson() {
        assertProblem(given().contentType("application/json").body("{\"name\": \"n\",").post("/probe").then(),
                400, "malformed-json")
                .body("instance", equalTo("/probe"));
    }

    @Test
    void aWrongTypeNamesTheField() {
        assertProblem(given().contentType("application/json")
                .body("{\"name\": \"n\", \"count\": \"two\", \"options\": []}").post("/probe").then(), 400, "validation")
                .body("errors", hasSize(1))
                .body("errors[0].in", equalTo("body"))
                .body("errors[0].path", equalTo("count"))
                .body("errors[0].code", equalTo("invalid-value"));
        assertProblem(given().contentType("application/json")
                .body("{\"name\": \"n\", \"count\": 2, \"options\": {\"a\": 1}}").post("/probe").then(), 400,
                "validation")
                .body("errors", hasSize(1))
                .body("errors[0].path", equalTo("options"))
                .body("errors[0].code", equalTo("invalid-type"));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        assertProblem(given().contentType("application/json")
                .body("{\"name\": \"n\", \"kind\": \"CLOSED\", \"count\": 2, \"options\": []}").post("/probe").then(),
                        400, "validation")
                .body("errors[0].path", equalTo("kind"))
                .body("errors[0].code", equalTo("invalid-value"))
                .body("errors[0].message", equalTo("must be one of [OPEN, SCALE]"));
    }

    @Test
    void anUnknownFieldIsRejected() {
        assertProblem(given().contentType("application/json")
                .body("{\"name\": \"n\", \"count\": 2, \"options\": [{\"label\": {}, \"colour\": \"red\"}]}")
                .post("/probe").then(),
                400, "validation")
                .body("errors[0].path", equalTo("options[0].colour"))
                .body("errors[0].code", equalTo("unknown-field"));
    }

    @Test
    void unknownFieldsWrongTypesAndBrokenConstraintsComeInOneAnswer() {
        assertProblem(given().contentType("application/json")
                .body("{\"name\": \"\", \"kind\": \"CLOSED\", \"count\": 9, \"colour\": \"red\", \"shade\": 1, "
                        + "\"options\": [{\"label\": \"yes\", \"size\": 3}, {\"label\": {\"en\": \"far too long\"}}]}")
                .post("/probe").then(), 400, "validation")
                .body("errors.path", contains("colour", "count", "kind", "name", "options[0].label", "options[0].size",
                        "options[1].label.en", "shade"))
                .body("errors.code", contains("unknown-field", "range", "invalid-value", "required", "invalid-type",
                        "unknown-field", "size", "unknown-field"))
                .body("detail", equalTo("The request has 8 invalid inputs."));
    }

    @Test
    void missingAndInvalidFieldsAreAllListedWithTheirJsonPaths() {
        assertProblem(given().contentType("application/json")
                .body("{\"count\": 9, \"options\": [{\"label\": {\"en\": \"far too long\", \"zh-CN\": \" \"}}, null]}")
                .post("/probe").then(), 400, "validation")
                .body("errors.path", contains("count", "name", "options[0].label.en", "options[0].label.zh-CN",
                        "options[1]"))
                .body("errors.code", contains("range", "required", "size", "required", "required"))
                .body("detail", equalTo("The request has 5 invalid inputs."));
    }

    @Test
    void anEmptyBodyIsAMissingBody() {
        assertProblem(given().contentType("application/json").post("/probe").then(), 400, "validation")
                .body("errors[0].path", equalTo("$"))
                .body("errors[0].code", equalTo("required"));
    }

    @Test
    void anotherMediaTypeIsUnsupported() {
        assertProblem(given().contentType("text/plain").body("name=n").post("/probe").then(), 415,
                "unsupported-media-type");
    }

    @Test
    void anOversizedBodyIsAProblemNotAnEmptyResponse() {
        String big = "{\"name\": \"" + "x".repeat(1_100_000) + "\", \"options\": []}";
        assertProblem(given().contentType("application/json").body(big).post("/probe").then(), 413,
                "payload-too-large");
    }

    @Test
    void anUnexpectedErrorRevealsNothing() {
        assertProblem(given().get("/probe/boom").then(), 500, "internal")
                .body("detail", containsString("reference"))
                .body("detail", not(containsString("hunter2")));
    }

    @Test
    void localizedResponsesSayTheirLanguage() {
        given().header("Accept-Language", "en-US").get("/probe/language").then()
                .statusCode(200).header("Content-Language", "en").header("Vary", containsString("Accept-Language"))
                .body("language", equalTo("en"));
    }
}
