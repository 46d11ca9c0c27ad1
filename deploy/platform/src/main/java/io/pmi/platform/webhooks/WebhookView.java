package io.pmi.platform.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(name = "Webhook", description = "A webhook subscription. Its secret is in the response that creates it, "
        + "and never again.")
public record WebhookView(
        @Schema(example = "5b0f6c0e-6a51-4c39-9a53-0d3a1b2c4d5e") String id,
        @Schema(example = "https://hris.example.com/hooks/pmi") String url,
        List<String> events,
        @Schema(example = "HRIS: mark reviews done") String description,
        boolean enabled,
        @Schema(description = "Why it is disabled, when it is: a receiver's 410, or a user.") String disabledReason,
        @Schema(description = "The signing secret (whsec_ and the base64 of 32 random bytes), in the create response "
                + "only: keep it to verify webhook-signature.",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @Schema(example = "1") long version,
        Instant createdAt,
        Instant updatedAt) {

    static WebhookView of(Subscription s, boolean withSecret) {
        return new WebhookView(s.id(), s.url(), s.events(), s.description(), s.enabled(), s.disabledReason(),
                withSecret ? s.secret() : null, s.version(), s.createdAt(), s.updatedAt());
    }
}
