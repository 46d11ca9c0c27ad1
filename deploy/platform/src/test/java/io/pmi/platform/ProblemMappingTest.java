package io.pmi.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
                .body("errors[0].code", equalTo("invalid-type"))
                .body("errors[0].message", equalTo("expected an integer"));
        assertProblem(given().contentType("application/json")
                .body("{\"name\": \"n\", \"count\": 2, \"options\": {\"a\": 1}}").post("/probe").then(), 400,
                "validation")
                .body("errors", hasSize(1))
                .body("errors[0].path", equalTo("options"))
                .body("errors[0].code", equalTo("invalid-type"));
    }

    /** Jackson would read each of these as something else: a number as a string or an enum, "2" or 2.7 as 2. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\": 5, \"options\": []}                              | name                | expected a string",
            "{\"name\": 2.5, \"options\": []}                            | name                | expected a string",
            "{\"name\": true, \"options\": []}                           | name                | expected a string",
            "{\"name\": \"n\", \"count\": 2.7, \"options\": []}         | count               | expected an integer",
            "{\"name\": \"n\", \"count\": 2.0, \"options\": []}         | count               | expected an integer",
            "{\"name\": \"n\", \"count\": \"2\", \"options\": []}       | count               | expected an integer",
            "{\"name\": \"n\", \"count\": true, \"options\": []}        | count               | expected an integer",
            "{\"name\": \"n\", \"urgent\": \"true\", \"options\": []}   | urgent              | expected a boolean",
            "{\"name\": \"n\", \"urgent\": 1, \"options\": []}          | urgent              | expected a boolean",
            "{\"name\": \"n\", \"urgent\": \"\", \"options\": []}       | urgent              | expected a boolean",
            "{\"name\": \"n\", \"options\": [{\"label\": {\"en\": 1}}]} | options[0].label.en | expected a string"})
    void noValueIsCoercedToAnotherType(String body, String path, String message) {
        assertProblem(given().contentType("application/json").body(body).post("/probe").then(), 400, "validation")
                .body("errors", hasSize(1))
                .body("errors[0].in", equalTo("body"))
                .body("errors[0].path", equalTo(path))
                .body("errors[0].code", equalTo("invalid-type"))
                .body("errors[0].message", equalTo(message));
    }

    /** A number is not an enum's ordinal: it is refused in the words of every other wrong enum value. */
    @Test
    void aNumberForAnEnumIsAnInvalidValueNotItsOrdinal() {
        assertProblem(given().contentType("application/json")
                .body("{\"name\": \"n\", \"kind\": 1, \"count\": 2, \"options\": []}").post("/probe").then(), 400,
                "validation")
                .body("errors", hasSize(1))
                .body("errors[0].path", equalTo("kind"))
                .body("errors[0].code", equalTo("invalid-value"))
                .body("errors[0].message", equalTo("must be one of [OPEN, SCALE]"));
    }

    @Test
    void valuesOfTheirOwnTypePass() {
        given().contentType("application/json")
                .body("{\"name\": \"5\", \"kind\": \"SCALE\", \"count\": 3, \"urgent\": false, \"options\": []}")
                .post("/probe").then().statusCode(200)
                .body("name", equalTo("5")).body("kind", equalTo("SCALE")).body("count", equalTo(3))
                .body("urgent", equalTo(false));
    }

    /** JSON escapes can write characters no stored text may hold; a surrogate pair (an emoji) is fine. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"name\": \"a\\u0000b\", \"options\": []}                       | name                | must not contain the NUL character (U+0000)",
            "{\"name\": \"n\", \"options\": [{\"label\": {\"en\": \"x\\ud800\"}}]} | options[0].label.en | must not contain an unpaired surrogate (U+D800)",
            "{\"name\": \"n\", \"options\": [{\"label\": {\"en\": \"\\udc00x\"}}]} | options[0].label.en | must not contain an unpaired surrogate (U+DC00)",
            "{\"name\": \"\\ude00\\ud83d\", \"options\": []}                 | name                | must not contain an unpaired surrogate (U+DE00)",
            "{\"name\": \"n\", \"options\": [{\"label\": {\"e\\u0000n\": \"x\"}}]} | options[0].label    | must not contain the NUL character (U+0000)"})
    void nulCharactersAndLoneSurrogatesAreRefused(String body, String path, String message) {
        assertProblem(given().contentType("application/json").body(body).post("/probe").then(), 400, "validation")
                .body("errors", hasSize(1))
                .body("errors[0].in", equalTo("body"))
                .body("errors[0].path", equalTo(path))
                .body("errors[0].code", equalTo("invalid-character"))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void surrogatePairsPass() {
        given().contentType("application/json")
                .body("{\"name\": \"\\ud83d\\ude00\", \"count\": 2, \"options\": [{\"label\": {\"en\": \"\\ud83d\\ude00\"}}]}")
                .post("/probe").then().statusCode(200)
                .body("name", equalTo("\ud83d\ude00")).body("options[0].label.en", equalTo("\ud83d\ude00"));
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
