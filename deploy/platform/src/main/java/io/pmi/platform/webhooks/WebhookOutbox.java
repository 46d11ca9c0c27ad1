package io.pmi.platform.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where a service announces an event (Standard Webhooks body {@code {"type", "timestamp", "data"}}), inside the
 * transaction of the change it reports: the event and its deliveries are rows of that transaction, so a change that
 * is refused or rolled back announces nothing, and one that commits is delivered even if the replica stops right
 * after. {@link WebhookDispatcher} sends them.
 */
@ApplicationScoped
@IfBuildProperty(name = "pmi.webhooks.enabled", stringValue = "true")
public class WebhookOutbox {

    private final WebhookStore store;
    private final ObjectMapper json;
    private final List<String> types;

    public WebhookOutbox(WebhookStore store, ObjectMapper json, WebhookConfig config) {
        this.store = store;
        this.json = json;
        this.types = config.eventTypes().orElse(List.of());
    }

    /**
     * Announces {@code type} in {@code tenant}. {@code subjectKey} orders events (those of one subject reach each
     * subscriber one after another); {@code data} holds ids only, never personal data. Answers the event id (the
     * {@code webhook-id} of every attempt), or null when no subscription wants it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String publish(String tenant, String type, String subjectKey, Map<String, ?> data) {
        if (!types.contains(type)) {
            throw new IllegalArgumentException(type + " is not among pmi.webhooks.event-types " + types);
        }
        List<String> subscribers = store.subscribersOf(tenant, type);
        if (subscribers.isEmpty()) {
            return null;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", now.toString());
        body.put("data", data);
        String id = "msg_" + UUID.randomUUID().toString().replace("-", "");
        try {
            store.insertEvent(tenant, id, type, subjectKey, json.writeValueAsString(body), now, subscribers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data must be plain ids: " + e.getMessage(), e);
        }
        return id;
    }
}
