package io.pmi.platform.webhooks;

import io.pmi.platform.metrics.BusinessMetrics;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Sends what the outbox holds. Every second a run leases the due deliveries (a short transaction with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas share the work without sending anything twice), sends them at once
 * outside any transaction, signed per Standard Webhooks, and records each attempt: a 2xx is DELIVERED; anything else,
 * a timeout or a refused target is tried again after the schedule's next wait, and FAILED once it has run out; a 410
 * disables the subscription. A replica that stops mid-send leaves its lease to expire, and the delivery is sent
 * again then: at least once, and receivers deduplicate by {@code webhook-id}.
 */
@ApplicationScoped
@IfBuildProperty(name = "pmi.webhooks.enabled", stringValue = "true")
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    /** Runs in a row at most, while each finds work: the next event of a subject goes out in the same tick. */
    private static final int ROUNDS = 20;
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);
    private static final int ERROR_LENGTH = 500;

    private final WebhookStore store;
    private final WebhookConfig config;
    private final RetrySchedule schedule;
    private final TargetPolicy targets;
    private final BusinessMetrics metrics;
    private final HttpClient http;

    public WebhookDispatcher(WebhookStore store, WebhookConfig config, BusinessMetrics metrics) {
        this.store = store;
        this.config = config;
        this.schedule = new RetrySchedule(config.retrySchedule());
        this.targets = TargetPolicy.of(config);
        this.metrics = metrics;
        // Redirects are not followed: a 3xx could point inside the network the target check keeps out.
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${pmi.webhooks.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            // Again at once while there is work: what was just delivered may have held back a subject's next event.
            for (int round = 0; round < ROUNDS; round++) {
                if (dispatch() == 0) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook dispatch failed (%s); the next run tries again", e.toString());
        }
    }

    /** One run: leases the due deliveries, sends them, records the outcomes; answers how many it sent. */
    public int dispatch() {
        Instant now = Instant.now();
        List<Claimed> claimed = QuarkusTransaction.requiringNew().call(() -> store.claim(now,
                now.plus(config.timeout()).plus(LEASE_MARGIN), config.batchSize()));
        if (claimed.isEmpty()) {
            return 0;
        }
        CompletableFuture.allOf(claimed.stream().map(this::send).toArray(CompletableFuture[]::new)).join();
        return claimed.size();
    }

    private CompletableFuture<Void> send(Claimed delivery) {
        Instant started = Instant.now();
        Optional<String> refused = targets.refusal(delivery.url(), true);
        if (refused.isPresent()) {
            record(delivery, started, null, "Target refused: " + refused.get());
            return CompletableFuture.completedFuture(null);
        }
        long timestamp = started.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                .timeout(config.timeout())
                .header("content-type", "application/json")
                .header("user-agent", "pmi-webhooks/1")
                .header("webhook-id", delivery.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature",
                        WebhookSignature.sign(delivery.secret(), delivery.eventId(), timestamp, delivery.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        record(delivery, started, null, cause.getClass().getSimpleName()
                                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
                    } else {
                        record(delivery, started, response.statusCode(), null);
                    }
                    return null;
                });
    }

    private void record(Claimed delivery, Instant started, Integer status, String error) {
        Instant at = Instant.now();
        int duration = (int) Duration.between(started, at).toMillis();
        Attempt.Outcome outcome;
        Instant next = null;
        if (status != null && status >= 200 && status < 300) {
            outcome = Attempt.Outcome.DELIVERED;
        } else if (status != null && status == 410) {
            outcome = Attempt.Outcome.DISABLED;
        } else {
            Optional<Duration> wait = schedule.after(delivery.attemptsMade() + 1);
            outcome = wait.isPresent() ? Attempt.Outcome.RETRYING : Attempt.Outcome.FAILED;
            next = wait.map(at::plus).orElse(null);
        }
        String shortError = error == null || error.length() <= ERROR_LENGTH ? error : error.substring(0, ERROR_LENGTH);
        Attempt.Outcome recorded = outcome;
        Instant nextAttempt = next;
        try {
            QuarkusTransaction.requiringNew().run(() -> store.recordAttempt(delivery,
                    started.truncatedTo(ChronoUnit.MICROS), status, shortError, duration, recorded, nextAttempt));
            metrics.count("pmi.webhook.deliveries", 1, "outcome", recorded.name().toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            // The lease runs out and the delivery is attempted again: at least once.
            LOG.warnf("Could not record webhook attempt of %s (%s)", delivery.eventId(), e.toString());
        }
        if (recorded != Attempt.Outcome.DELIVERED) {
            LOG.infof("Webhook %s to subscription %s: %s (%s)", delivery.eventId(), delivery.subscriptionId(),
                    recorded, status != null ? "status " + status : shortError);
        }
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        Instant before = Instant.now().minus(config.retention());
        int removed;
        do {
            removed = QuarkusTransaction.requiringNew().call(() -> store.purge(before, 500));
        } while (removed == 500);
    }
}
