package io.pmi.report.service;

import java.time.Instant;

/**
 * The bearer token of the request that started a job, captured explicitly so that the job calls the other services
 * as that caller, and its expiry, so that the job stops with a reason instead of being refused half-way.
 */
public record CallerToken(String raw, Instant expiresAt, String tenant, String subject) {

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "CallerToken[" + subject + "@" + tenant + ", expires " + expiresAt + "]";
    }
}
