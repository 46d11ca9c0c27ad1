package io.pmi.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the shared checks cannot guess about a service's resources, supplied by its {@link ServiceConventions}
 * subclass: concrete paths for its reads, and how tenant A owns something behind each path with an id. The checks
 * are generated from the contract, so an operation added without the fixtures it needs fails them by name.
 *
 * <pre>{@code
 * ServiceFixtures.create()
 *     .read("getGuide", "/api/v1/guides/guide.self")                     // a 2xx for every allowed role
 *     .owned("/api/v1/guides/{id}", tenant -> tenant.create("/api/v1/guides", guideBody))
 *     .parameter("version", "1")                                         // other path variables
 *     .body("updateGuide", otherGuideBody)                               // a valid body for tenant B to send
 *     .listing("/api/v1/guides?source=tenant", "/api/v1/guides/{id}")      // shows A's guide to A only
 *     .notTenantOwned("getDimension", "dimensions are the built-in library's, read by every tenant");
 * }</pre>
 */
public final class ServiceFixtures {

    /** Tenant A's resource behind every path under {@code template}, made by {@code create} (returns its id). */
    public record Owned(String template, Function<CrossTenant.Tenant, String> create) {
    }

    /** A listing that shows tenant A the resource owned under {@code template} and must not show it to tenant B. */
    public record Listing(String path, String template) {
    }

    private final Map<String, String> reads = new LinkedHashMap<>();
    private final Map<String, Owned> owned = new LinkedHashMap<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private final Map<String, String> bodies = new LinkedHashMap<>();
    private final Map<String, String> notTenantOwned = new LinkedHashMap<>();
    private final List<Listing> listings = new ArrayList<>();

    private ServiceFixtures() {
    }

    public static ServiceFixtures create() {
        return new ServiceFixtures();
    }

    /**
     * A concrete path (a query may follow) that every role the policy allows reads with a 2xx: needed for each
     * GET whose path has variables, optional (the path itself is used) for the others.
     */
    public ServiceFixtures read(String operationId, String path) {
        reads.put(operationId, path);
        return this;
    }

    /**
     * Tenant A's resource behind {@code template} (a path with one variable, its id, and every operation whose path
     * starts with it): {@code create} makes it as tenant A's HR_ADMIN and returns the id. The resource must be
     * readable at {@code template} (its {@code ETag} is sent as {@code If-Match}), and every GET under it must answer
     * tenant A with a 2xx once created (publish what has versions, say).
     */
    public ServiceFixtures owned(String template, Function<CrossTenant.Tenant, String> create) {
        owned.put(template, new Owned(template, create));
        return this;
    }

    /** The value of a path variable that does not name a tenant's resource ({@code version}, say). */
    public ServiceFixtures parameter(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    /** A valid request body of an operation on tenant A's resource, for tenant B to send. */
    public ServiceFixtures body(String operationId, String json) {
        bodies.put(operationId, json);
        return this;
    }

    /** Leaves an operation with path variables out of the cross-tenant check; the reason is reported. */
    public ServiceFixtures notTenantOwned(String operationId, String reason) {
        notTenantOwned.put(operationId, reason);
        return this;
    }

    /** A listing (a path with its query) that shows tenant A the resource owned under {@code template}. */
    public ServiceFixtures listing(String path, String template) {
        listings.add(new Listing(path, template));
        return this;
    }

    /**
     * The platform's webhook routes, for a service that publishes {@code eventType}: a subscription of tenant A for
     * the reads, and one per tenant for the cross-tenant check. They are disabled, so that the events of other tests
     * wait for them instead of being attempted meanwhile (which would change what tenant A reads).
     */
    public ServiceFixtures webhooks(String eventType) {
        String body = "{\"url\": \"http://127.0.0.1:9/pmi\", \"events\": [\"" + eventType + "\"], "
                + "\"enabled\": false}";
        String id = new CrossTenant.Tenant(TestTokens.TENANT_A, TestTokens.hrAdmin(TestTokens.TENANT_A))
                .create("/api/v1/webhooks", body);
        return read("getWebhook", "/api/v1/webhooks/" + id)
                .read("listWebhookDeliveries", "/api/v1/webhooks/" + id + "/deliveries")
                .owned("/api/v1/webhooks/{id}", tenant -> tenant.create("/api/v1/webhooks", body))
                .body("updateWebhook", body)
                .listing("/api/v1/webhooks?size=200", "/api/v1/webhooks/{id}");
    }

    Map<String, String> reads() {
        return Collections.unmodifiableMap(reads);
    }

    Map<String, Owned> owned() {
        return Collections.unmodifiableMap(owned);
    }

    Map<String, String> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    Map<String, String> bodies() {
        return Collections.unmodifiableMap(bodies);
    }

    Map<String, String> notTenantOwned() {
        return Collections.unmodifiableMap(notTenantOwned);
    }

    List<Listing> listings() {
        return Collections.unmodifiableList(listings);
    }
}
