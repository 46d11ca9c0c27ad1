package io.pmi.questionbank;

import com.fasterxml.jackson.databind.JsonNode;
import io.pmi.testsupport.Contract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What Swagger UI shows a person: tags in working order, a token that survives a reload, honest 400 examples. */
@QuarkusTest
class ContractDocumentationTest {

    @Test
    void tagsComeInTheOrderAUserWorks() throws IOException {
        List<String> tags = new ArrayList<>();
        Contract.served().root().path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        assertEquals(List.of("Taxonomy", "Questions", "Linting", "Guides", "Bank"), tags);
    }

    @Test
    void swaggerUiKeepsTheAuthorization() {
        RestAssured.given().get("/q/swagger-ui/index.html").then().statusCode(200)
                .body(containsString("persistAuthorization: true"));
    }

    /** Each 400 example names an input of its own operation: a member of its body or one of its parameters. */
    @Test
    void everyValidationExampleNamesAnInputOfItsOperation() throws IOException {
        Contract contract = Contract.served();
        List<String> wrong = new ArrayList<>();
        for (Contract.Operation operation : contract.operations()) {
            for (JsonNode example : operation.node().path("responses").path("400").path("content")
                    .path("application/problem+json").path("examples")) {
                for (JsonNode error : example.path("value").path("errors")) {
                    String in = error.path("in").asText();
                    String path = error.path("path").asText();
                    boolean known = in.equals("body") ? bodyHas(contract.root(), operation, path)
                            : operation.parameters().stream().anyMatch(p -> p.path("in").asText().equals(in)
                            && p.path("name").asText().equals(path));
                    if (!known) {
                        wrong.add(operation + ": " + in + " " + path);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean bodyHas(JsonNode root, Contract.Operation operation, String path) {
        for (JsonNode media : operation.node().path("requestBody").path("content")) {
            JsonNode schema = media.path("schema");
            if (schema.has("$ref")) {
                schema = root.path("components").path("schemas")
                        .path(schema.path("$ref").asText().replace("#/components/schemas/", ""));
            }
            if (schema.path("properties").has(path.split("[.\\[]", 2)[0])) {
                return true;
            }
        }
        return false;
    }
}
