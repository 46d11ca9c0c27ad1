package io.pmi.testsupport;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated from the contract: tenant A creates its resources (the service's {@link ServiceFixtures#owned}
 * fixtures), then tenant B calls every operation whose path has a variable with tenant A's id, reads and changes
 * alike, each with the body and {@code If-Match} (tenant A's own ETag) that would work for tenant A. Every answer
 * must be exactly the one for a missing id (404, the same body but for the id), no listing may show tenant B the
 * resource, and tenant A must read everything unchanged afterwards. An operation with a path variable and neither a
 * fixture nor a stated reason to leave it out fails the check by name. Tenants A and B are new for each run.
 */
public final class CrossTenant {

    private CrossTenant() {
    }

    /** A tenant's HR_ADMIN, for the fixtures that create tenant A's resources. */
    public record Tenant(String name, String token) {

        public RequestSpecification request() {
            return RestAssured.given().auth().oauth2(token);
        }

        /**
         * POSTs {@code body} (none when null) to {@code path}, which must answer 201 with a Location; returns the
         * new id.
         */
        public String create(String path, String body) {
            RequestSpecification request = request();
            if (body != null) {
                request.contentType("application/json").body(body);
            }
            Response created = request.post(path);
            assertEquals(201, created.statusCode(), path + ": " + created.asString());
            String location = created.header("Location");
            assertNotNull(location, path + ": a create answers with a Location");
            return location.substring(location.lastIndexOf('/') + 1);
        }

        /** The ETag of {@code path}, which must answer 200. */
        public String etag(String path) {
            Response read = request().get(path);
            assertEquals(200, read.statusCode(), path + ": " + read.asString());
            return read.header("ETag");
        }

        /** POSTs to {@code path} (a transition, say) with {@code itemPath}'s current ETag; must answer a 2xx. */
        public Response postWithETagOf(String itemPath, String path) {
            Response response = request().header("If-Match", etag(itemPath)).post(path);
            assertTrue(response.statusCode() / 100 == 2, path + ": " + response.statusCode() + " " + response.asString());
            return response;
        }
    }

    private record Target(Contract.Operation operation, ServiceFixtures.Owned owned, String id, String foreignPath,
                          String missingId, String missingPath) {
    }

    public static void assertIsolated(ServiceFixtures fixtures) throws IOException {
        Contract contract = Contract.served();
        List<String> defects = new ArrayList<>();
        fixtures.notTenantOwned().keySet().stream().filter(id -> contract.operation(id).isEmpty())
                .forEach(id -> defects.add(id + ": left out of the cross-tenant check, but not in the contract"));
        fixtures.bodies().keySet().stream().filter(id -> contract.operation(id).isEmpty())
                .forEach(id -> defects.add("body for " + id + ": no such operation in the contract"));
        // Two tenants of their own, so that what tenant A creates here shows in no other test's listings.
        String run = UUID.randomUUID().toString().substring(0, 8);
        Tenant a = new Tenant("cross-a-" + run, TestTokens.hrAdmin("cross-a-" + run));
        Tenant b = new Tenant("cross-b-" + run, TestTokens.hrAdmin("cross-b-" + run));

        Map<String, String> ids = new LinkedHashMap<>();
        fixtures.owned().forEach((template, owned) -> ids.put(template, owned.create().apply(a)));
        List<Target> targets = new ArrayList<>();
        for (Contract.Operation operation : contract.operations()) {
            if (operation.pathVariables().isEmpty() || fixtures.notTenantOwned().containsKey(operation.operationId())) {
                continue;
            }
            Optional<ServiceFixtures.Owned> owned = ownerOf(operation, fixtures);
            if (owned.isEmpty()) {
                defects.add(operation + ": a path variable, but no ServiceFixtures.owned resource above it and no "
                        + "ServiceFixtures.notTenantOwned reason");
                continue;
            }
            if (operation.hasBody() && !fixtures.bodies().containsKey(operation.operationId())) {
                defects.add(operation + ": takes a body; give one with ServiceFixtures.body");
                continue;
            }
            String variable = lastVariable(owned.get().template());
            String id = ids.get(owned.get().template());
            String missingId = UUID.randomUUID().toString();
            Map<String, String> foreign = new HashMap<>(fixtures.parameters());
            foreign.put(variable, id);
            Map<String, String> missing = new HashMap<>(fixtures.parameters());
            missing.put(variable, missingId);
            try {
                targets.add(new Target(operation, owned.get(), id, operation.fill(foreign), missingId,
                        operation.fill(missing)));
            } catch (IllegalArgumentException e) {
                defects.add(e.getMessage() + ": give it with ServiceFixtures.parameter");
            }
        }

        Map<String, String> before = new LinkedHashMap<>();
        for (Target target : targets) {
            if (target.operation().isRead()) {
                Response read = a.request().get(target.foreignPath());
                if (read.statusCode() / 100 != 2) {
                    defects.add(target.operation() + ": tenant A's own " + target.foreignPath() + " answers "
                            + read.statusCode() + " (the fixture must make it readable): " + read.asString());
                }
                before.put(target.foreignPath(), read.statusCode() + " " + read.header("ETag") + " " + read.asString());
            }
        }
        for (ServiceFixtures.Listing listing : fixtures.listings()) {
            String id = ids.get(listing.template());
            if (id == null) {
                defects.add("listing " + listing.path() + ": no ServiceFixtures.owned " + listing.template());
            } else if (!a.request().get(listing.path()).asString().contains(id)) {
                defects.add("listing " + listing.path() + ": tenant A does not see its own " + id + " there");
            } else if (b.request().get(listing.path()).asString().contains(id)) {
                defects.add("listing " + listing.path() + ": tenant B sees tenant A's " + id);
            }
        }

        // Reads first, deletes last, so that a leak in one operation cannot hide the others'.
        targets.sort(Comparator.comparingInt(t -> t.operation().isRead() ? 0
                : t.operation().method().equals("delete") ? 2 : 1));
        Map<String, String> etags = new HashMap<>();
        ids.forEach((template, id) -> etags.put(template, a.etag(itemPath(template, id))));
        for (Target target : targets) {
            String etag = etags.get(target.owned().template());
            Response foreign = call(b, target, target.foreignPath(), etag, fixtures);
            Response missing = call(b, target, target.missingPath(), etag, fixtures);
            defects.addAll(differences(target, foreign, missing));
        }

        before.forEach((path, answer) -> {
            Response read = a.request().get(path);
            String after = read.statusCode() + " " + read.header("ETag") + " " + read.asString();
            if (!after.equals(answer)) {
                defects.add(path + ": tenant A's resource changed while tenant B tried it\n  before: " + answer
                        + "\n  after:  " + after);
            }
        });
        assertTrue(defects.isEmpty(), "cross-tenant defects:\n" + String.join("\n", defects));
    }

    private static Response call(Tenant tenant, Target target, String path, String etag, ServiceFixtures fixtures) {
        RequestSpecification request = tenant.request().redirects().follow(false);
        if (target.operation().takesHeader("If-Match")) {
            request.header("If-Match", etag == null ? "*" : etag);
        }
        String body = fixtures.bodies().get(target.operation().operationId());
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        return request.request(target.operation().method().toUpperCase(), path);
    }

    private static List<String> differences(Target target, Response foreign, Response missing) {
        List<String> defects = new ArrayList<>();
        String what = target.operation() + " as tenant B on tenant A's " + target.foreignPath();
        if (foreign.statusCode() != 404) {
            defects.add(what + ": " + foreign.statusCode() + ", not 404: " + foreign.asString());
        }
        if (foreign.statusCode() != missing.statusCode()) {
            defects.add(what + ": " + foreign.statusCode() + ", a missing id " + missing.statusCode());
        }
        if (!String.valueOf(foreign.contentType()).equals(String.valueOf(missing.contentType()))) {
            defects.add(what + ": content type " + foreign.contentType() + ", a missing id's " + missing.contentType());
        }
        String foreignBody = foreign.asString().replace(target.id(), "ID");
        String missingBody = missing.asString().replace(target.missingId(), "ID");
        if (!foreignBody.equals(missingBody)) {
            defects.add(what + ": body differs from a missing id's\n  foreign: " + foreignBody + "\n  missing: "
                    + missingBody);
        }
        return defects;
    }

    /** The owned template the operation's path starts with, segment by segment; the longest wins. */
    private static Optional<ServiceFixtures.Owned> ownerOf(Contract.Operation operation, ServiceFixtures fixtures) {
        return fixtures.owned().values().stream()
                .filter(o -> operation.path().equals(o.template()) || operation.path().startsWith(o.template() + "/"))
                .max(Comparator.comparingInt(o -> o.template().length()));
    }

    private static String itemPath(String template, String id) {
        return template.replace("{" + lastVariable(template) + "}", id);
    }

    private static String lastVariable(String template) {
        int open = template.lastIndexOf('{');
        int close = template.indexOf('}', open);
        if (open < 0 || close < 0) {
            throw new IllegalArgumentException(template + ": an owned template ends with its id variable");
        }
        return template.substring(open + 1, close);
    }
}
