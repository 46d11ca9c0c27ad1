package io.pmi.platform.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a REST client reads with: the application's object mapper (its modules and date settings) except that
 * unknown fields are ignored. Our servers refuse unknown fields ({@code quarkus.jackson.fail-on-unknown-properties}),
 * but a client must keep working when the service it calls adds a field. Each client interface uses it with
 * <pre>{@code
 * @ClientObjectMapper
 * static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
 *     return LenientJson.of(defaultObjectMapper);
 * }
 * }</pre>
 */
public final class LenientJson {

    private LenientJson() {
    }

    public static ObjectMapper of(ObjectMapper defaultObjectMapper) {
        return defaultObjectMapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
