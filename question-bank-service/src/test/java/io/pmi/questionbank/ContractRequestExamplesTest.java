package io.pmi.questionbank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pmi.testsupport.ContractAssertions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import static io.pmi.testsupport.TestTokens.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed contract's request examples are requests the service accepts: each is sent, as an HR_ADMIN of a
 * fresh tenant, to the operation it documents and must get a 2xx. An update's example goes to the resource its
 * operation's create example made, with that resource's ETag; the import goes to a tenant of its own, whose keys
 * are new to it. The only data assumed is the seeded library.
 */
@QuarkusTest
class ContractRequestExamplesTest {

    /** The operations with request examples, in the order they are sent: creates before their updates. */
    private static final List<String> ORDER = List.of("lintQuestion", "lintQuestions", "createTopic", "updateTopic",
            "createQuestion", "updateQuestion", "createGuide", "updateGuide", "importBank");

    /** Which create makes the resource an update's example changes. */
    private static final Map<String, String> UPDATES = Map.of("updateTopic", "createTopic",
            "updateQuestion", "createQuestion", "updateGuide", "createGuide");

    private record Example(String method, String path, List<String> roles, String body) {
    }

    @Test
    void everyRequestExampleOfTheCommittedContractIsAccepted() throws IOException {
        Map<String, List<Example>> examples = requestExamples();
        assertEquals(new TreeSet<>(ORDER), new TreeSet<>(examples.keySet()),
                "operations with request examples (a new one needs its place in ORDER)");
        String tenant = "examples-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, ExtractableResponse<Response>> created = new HashMap<>();
        List<String> refused = new ArrayList<>();
        for (String operationId : ORDER) {
            for (Example example : examples.get(operationId)) {
                assertTrue(example.roles().contains("HR_ADMIN"), operationId + " is sent as HR_ADMIN");
                String target = operationId.equals("importBank") ? tenant + "-import" : tenant;
                RequestSpecification request = as(target, "HR_ADMIN").contentType("application/json")
                        .body(example.body());
                String path = example.path();
                if (UPDATES.containsKey(operationId)) {
                    ExtractableResponse<Response> original = created.get(UPDATES.get(operationId));
                    if (original.statusCode() / 100 != 2) {
                        refused.add(operationId + " not sent: " + UPDATES.get(operationId) + " was refused");
                        continue;
                    }
                    path = path.replace("{id}", original.path("id"));
                    request.header("If-Match", original.header("ETag"));
                }
                path = path.replace("{code}", "COLLABORATION");
                ExtractableResponse<Response> answer = request.request(example.method(), path).then().extract();
                if (answer.statusCode() / 100 != 2) {
                    refused.add(operationId + " " + answer.statusCode() + " " + answer.asString());
                }
                created.put(operationId, answer);
            }
        }
        assertEquals(List.of(), refused);
    }

    /** Every request body example of the committed contract, by operation id. */
    private static Map<String, List<Example>> requestExamples() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(ContractAssertions.COMMITTED.toFile());
        ObjectMapper json = new ObjectMapper();
        Map<String, List<Example>> examples = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                List<String> roles = new ArrayList<>();
                operation.path("x-roles").forEach(role -> roles.add(role.asText()));
                for (JsonNode media : operation.path("requestBody").path("content")) {
                    for (JsonNode example : media.path("examples")) {
                        examples.computeIfAbsent(operation.path("operationId").asText(), k -> new ArrayList<>())
                                .add(new Example(method.getKey().toUpperCase(), path.getKey(), roles,
                                        json.writeValueAsString(example.path("value"))));
                    }
                }
            }
        }
        return examples;
    }
}
