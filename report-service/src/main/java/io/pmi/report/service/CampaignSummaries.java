package io.pmi.report.service;

import io.pmi.platform.problem.ProblemException;
import io.pmi.report.client.interview.InterviewClient;
import io.pmi.report.config.ReportConfig;
import io.pmi.report.domain.summary.SummaryFailure;
import io.pmi.report.repository.SummaryJob;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Starts campaign summaries and answers their status. A summary runs on one of this replica's workers
 * ({@code pmi.report.summary-workers}); when all are busy a new one is refused with a 503 and Retry-After rather
 * than queued, so that a waiting job is never mistaken for an orphaned one. A second request for a campaign whose
 * summary is still running joins that one. On a clean stop the replica fails its own running jobs at once; after a
 * crash, their silence fails them.
 */
@ApplicationScoped
public class CampaignSummaries {

    private static final Logger LOG = Logger.getLogger(CampaignSummaries.class);
    static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(30);

    /** A job and whether this request started it (false: it joined the one already running). */
    public record Started(SummaryJob job, boolean created) {
    }

    private final InterviewClient interviews;
    private final SummaryJobs jobs;
    private final SummaryRunner runner;
    private final int capacity;
    private final Semaphore workers;
    private final ExecutorService executor;
    private final String name;

    public CampaignSummaries(InterviewClient interviews, SummaryJobs jobs, SummaryRunner runner,
                             ReportConfig config) {
        this.interviews = interviews;
        this.jobs = jobs;
        this.runner = runner;
        this.capacity = config.summaryWorkers();
        this.workers = new Semaphore(capacity);
        this.executor = Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "campaign-summary");
            thread.setDaemon(true);
            return thread;
        });
        this.name = host() + "/" + UUID.randomUUID();
    }

    /**
     * Starts the campaign's summary as the caller of {@code token}, after checking with interview-service that the
     * campaign exists for them (an unknown campaign is a 404 at once, not a failed job).
     */
    public Started start(String campaignId, String language, CallerToken token) {
        if (interviews.campaign(token.raw(), campaignId).isEmpty()) {
            throw ProblemException.notFound("Campaign", campaignId);
        }
        Optional<SummaryJob> running = jobs.running(campaignId);
        if (running.isPresent()) {
            return new Started(running.get(), false);
        }
        if (!workers.tryAcquire()) {
            throw ProblemException.retryLater(ReportProblems.SUMMARIES_BUSY, "Every summary worker of this "
                    + "replica is busy; try again in " + BUSY_RETRY_AFTER.toSeconds() + " seconds.", BUSY_RETRY_AFTER);
        }
        try {
            SummaryJob job = jobs.create(campaignId, language, token, name);
            executor.execute(() -> {
                try {
                    runner.run(job.id, campaignId, language, token);
                } finally {
                    workers.release();
                }
            });
            return new Started(job, true);
        } catch (RuntimeException e) {
            workers.release();
            throw e;
        }
    }

    public SummaryJobs.Status get(String id) {
        return jobs.get(id);
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
        // Nothing of this replica's is running: no write at all (on a local run the database may be stopping too).
        if (workers.availablePermits() == capacity) {
            return;
        }
        try {
            int failed = jobs.failAllOf(name, SummaryFailure.STOPPED, "The replica running this summary was "
                    + "stopped at " + Instant.now() + ". Start it again.");
            if (failed > 0) {
                LOG.infof("Stopping: %d running campaign summaries failed", failed);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Stopping: running campaign summaries could not be failed (%s); they fail as orphaned", e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
