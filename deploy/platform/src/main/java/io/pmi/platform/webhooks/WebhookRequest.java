package io.pmi.platform.webhooks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What an HR admin or an integration sends to subscribe, or to change a subscription. */
@JsonIgnoreProperties(value = {"id", "version", "disabledReason", "createdAt", "updatedAt"})
@Schema(name = "WebhookRequest", description = "A webhook subscription. Read-only fields sent back from a GET (id, "
        + "version, disabledReason, createdAt, updatedAt) are ignored; any other unknown field is rejected. Every "
        + "invalid field is listed in one 400, each at its JSON path.")
public record WebhookRequest(
        @Schema(required = true, maxLength = WebhookRules.URL_MAX, description = "Where to POST the events: an "
                + "https:// URL on a public address (private, loopback and link-local addresses are refused, unless "
                + "the deployment allows private targets, which also allows http://). Redirects are not followed.",
                example = "https://hris.example.com/hooks/pmi")
        String url,
        @Schema(required = true, minItems = 1, maxItems = WebhookRules.EVENTS_MAX, description = "The event types to "
                + "receive, each listed once; GET /webhooks/event-types lists this service's.")
        List<String> events,
        @Schema(maxLength = WebhookRules.DESCRIPTION_MAX, description = "What the subscription is for.",
                example = "HRIS: mark reviews done")
        String description,
        @Schema(defaultValue = "true", description = "Whether events are sent (default true). A disabled "
                + "subscription keeps its events, which go out in order once it is enabled again; a receiver's 410 "
                + "disables it.")
        Boolean enabled) {
}
