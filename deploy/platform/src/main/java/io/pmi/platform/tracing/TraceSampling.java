package io.pmi.platform.tracing;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Spans are sampled (and so exported) only when an OTLP collector is configured
 * ({@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} or {@code quarkus.otel.exporter.otlp[.traces].endpoint} from any
 * source but the extension's default). Without one, every span is recorded but not sampled: the trace id still
 * goes into the log lines and on to the services called ({@code traceparent} with the sampled flag off), and the
 * exporter, which Quarkus always creates, never has anything to send, so it never tries to reach a collector
 * that is not there.
 */
@Singleton
public class TraceSampling {

    static final List<String> ENDPOINTS = List.of("quarkus.otel.exporter.otlp.traces.endpoint",
            "quarkus.otel.exporter.otlp.endpoint");
    private static final Logger LOG = Logger.getLogger(TraceSampling.class);

    /** Records spans for their ids and the log, never samples them. */
    static final Sampler RECORD_ONLY = new Sampler() {
        @Override
        public SamplingResult shouldSample(Context parent, String traceId, String name, SpanKind kind,
                                           Attributes attributes, List<LinkData> links) {
            return SamplingResult.recordOnly();
        }

        @Override
        public String getDescription() {
            return "RecordOnly";
        }
    };

    @Produces
    @Singleton
    Sampler sampler() {
        String endpoint = configuredEndpoint(ConfigProvider.getConfig().unwrap(SmallRyeConfig.class));
        if (endpoint == null) {
            LOG.info("Traces: ids in the log and passed on; no span is exported (set QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT "
                    + "to export them)");
            return RECORD_ONLY;
        }
        LOG.infof("Traces: spans exported to %s", endpoint);
        return Sampler.parentBased(Sampler.alwaysOn());
    }

    /**
     * The collector someone configured, or null when only the extension's default names one (defaults are read
     * from the lowest of all sources, ordinal {@link Integer#MIN_VALUE}).
     */
    static String configuredEndpoint(SmallRyeConfig config) {
        for (String name : ENDPOINTS) {
            ConfigValue value = config.getConfigValue(name);
            if (value.getValue() != null && !value.getValue().isBlank()
                    && value.getSourceOrdinal() > Integer.MIN_VALUE) {
                return value.getValue();
            }
        }
        return null;
    }
}
