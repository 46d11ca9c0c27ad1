package io.pmi.platform.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/**
 * One attempt to deliver an event to a subscription: the receiver's status code, or the error when there was no
 * answer (connection refused, timeout, a refused target).
 */
public record Attempt(String eventId, String eventType, int attempt, Instant attemptedAt, Integer statusCode,
                      String error, int durationMs, Outcome outcome) {

    /** What the attempt led to. May gain values. */
    @Schema(name = "WebhookDeliveryOutcome")
    public enum Outcome {
        /** The receiver answered 2xx: done. */
        DELIVERED,
        /** It failed; the next attempt follows the retry schedule. */
        RETRYING,
        /** It failed and the retry schedule has run out. */
        FAILED,
        /** The receiver answered 410 Gone: the subscription is disabled, its events wait until it is enabled. */
        DISABLED
    }
}
