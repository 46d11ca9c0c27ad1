package io.pmi.testsupport;

import io.restassured.response.ValidatableResponse;

import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** What every error response must be: problem+json of a documented type, with no stack trace. */
public final class ProblemAssertions {

    public static final String TYPE_BASE = "https://pmi-suite.dev/problems/";

    private ProblemAssertions() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String slug) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo(TYPE_BASE + slug))
                .body("status", equalTo(status))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()))
                .body("instance", startsWith("/"))
                .body("stackTrace", nullValue())
                .body("detail", not(org.hamcrest.Matchers.containsString("Exception")))
                .body("detail", not(org.hamcrest.Matchers.containsString("\tat ")));
    }
}
