package io.pmi.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls every operation of a service's own contract with every kind of token and checks the answer: bad tokens
 * get 401, roles outside the operation's {@code x-roles} get 403, the listed roles get past security, and nothing
 * gets a 500. Operations added later are covered without anyone adding them here.
 */
public final class SecurityMatrix {

    public static final List<String> ROLES = List.of("HR_ADMIN", "INTERVIEWER", "MANAGER", "INTEGRATION");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private SecurityMatrix() {
    }

    public record Operation(String method, String path, boolean hasBody, List<String> roles) {
        String concretePath() {
            return path.replaceAll("\\{[^}]+}", "unknown-id");
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** The secured operations of the running service's contract. */
    public static List<Operation> operations() throws IOException {
        JsonNode root = new ObjectMapper().readTree(RestAssured.given().accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    List<String> roles = StreamSupport.stream(op.getValue().path("x-roles").spliterator(), false)
                            .map(JsonNode::asText).toList();
                    operations.add(new Operation(op.getKey(), path.getKey(), op.getValue().has("requestBody"), roles));
                }
            }
        }
        return operations;
    }

    public static void assertEveryOperation() throws IOException {
        List<Operation> operations = operations();
        Map<String, Supplier<String>> badTokens = new LinkedHashMap<>();
        badTokens.put("no token", () -> null);
        badTokens.put("expired", TestTokens::expired);
        badTokens.put("not yet valid", TestTokens::notYetValid);
        badTokens.put("signed by another key", TestTokens::signedByAnotherKey);
        badTokens.put("alg none", TestTokens::algNone);
        badTokens.put("wrong issuer", TestTokens::wrongIssuer);
        badTokens.put("wrong audience", TestTokens::wrongAudience);
        badTokens.put("malformed", TestTokens::malformed);
        badTokens.put("oversized", TestTokens::oversized);
        badTokens.put("without tenant", TestTokens::withoutTenant);
        List<String> defects = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation.roles().isEmpty()) {
                defects.add(operation + ": no x-roles in the contract (every /api operation must name its roles)");
                continue;
            }
            badTokens.forEach((kind, token) -> {
                Response response = call(operation, token.get());
                if (response.statusCode() != 401 || !isProblem(response)
                        || response.header("WWW-Authenticate") == null
                        || !response.header("WWW-Authenticate").startsWith("Bearer")) {
                    defects.add(operation + " with " + kind + ": " + response.statusCode() + " " + response.contentType());
                }
            });
            Response library = call(operation, TestTokens.libraryTenant());
            if (library.statusCode() != 403 || !isProblem(library)) {
                defects.add(operation + " with the _library tenant: " + library.statusCode());
            }
            for (String role : ROLES) {
                Response response = call(operation, TestTokens.token(TestTokens.TENANT_A, role));
                boolean allowed = operation.roles().contains(role);
                if (response.statusCode() >= 500) {
                    defects.add(operation + " as " + role + ": " + response.statusCode());
                } else if (allowed && (response.statusCode() == 401 || response.statusCode() == 403)) {
                    defects.add(operation + " as " + role + ": refused (" + response.statusCode()
                            + ") although the contract allows it");
                } else if (!allowed && (response.statusCode() != 403 || !isProblem(response))) {
                    defects.add(operation + " as " + role + ": " + response.statusCode()
                            + " although the contract does not allow it");
                }
            }
        }
        assertTrue(defects.isEmpty(), "security matrix defects:\n" + String.join("\n", defects));
    }

    private static Response call(Operation operation, String token) {
        RequestSpecification request = RestAssured.given().redirects().follow(false);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (operation.hasBody()) {
            request.contentType("application/json").body("{}");
        }
        return request.request(operation.method().toUpperCase(), operation.concretePath());
    }

    private static boolean isProblem(Response response) {
        return response.contentType() != null && response.contentType().startsWith("application/problem+json");
    }
}
