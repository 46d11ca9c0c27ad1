package io.pmi.platform.webhooks;

import java.time.Instant;
import java.util.List;

/** A tenant's webhook subscription: where to send which events, signed with its secret. */
public record Subscription(String id, String tenantId, String url, List<String> events, String description,
                           String secret, boolean enabled, String disabledReason, long version, Instant createdAt,
                           Instant updatedAt) {

    public Subscription {
        events = List.copyOf(events);
    }
}
