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
}
