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
}
