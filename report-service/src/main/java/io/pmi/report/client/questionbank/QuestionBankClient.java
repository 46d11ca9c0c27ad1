package io.pmi.report.client.questionbank;

import io.pmi.platform.client.Downstream;
import io.pmi.platform.client.DownstreamFailedException;
import io.pmi.platform.client.DownstreamRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Dimension and topic names from the question bank, with the caller's token. They are optional to a report (the
 * codes stand in for them), so unlike the platform's other clients this one's fallback answers "not available"
 * instead of a 503, and the report says it is partial.
 */
@ApplicationScoped
@Timeout(Downstream.TIMEOUT_MS)
@CircuitBreaker(requestVolumeThreshold = Downstream.BREAKER_VOLUME, failureRatio = Downstream.BREAKER_FAILURE_RATIO,
        delay = Downstream.BREAKER_DELAY_MS, skipOn = DownstreamRefusedException.class)
public class QuestionBankClient {

    static final String SERVICE = "question-bank";
    private static final Logger LOG = Logger.getLogger(QuestionBankClient.class);
    /** More dimensions than a tenant has: the taxonomy in one call. */
    private static final int DIMENSIONS = 200;

    private final QuestionBankApi api;

    QuestionBankClient(@RestClient QuestionBankApi api) {
        this.api = api;
    }

    @Retry(maxRetries = Downstream.RETRIES, delay = Downstream.RETRY_DELAY_MS, jitter = Downstream.RETRY_JITTER_MS,
            retryOn = {DownstreamFailedException.class, ProcessingException.class})
    @Fallback(fallbackMethod = "dimensionsUnavailable", skipOn = DownstreamRefusedException.class)
    public Optional<QuestionBankRecords.DimensionPage> dimensions(String language) {
        return Optional.of(api.dimensions(language, DIMENSIONS));
    }

    /** The same with an explicit token, for work outside a request. */
    @Retry(maxRetries = Downstream.RETRIES, delay = Downstream.RETRY_DELAY_MS, jitter = Downstream.RETRY_JITTER_MS,
            retryOn = {DownstreamFailedException.class, ProcessingException.class})
    @Fallback(fallbackMethod = "dimensionsAsUnavailable", skipOn = DownstreamRefusedException.class)
    public Optional<QuestionBankRecords.DimensionPage> dimensionsAs(String bearerToken, String language) {
        return Optional.of(api.dimensionsAs("Bearer " + bearerToken, language, DIMENSIONS));
    }

    private Optional<QuestionBankRecords.DimensionPage> dimensionsAsUnavailable(String bearerToken, String language,
                                                                               Throwable failure) {
        return dimensionsUnavailable(language, failure);
    }

    private Optional<QuestionBankRecords.DimensionPage> dimensionsUnavailable(String language, Throwable failure) {
        LOG.warnf("Dimension names unavailable from %s (%s): the report is partial", SERVICE, failure.toString());
        return Optional.empty();
    }
}
