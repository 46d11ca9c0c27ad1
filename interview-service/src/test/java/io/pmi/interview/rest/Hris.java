package io.pmi.interview.rest;

import io.restassured.response.Response;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.pmi.testsupport.TestTokens.as;

/** What an HRIS integration sends, for the tests. External ids are made unique per test: the database is shared. */
final class Hris {

    private Hris() {
    }

    /** A prefix no other test uses, so that each test sees only its own participants. */
    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String participant(String name, String email, String department, String position, String manager,
                              String status) {
        return "{" + field("name", name) + "," + field("email", email) + "," + field("department", department) + ","
                + field("position", position) + "," + field("managerExternalId", manager) + ","
                + field("employmentStatus", status) + "}";
    }

    static String participant(String name, String department, String manager) {
        return participant(name, "p" + Integer.toHexString(name.hashCode()) + "@example.com", department, "工程师",
                manager, "ACTIVE");
    }

    static String item(String externalId, String name, String department, String manager) {
        return "{" + field("externalId", externalId) + "," + participant(name, department, manager).substring(1);
    }

    static String batch(List<String> items) {
        return "{\"items\": [" + String.join(",", items) + "]}";
    }

    static String record(String participant, String period, String indicator, String target, String actual,
                         String direction) {
        return "{" + field("participantExternalId", participant) + "," + field("period", period) + ","
                + field("indicator", indicator) + ",\"kind\": \"KPI\",\"target\": " + target + ",\"actual\": " + actual
                + ",\"unit\": \"万元\"," + field("direction", direction) + "}";
    }

    static Response put(String tenant, String role, String externalId, String body) {
        return as(tenant, role).contentType("application/json").body(body).put("/api/v1/participants/" + externalId);
    }

    static Response put(String tenant, String externalId, String body) {
        return put(tenant, "INTEGRATION", externalId, body);
    }

    static Response postParticipants(String tenant, String body) {
        return as(tenant, "INTEGRATION").contentType("application/json").body(body)
                .post("/api/v1/participants/batch");
    }

    static Response postRecords(String tenant, String body) {
        return as(tenant, "INTEGRATION").contentType("application/json").body(body)
                .post("/api/v1/performance-records/batch");
    }

    static String records(String... items) {
        return batch(List.of(items));
    }

    static String participants(List<String> externalIds, String department) {
        return batch(externalIds.stream().map(id -> item(id, "Name " + id, department, null))
                .collect(Collectors.toList()));
    }

    private static String field(String name, String value) {
        return "\"" + name + "\": " + (value == null ? "null" : "\"" + value + "\"");
    }
}
