package io.pmi.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks a running service's OpenAPI contract: it must equal the committed copy and follow the house rules.
 * Run with {@code -Dopenapi.refresh=true} to rewrite the committed copy after an intended change.
 */
public final class ContractAssertions {

    public static final Path COMMITTED = Path.of("src", "main", "openapi", "openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private ContractAssertions() {
    }

    public static void assertServedContractIsCommitted() throws IOException {
        String served = RestAssured.given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.refresh")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
            return;
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!served.equals(committed)) {
            fail("The served OpenAPI contract differs from the committed " + COMMITTED.toAbsolutePath()
                    + ". If the change is intended, refresh the committed "
                    + "copies with\n  ./mvnw verify -Dopenapi.refresh=true\nand commit them; generated clients follow "
                    + "those files.\n" + firstDifference(committed, served));
        }
    }

    /**
     * Every operation: operationId, tag, summary, examples, and problem+json errors with the shared schema; and the
     * contract names its server and a contact.
     */
    public static void assertHouseRules() throws IOException {
        String json = RestAssured.given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString();
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("3.0.3", root.path("openapi").asText(), "contracts are served as OpenAPI 3.0.3");
        assertTrue(root.path("components").path("schemas").has("Problem"), "one shared Problem schema");
        List<String> defects = new ArrayList<>();
        if (root.path("servers").isEmpty() || root.path("servers").path(0).path("url").asText("").isBlank()) {
            defects.add("no servers (quarkus.smallrye-openapi.servers in the service's application.properties)");
        }
        if (root.path("info").path("contact").path("name").asText("").isBlank()) {
            defects.add("no info.contact (quarkus.smallrye-openapi.info-contact-* in the platform)");
        }
        Set<String> operationIds = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                String id = operation.path("operationId").asText("");
                if (id.isEmpty() || !operationIds.add(id)) {
                    defects.add(where + ": missing or duplicate operationId");
                }
                if (operation.path("tags").isEmpty()) {
                    defects.add(where + ": no tag");
                }
                if (operation.path("summary").asText("").isBlank()) {
                    defects.add(where + ": no summary");
                }
                if (!operation.path("responses").has("500")) {
                    defects.add(where + ": no 500 problem response");
                }
                for (Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
                     responses.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    checkResponse(where + " " + response.getKey(), response.getKey(), response.getValue(), defects);
                }
            }
        }
        assertTrue(defects.isEmpty(), "contract defects:\n" + String.join("\n", defects));
    }

    /** Every example in the served contract matches its schema (see {@link ContractExamples}). */
    public static void assertExamplesMatchTheirSchemas() {
        String json = RestAssured.given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200).extract().asString();
        List<String> defects = ContractExamples.defects(json);
        assertTrue(defects.isEmpty(), "examples that do not match their schema:\n" + String.join("\n", defects));
    }

    private static void checkResponse(String where, String status, JsonNode response, List<String> defects) {
        JsonNode content = response.path("content");
        if (status.startsWith("4") || status.startsWith("5")) {
            JsonNode problem = content.path("application/problem+json");
            if (!"#/components/schemas/Problem".equals(problem.path("schema").path("$ref").asText())) {
                defects.add(where + ": error without the shared Problem schema");
            }
            if (!problem.has("examples") && !problem.has("example")) {
                defects.add(where + ": error without an example");
            }
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> media = content.fields(); media.hasNext(); ) {
            Map.Entry<String, JsonNode> type = media.next();
            if (!type.getValue().has("examples") && !type.getValue().has("example")) {
                defects.add(where + " " + type.getKey() + ": no example");
            }
        }
    }

    private static String firstDifference(String committed, String served) {
        String[] a = committed.split("\n", -1);
        String[] b = served.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end of file>";
            String right = i < b.length ? b[i] : "<end of file>";
            if (!left.equals(right)) {
                return "First difference at line " + (i + 1) + ":\n  committed: " + left + "\n  served:    " + right;
            }
        }
        return "";
    }
}
