package io.pmi.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds a service to its role policy ({@link RolePolicy}): the served contract has exactly the policy's operations,
 * each with exactly its roles in {@code x-roles}; every operation answers every kind of bad token 401, the
 * {@code _library} tenant and every role outside the policy 403, and never refuses a listed role; each listed role
 * reads every GET operation with a 2xx on the service's fixtures, sending JSON null only where the contract says
 * nullable; nothing answers a 500; and the
 * {@code Content-Language} and {@code Vary} headers a response carries are documented on it. Operations added
 * later are covered without anyone adding them here.
 */
public final class SecurityMatrix {

    public static final List<String> ROLES = List.of("HR_ADMIN", "INTERVIEWER", "MANAGER", "INTEGRATION");

    private SecurityMatrix() {
    }

    /** Where the contract and the policy disagree. */
    public static List<String> policyDefects(Contract contract, RolePolicy policy) {
        List<String> defects = new ArrayList<>(policy.defects());
        Set<String> inContract = new HashSet<>();
        for (Contract.Operation operation : contract.operations()) {
            inContract.add(operation.operationId());
            if (!operation.isSecured()) {
                defects.add(operation + ": no security requirement (every /api operation needs a bearer token)");
            }
            Set<String> roles = policy.operations().get(operation.operationId());
            List<String> contractRoles = operation.roles();
            if (roles == null) {
                defects.add(operation + ": in the contract but not in " + RolePolicy.FILE
                        + " (declare its roles there)");
            } else if (!new LinkedHashSet<>(contractRoles).equals(roles)
                    || contractRoles.size() != new HashSet<>(contractRoles).size()) {
                defects.add(operation + ": x-roles " + contractRoles + " but " + RolePolicy.FILE + " declares " + roles);
            }
        }
        policy.operations().keySet().stream().filter(id -> !inContract.contains(id)).forEach(id ->
                defects.add(id + ": declared in " + RolePolicy.FILE + " but not in the served contract"));
        return defects;
    }

    public static void assertEveryOperation(ServiceFixtures fixtures) throws IOException {
        Contract contract = Contract.served();
        RolePolicy policy = RolePolicy.ofThisService();
        List<String> defects = policyDefects(contract, policy);
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
        fixtures.reads().forEach((id, path) -> {
            if (contract.operation(id).filter(Contract.Operation::isRead).isEmpty()) {
                defects.add("read fixture " + id + " -> " + path + ": no such GET operation in the contract");
            }
        });
        for (Contract.Operation operation : contract.operations()) {
            Set<String> allowed = policy.operations().get(operation.operationId());
            if (allowed == null) {
                continue;
            }
            String unknownIds = operation.path().replaceAll("\\{[^}]+}", "unknown-id");
            badTokens.forEach((kind, token) -> {
                Response response = call(operation, unknownIds, token.get());
                if (response.statusCode() != 401 || !isProblem(response)
                        || response.header("WWW-Authenticate") == null
                        || !response.header("WWW-Authenticate").startsWith("Bearer")) {
                    defects.add(operation + " with " + kind + ": " + response.statusCode() + " " + response.contentType());
                }
                defects.addAll(undocumentedHeaders(operation, response, "with " + kind));
            });
            Response library = call(operation, unknownIds, TestTokens.libraryTenant());
            if (library.statusCode() != 403 || !isProblem(library)) {
                defects.add(operation + " with the _library tenant: " + library.statusCode());
            }
            for (String role : ROLES) {
                Response response = call(operation, unknownIds, TestTokens.token(TestTokens.TENANT_A, role));
                defects.addAll(undocumentedHeaders(operation, response, "as " + role));
                if (response.statusCode() >= 500) {
                    defects.add(operation + " as " + role + ": " + response.statusCode());
                } else if (allowed.contains(role) && (response.statusCode() == 401 || response.statusCode() == 403)) {
                    defects.add(operation + " as " + role + ": refused (" + response.statusCode()
                            + ") although the policy allows it");
                } else if (!allowed.contains(role) && (response.statusCode() != 403 || !isProblem(response))) {
                    defects.add(operation + " as " + role + ": " + response.statusCode()
                            + " although the policy does not allow it");
                }
            }
            if (operation.isRead()) {
                defects.addAll(readDefects(contract, operation, allowed, fixtures));
            }
        }
        assertTrue(defects.isEmpty(), "security matrix defects:\n" + String.join("\n", defects));
    }

    /** Every allowed role reads the operation's fixture with a 2xx, with the headers its contract documents. */
    private static List<String> readDefects(Contract contract, Contract.Operation operation, Set<String> allowed,
                                            ServiceFixtures fixtures) {
        String path = fixtures.reads().get(operation.operationId());
        if (path == null && !operation.pathVariables().isEmpty()) {
            return List.of(operation + ": no read fixture (ServiceFixtures.read with a path every allowed role "
                    + "reads with a 2xx)");
        }
        String concrete = path == null ? operation.path() : path;
        List<String> defects = new ArrayList<>();
        for (String role : allowed) {
            Response response = call(operation, concrete, TestTokens.token(TestTokens.TENANT_A, role));
            if (response.statusCode() < 200 || response.statusCode() > 299) {
                defects.add(operation + " as " + role + " on " + concrete + ": " + response.statusCode()
                        + ", not a 2xx: " + response.asString());
                continue;
            }
            defects.addAll(undocumentedHeaders(operation, response, "as " + role + " on " + concrete));
            JsonNode documented = operation.response(response.statusCode()).orElse(null);
            if (documented != null && response.contentType() != null
                    && response.contentType().startsWith("application/json")) {
                NullableFields.defects(contract.root(), documented.path("content").path("application/json")
                                .path("schema"), response.as(JsonNode.class))
                        .forEach(defect -> defects.add(operation + " as " + role + " on " + concrete + ": " + defect));
            }
            for (String header : List.of("Content-Language", "Vary")) {
                if (documented != null && documented.path("headers").has(header) && response.header(header) == null) {
                    defects.add(operation + " as " + role + " on " + concrete + ": " + header + " is documented on "
                            + response.statusCode() + " but not sent");
                }
            }
        }
        return defects;
    }

    /** Content-Language and Vary: Accept-Language, when a response carries them, are documented on its status. */
    static List<String> undocumentedHeaders(Contract.Operation operation, Response response, String how) {
        List<String> defects = new ArrayList<>();
        JsonNode documented = operation.response(response.statusCode()).orElse(null);
        String vary = response.header("Vary");
        boolean variesByLanguage = vary != null && vary.toLowerCase().contains("accept-language");
        for (String header : List.of("Content-Language", "Vary")) {
            boolean sent = header.equals("Vary") ? variesByLanguage : response.header(header) != null;
            if (sent && (documented == null || !documented.path("headers").has(header))) {
                defects.add(operation + " " + how + ": answers " + response.statusCode() + " with " + header
                        + ", which its contract does not document there");
            }
        }
        return defects;
    }

    private static Response call(Contract.Operation operation, String path, String token) {
        RequestSpecification request = RestAssured.given().redirects().follow(false);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (operation.hasBody()) {
            request.contentType("application/json").body("{}");
        }
        return request.request(operation.method().toUpperCase(), path);
    }

    private static boolean isProblem(Response response) {
        return response.contentType() != null && response.contentType().startsWith("application/problem+json");
    }
}
