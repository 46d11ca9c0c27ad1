package io.pmi.testsupport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/** A counter as {@code /q/metrics} shows it, for tests that check what an operation counted. */
public final class Metrics {

    private Metrics() {
    }

    /**
     * The value of the Prometheus sample {@code name} whose labels include {@code labels} (e.g.
     * {@code code="LEADING"}, or empty for any), summed over its series; 0 when there is none yet.
     */
    public static double counter(String name, String labels) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*})? ([0-9.Ee+-]+)$").matcher(text);
        double sum = 0;
        while (sample.find()) {
            String found = sample.group(1) == null ? "" : sample.group(1);
            if (found.contains(labels)) {
                sum += Double.parseDouble(sample.group(2));
            }
        }
        return sum;
    }
}
