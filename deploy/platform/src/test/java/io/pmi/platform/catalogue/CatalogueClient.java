package io.pmi.platform.catalogue;

import io.pmi.platform.client.Downstream;
import io.pmi.platform.client.DownstreamFailedException;
import io.pmi.platform.client.DownstreamNotFoundException;
import io.pmi.platform.client.DownstreamRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Optional;

/**
 * Calls the catalogue. Every method has its own timeout and breaker (4xx answers are not failures); reads are
 * retried, writes are not; whatever else goes wrong is a 503 problem with {@code Retry-After}.
 */
@ApplicationScoped
@Timeout(Downstream.TIMEOUT_MS)
@CircuitBreaker(requestVolumeThreshold = Downstream.BREAKER_VOLUME, failureRatio = Downstream.BREAKER_FAILURE_RATIO,
        delay = Downstream.BREAKER_DELAY_MS, skipOn = DownstreamRefusedException.class)
public class CatalogueClient {

    private static final String SERVICE = "catalogue";

    private final CatalogueApi api;

    CatalogueClient(@RestClient CatalogueApi api) {
        this.api = api;
    }

    /** The item, or empty when the catalogue has none with this id (for this caller). */
    @Retry(maxRetries = Downstream.RETRIES, delay = Downstream.RETRY_DELAY_MS, jitter = Downstream.RETRY_JITTER_MS,
            retryOn = {DownstreamFailedException.class, ProcessingException.class})
    @Fallback(fallbackMethod = "itemUnavailable", skipOn = DownstreamRefusedException.class)
    public Optional<Item> item(String id) {
        try {
            return Optional.of(api.item(id));
        } catch (DownstreamNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Not idempotent, so never retried: a lost answer may have created the item. */
    @Fallback(fallbackMethod = "createUnavailable", skipOn = DownstreamRefusedException.class)
    public Item create(NewItem item) {
        return api.create(item);
    }

    private Optional<Item> itemUnavailable(String id, Throwable failure) {
        throw Downstream.unavailable(SERVICE, failure);
    }

    private Item createUnavailable(NewItem item, Throwable failure) {
        throw Downstream.unavailable(SERVICE, failure);
    }
}
