package io.pmi.interview.client.questionbank;

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
 * Calls the question bank with the caller's token: reads of guides (retried) and linting (idempotent too: it stores
 * nothing). A guide the caller cannot see is empty, like a missing one; anything else that goes wrong is a 503
 * problem with {@code Retry-After}.
 */
@ApplicationScoped
@Timeout(Downstream.TIMEOUT_MS)
@CircuitBreaker(requestVolumeThreshold = Downstream.BREAKER_VOLUME, failureRatio = Downstream.BREAKER_FAILURE_RATIO,
        delay = Downstream.BREAKER_DELAY_MS, skipOn = DownstreamRefusedException.class)
public class QuestionBankClient {

    static final String SERVICE = "question-bank";

    private final QuestionBankApi api;

    QuestionBankClient(@RestClient QuestionBankApi api) {
        this.api = api;
    }

    @Retry(maxRetries = Downstream.RETRIES, delay = Downstream.RETRY_DELAY_MS, jitter = Downstream.RETRY_JITTER_MS,
            retryOn = {DownstreamFailedException.class, ProcessingException.class})
    @Fallback(fallbackMethod = "guideUnavailable", skipOn = DownstreamRefusedException.class)
    public Optional<QuestionBankRecords.Guide> guide(String id) {
        try {
            return Optional.of(api.guide(id));
        } catch (DownstreamNotFoundException e) {
            return Optional.empty();
        }
    }

    @Retry(maxRetries = Downstream.RETRIES, delay = Downstream.RETRY_DELAY_MS, jitter = Downstream.RETRY_JITTER_MS,
            retryOn = {DownstreamFailedException.class, ProcessingException.class})
    @Fallback(fallbackMethod = "guideVersionUnavailable", skipOn = DownstreamRefusedException.class)
    public Optional<QuestionBankRecords.GuideVersion> guideVersion(String id, int version) {
        try {
            return Optional.of(api.guideVersion(id, version));
        } catch (DownstreamNotFoundException e) {
            return Optional.empty();
        }
    }

    @Retry(maxRetries = Downstream.RETRIES, delay = Downstream.RETRY_DELAY_MS, jitter = Downstream.RETRY_JITTER_MS,
            retryOn = {DownstreamFailedException.class, ProcessingException.class})
    @Fallback(fallbackMethod = "lintUnavailable", skipOn = DownstreamRefusedException.class)
    public QuestionBankRecords.LintResult lint(String text, String locale, String type) {
        return api.lint(new QuestionBankRecords.LintRequest(text, locale, type));
    }

    private Optional<QuestionBankRecords.Guide> guideUnavailable(String id, Throwable failure) {
        throw Downstream.unavailable(SERVICE, failure);
    }

    private Optional<QuestionBankRecords.GuideVersion> guideVersionUnavailable(String id, int version,
                                                                              Throwable failure) {
        throw Downstream.unavailable(SERVICE, failure);
    }

    private QuestionBankRecords.LintResult lintUnavailable(String text, String locale, String type,
                                                           Throwable failure) {
        throw Downstream.unavailable(SERVICE, failure);
    }
}
