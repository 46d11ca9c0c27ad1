package io.pmi.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.platform.problem.ProblemException;
import io.pmi.report.config.ReportConfig;
import io.pmi.report.domain.summary.CampaignSummary;
import io.pmi.report.domain.summary.SummaryFailure;
import io.pmi.report.domain.summary.SummaryStatus;
import io.pmi.report.repository.SummaryJob;
import io.pmi.report.repository.SummaryJobRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** The transactions of summary jobs: each state change is its own short transaction on the job's row. */
@ApplicationScoped
public class SummaryJobs {

    private static final int DETAIL_LENGTH = 1000;

    private final SummaryJobRepository jobs;
    private final ObjectMapper json;
    private final Duration orphanedAfter;

    public SummaryJobs(SummaryJobRepository jobs, ObjectMapper json, ReportConfig config) {
        this.jobs = jobs;
        this.json = json;
        this.orphanedAfter = config.summaryOrphanedAfter();
    }

    /** A job as its status answer shows it, with its result once it is done. */
    public record Status(SummaryJob job, Optional<CampaignSummary> result) {
    }

    @Transactional
    public Optional<SummaryJob> running(String campaignId) {
        return jobs.running(campaignId);
    }

    @Transactional
    public SummaryJob create(String campaignId, String language, CallerToken token, String runner) {
        SummaryJob job = new SummaryJob();
        job.id = UUID.randomUUID().toString();
        job.campaignId = campaignId;
        job.status = SummaryStatus.RUNNING;
        job.language = language;
        job.requestedBy = token.subject();
        job.runner = runner;
        job.createdAt = now();
        job.heartbeatAt = job.createdAt;
        jobs.persist(job);
        return job;
    }

    /**
     * The job of the caller's tenant; a job still RUNNING whose heartbeat is older than the orphan limit is failed
     * first, since the replica that ran it is gone.
     */
    @Transactional
    public Status get(String id) {
        SummaryJob job = jobs.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Summary", id));
        Instant now = now();
        Instant cutoff = now.minus(orphanedAfter);
        if (job.status == SummaryStatus.RUNNING && job.heartbeatAt.isBefore(cutoff)
                && jobs.failIfSilentSince(id, cutoff, SummaryFailure.ORPHANED.code(), "No progress for "
                + orphanedAfter.toSeconds() + " s: the replica that ran this summary stopped. Start it again.", now)) {
            jobs.getEntityManager().refresh(job);
        }
        return new Status(job, job.resultJson == null ? Optional.empty() : Optional.of(read(job.resultJson)));
    }

    @Transactional
    public boolean progress(String id, int subjects, int interviews, Integer total) {
        return jobs.progress(id, subjects, interviews, total, now());
    }

    @Transactional
    public boolean done(String id, int subjects, int interviews, CampaignSummary result) {
        return jobs.done(id, subjects, interviews, write(result), now());
    }

    @Transactional
    public boolean fail(String id, SummaryFailure failure, String detail) {
        return jobs.fail(id, failure.code(), truncate(detail), now());
    }

    @Transactional
    public int failAllOf(String runner, SummaryFailure failure, String detail) {
        return jobs.failAllOf(runner, failure.code(), truncate(detail), now());
    }

    private CampaignSummary read(String value) {
        try {
            return json.readValue(value, CampaignSummary.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored summary could not be read", e);
        }
    }

    private String write(CampaignSummary summary) {
        try {
            return json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a summary could not be written", e);
        }
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
