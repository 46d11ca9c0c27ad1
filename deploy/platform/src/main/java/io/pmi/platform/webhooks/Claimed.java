package io.pmi.platform.webhooks;

/** A delivery a dispatcher run has leased: what to send where. */
record Claimed(long deliveryId, String tenantId, String subscriptionId, String url, String secret, String eventId,
               String eventType, String payload, int attemptsMade) {
}
