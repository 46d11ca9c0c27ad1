package io.pmi.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** report-service's own settings, under {@code pmi.report}. */
@ConfigMapping(prefix = "pmi.report")
public interface ReportConfig {

    /** How long dimension and topic names from the question bank are reused, per tenant and language. */
    @WithDefault("10m")
    Duration dimensionNamesTtl();

    /**
     * How often the withdrawal poll runs (a duration such as {@code 30s}, or {@code off}); the scheduler reads it
     * through {@code WithdrawalPoll}'s expression.
     */
    @WithDefault("30s")
    String withdrawalPoll();

    /** Campaign summaries computed at once by one replica; another request meanwhile is a 503 with Retry-After. */
    @WithDefault("2")
    int summaryWorkers();

    /**
     * A running summary without progress for this long is FAILED as orphaned: its replica stopped. A job records
     * progress after every page it reads, which takes seconds.
     */
    @WithDefault("2m")
    Duration summaryOrphanedAfter();
}
