package io.pmi.report.domain.summary;

import java.util.Locale;

/** Why a campaign summary failed; {@link #code()} is what the API shows. */
public enum SummaryFailure {
    /** The token of the request that started it expired before the job had read everything. */
    TOKEN_EXPIRED,
    /** interview-service refused a call made with that token (its tenant or role no longer allows it). */
    DOWNSTREAM_REFUSED,
    /** interview-service stayed unavailable through the retries. */
    DOWNSTREAM_UNAVAILABLE,
    /** The replica running it stopped without saying so: no progress for longer than the orphan limit. */
    ORPHANED,
    /** The replica running it was shut down. */
    STOPPED,
    /** Anything else; the service's log has the trace. */
    INTERNAL_ERROR;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
