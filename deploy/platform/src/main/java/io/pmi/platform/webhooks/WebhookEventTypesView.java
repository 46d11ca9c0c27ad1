package io.pmi.platform.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "WebhookEventTypes", description = "The event types this service publishes.")
public record WebhookEventTypesView(List<String> eventTypes) {
}
