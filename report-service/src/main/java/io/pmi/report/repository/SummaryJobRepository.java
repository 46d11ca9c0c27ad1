package io.pmi.report.repository;

import io.pmi.report.domain.summary.SummaryStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;

/**
 * Summary jobs. Reads go through the tenant filter; the state changes are single conditional updates on the job
 * (a job id is a UUID), so that a replica marking a job orphaned and the replica still running it cannot both win:
 * whatever changes a job's state only does so while it is RUNNING.
 */
@ApplicationScoped
public class SummaryJobRepository implements PanacheRepositoryBase<SummaryJob, String> {

    /** The campaign's job that is still running, if any. */
    public Optional<SummaryJob> running(String campaignId) {
        return find("campaignId = ?1 and status = ?2 order by createdAt desc, id", campaignId, SummaryStatus.RUNNING)
                .firstResultOptional();
    }

    /** Records progress and the heartbeat; false when the job is no longer running. */
    public boolean progress(String id, int subjectsDone, int interviewsDone, Integer interviewsTotal, Instant now) {
        return update("update versioned SummaryJob set subjectsDone = ?2, interviewsDone = ?3, "
                + "interviewsTotal = ?4, heartbeatAt = ?5 where id = ?1 and status = ?6", id, subjectsDone,
                interviewsDone, interviewsTotal, now, SummaryStatus.RUNNING) == 1;
    }

    /** Stores the result; false when the job is no longer running. */
    public boolean done(String id, int subjectsDone, int interviewsDone, String resultJson, Instant now) {
        return update("update versioned SummaryJob set status = ?2, subjectsDone = ?3, interviewsDone = ?4, "
                + "resultJson = ?5, heartbeatAt = ?6, finishedAt = ?6 where id = ?1 and status = ?7", id,
                SummaryStatus.DONE, subjectsDone, interviewsDone, resultJson, now, SummaryStatus.RUNNING) == 1;
    }

    /** Fails the job if it is still running; false when it was not. */
    public boolean fail(String id, String code, String detail, Instant now) {
        return update("update versioned SummaryJob set status = ?2, failureCode = ?3, failureDetail = ?4, "
                + "finishedAt = ?5 where id = ?1 and status = ?6", id, SummaryStatus.FAILED, code, detail, now,
                SummaryStatus.RUNNING) == 1;
    }

    /** Fails the job if it is running with a heartbeat older than {@code cutoff}. */
    public boolean failIfSilentSince(String id, Instant cutoff, String code, String detail, Instant now) {
        return update("update versioned SummaryJob set status = ?2, failureCode = ?3, failureDetail = ?4, "
                        + "finishedAt = ?5 where id = ?1 and status = ?6 and heartbeatAt < ?7", id,
                SummaryStatus.FAILED, code, detail, now, SummaryStatus.RUNNING, cutoff) == 1;
    }

    /** Fails every job this replica is running: it is stopping. */
    public int failAllOf(String runner, String code, String detail, Instant now) {
        return update("update versioned SummaryJob set status = ?2, failureCode = ?3, failureDetail = ?4, "
                + "finishedAt = ?5 where runner = ?1 and status = ?6", runner, SummaryStatus.FAILED, code, detail,
                now, SummaryStatus.RUNNING);
    }
}
