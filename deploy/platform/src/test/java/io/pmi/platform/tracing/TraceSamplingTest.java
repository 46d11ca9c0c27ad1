package io.pmi.platform.tracing;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Spans are exported only to a collector someone named, never to the extension's default address. */
class TraceSamplingTest {

    private static final String DEFAULT = "http://localhost:4317/";

    @Test
    void theExtensionsDefaultEndpointIsNoCollector() {
        assertNull(TraceSampling.configuredEndpoint(config(Map.of())));
    }

    @Test
    void anEndpointFromAnySourceIsTheCollector() {
        assertEquals("http://otel-collector:4317", TraceSampling.configuredEndpoint(
                config(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://otel-collector:4317"))));
        assertEquals("http://traces:4317", TraceSampling.configuredEndpoint(
                config(Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://traces:4317"))));
    }

    @Test
    void aBlankEndpointIsNoCollector() {
        assertNull(TraceSampling.configuredEndpoint(config(Map.of("quarkus.otel.exporter.otlp.endpoint", " "))));
    }

    /** The extension's defaults as Quarkus registers them (lowest ordinal), and the given source above them. */
    private static SmallRyeConfig config(Map<String, String> configured) {
        return new SmallRyeConfigBuilder()
                .withDefaultValue("quarkus.otel.exporter.otlp.endpoint", DEFAULT)
                .withSources(new PropertiesConfigSource(configured, "test", 300))
                .build();
    }
}
