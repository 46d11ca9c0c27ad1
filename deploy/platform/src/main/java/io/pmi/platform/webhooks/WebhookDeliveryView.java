package io.pmi.platform.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "WebhookDelivery", description = "One attempt to deliver an event: the receiver's status code, or "
        + "the error when it gave none.")
public record WebhookDeliveryView(
        @Schema(example = "msg_2b1f0e6c4a5d4e8f9a0b1c2d3e4f5a6b", description = "The event's id, sent as webhook-id "
                + "on every attempt.") String eventId,
        @Schema(example = "interview.completed") String eventType,
        @Schema(example = "1", description = "1 for the first attempt, 2 for the first retry, and so on.") int attempt,
        Instant attemptedAt,
        @Schema(example = "204", description = "The receiver's status code; absent when there was no answer.")
        Integer statusCode,
        @Schema(example = "HttpConnectTimeoutException: HTTP connect timed out", description = "Why there was no "
                + "answer (timeout, refused connection, a target that is not allowed).") String error,
        @Schema(example = "38") int durationMs,
        @Schema(description = "What the attempt led to: DELIVERED; RETRYING (the next attempt follows the retry "
                + "schedule); FAILED (the schedule has run out); DISABLED (a 410: the subscription is disabled).")
        Attempt.Outcome outcome) {

    static WebhookDeliveryView of(Attempt a) {
        return new WebhookDeliveryView(a.eventId(), a.eventType(), a.attempt(), a.attemptedAt(), a.statusCode(),
                a.error(), a.durationMs(), a.outcome());
    }
}
