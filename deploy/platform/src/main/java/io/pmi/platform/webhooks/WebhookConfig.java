package io.pmi.platform.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Webhook settings, under {@code pmi.webhooks}. A service that publishes events sets {@code pmi.webhooks.enabled}
 * (a build-time switch: without it the service has no webhook routes, tables or dispatcher) and names its event
 * types.
 */
@ConfigMapping(prefix = "pmi.webhooks")
public interface WebhookConfig {

    /**
     * Read at build time by the webhook beans' {@code @IfBuildProperty}; declared here too because the mapping
     * refuses a property under its prefix that it does not know.
     */
    @WithDefault("false")
    boolean enabled();

    /** The event types this service publishes, which subscriptions may name. */
    Optional<List<String>> eventTypes();

    /**
     * The waits before each retry after a failed attempt; the first attempt is immediate, and once the last wait
     * has run out the delivery is FAILED. The default is the Standard Webhooks schedule.
     */
    @WithDefault("5s,5m,30m,2h,5h,10h,14h,20h,24h")
    List<Duration> retrySchedule();

    /**
     * Allows targets on private, loopback and link-local addresses, and plain {@code http://}: for a local run and
     * tests, never for a deployment that takes subscriptions from outside.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** How long one attempt may take, connection included. */
    @WithDefault("10s")
    Duration timeout();

    /** How often the dispatcher looks for due deliveries. */
    @WithDefault("1s")
    String pollInterval();

    /** How long finished deliveries and their attempts stay listed. */
    @WithDefault("30d")
    Duration retention();

    /** Deliveries one dispatcher run claims. */
    @WithDefault("50")
    int batchSize();
}
