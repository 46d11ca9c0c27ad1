package io.pmi.report.client.interview;

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

import java.time.Instant;
import java.util.Optional;

/**
 * Reads from interview-service, every call idempotent and so retried: a campaign's export (empty when the campaign
 * or the subject is unknown to the caller's tenant), the campaign and its subjects' records for a campaign summary,
 * and the interviews that left the exports. Anything else that
 * goes wrong is a 503 problem with {@code Retry-After}. A summary's two reads have a timeout of their own,
 * {@link #SUMMARY_TIMEOUT_MS}: a background job can wait for a page longer than a person for an answer.
 */
@ApplicationScoped
@Timeout(Downstream.TIMEOUT_MS)
@CircuitBreaker(requestVolumeThreshold = Downstream.BREAKER_VOLUME, failureRatio = Downstream.BREAKER_FAILURE_RATIO,
        delay = Downstream.BREAKER_DELAY_MS, skipOn = DownstreamRefusedException.class)
public class InterviewClient {

    static final String SERVICE = "interview";
    /** The export's largest page: a subject's interviews usually fit in one. */
    public static final int EXPORT_PAGE = 200;
    /**
     * Each attempt of a summary's page reads may take this long instead of {@link Downstream#TIMEOUT_MS}: a page of
     * 100 interviews took up to 1.9 s on a loaded interview-service, and a summary failed for a slow page is all
     * to do again. Override per method: {@code io.pmi.report.client.interview.InterviewClient/exportBySubject/
     * Timeout/value} and {@code .../campaignRecords/Timeout/value}, in milliseconds.
     */
    public static final long SUMMARY_TIMEOUT_MS = 10_000;

    private final InterviewApi api;

    InterviewClient(@RestClient InterviewApi api) {
        this.api = api;
    }

    @Retry(maxRetries = Downstream.RETRIES, delay = Downstream.RETRY_DELAY_MS, jitter = Downstream.RETRY_JITTER_MS,
            retryOn = {DownstreamFailedException.class, ProcessingException.class})
    @Fallback(fallbackMethod = "exportUnavailable", skipOn = DownstreamRefusedException.class)
    public Optional<InterviewRecords.ExportPage> export(String campaignId, String subjectExternalId, String cursor) {
        try {
            return Optional.of(api.export(campaignId, subjectExternalId, cursor, EXPORT_PAGE));
        } catch (DownstreamNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The campaign, with an explicit token; empty when it is unknown to the token's tenant. */
    @Retry(maxRetries = Downstream.RETRIES, delay = Downstream.RETRY_DELAY_MS, jitter = Downstream.RETRY_JITTER_MS,
            retryOn = {DownstreamFailedException.class, ProcessingException.class})
    @Fallback(fallbackMethod = "campaignUnavailable", skipOn = DownstreamRefusedException.class)
    public Optional<InterviewRecords.CampaignRef> campaign(String bearerToken, String campaignId) {
        try {
            return Optional.of(api.campaign("Bearer " + bearerToken, campaignId));
        } catch (DownstreamNotFoundException e) {
            return Optional.empty();
        }
    }

    /** One page of a campaign's export by subject, MINIMAL: questions without wording, answers without history. */
    @Timeout(SUMMARY_TIMEOUT_MS)
    @Retry(maxRetries = Downstream.RETRIES, delay = Downstream.RETRY_DELAY_MS, jitter = Downstream.RETRY_JITTER_MS,
            retryOn = {DownstreamFailedException.class, ProcessingException.class})
    @Fallback(fallbackMethod = "exportBySubjectUnavailable", skipOn = DownstreamRefusedException.class)
    public InterviewRecords.ExportPage exportBySubject(String bearerToken, String campaignId, String cursor,
                                                       int size) {
        return api.exportBySubject("Bearer " + bearerToken, campaignId, cursor, size, "SUBJECT", "MINIMAL");
    }

    /** One page of the performance records of a campaign's subjects, in subject order. */
    @Timeout(SUMMARY_TIMEOUT_MS)
    @Retry(maxRetries = Downstream.RETRIES, delay = Downstream.RETRY_DELAY_MS, jitter = Downstream.RETRY_JITTER_MS,
            retryOn = {DownstreamFailedException.class, ProcessingException.class})
    @Fallback(fallbackMethod = "campaignRecordsUnavailable", skipOn = DownstreamRefusedException.class)
    public InterviewRecords.RecordPage campaignRecords(String bearerToken, String campaignId, String cursor,
                                                       int size) {
        return api.campaignRecords("Bearer " + bearerToken, campaignId, cursor, size);
    }

    @Retry(maxRetries = Downstream.RETRIES, delay = Downstream.RETRY_DELAY_MS, jitter = Downstream.RETRY_JITTER_MS,
            retryOn = {DownstreamFailedException.class, ProcessingException.class})
    @Fallback(fallbackMethod = "withdrawalsUnavailable", skipOn = DownstreamRefusedException.class)
    public InterviewRecords.WithdrawalPage withdrawals(String bearerToken, Instant since, int page, int size) {
        return api.withdrawals("Bearer " + bearerToken, since, page, size);
    }

    private Optional<InterviewRecords.ExportPage> exportUnavailable(String campaignId, String subjectExternalId,
                                                                    String cursor, Throwable failure) {
        throw Downstream.unavailable(SERVICE, failure);
    }

    private Optional<InterviewRecords.CampaignRef> campaignUnavailable(String bearerToken, String campaignId,
                                                                       Throwable failure) {
        throw Downstream.unavailable(SERVICE, failure);
    }

    private InterviewRecords.ExportPage exportBySubjectUnavailable(String bearerToken, String campaignId,
                                                                   String cursor, int size, Throwable failure) {
        throw Downstream.unavailable(SERVICE, failure);
    }

    private InterviewRecords.RecordPage campaignRecordsUnavailable(String bearerToken, String campaignId,
                                                                   String cursor, int size, Throwable failure) {
        throw Downstream.unavailable(SERVICE, failure);
    }

    private InterviewRecords.WithdrawalPage withdrawalsUnavailable(String bearerToken, Instant since, int page,
                                                                   int size, Throwable failure) {
        throw Downstream.unavailable(SERVICE, failure);
    }
}
