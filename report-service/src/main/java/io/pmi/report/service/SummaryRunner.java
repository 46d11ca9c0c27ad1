package io.pmi.report.service;

import io.pmi.platform.client.DownstreamRefusedException;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.security.ServiceIdentity;
import io.pmi.report.client.interview.InterviewClient;
import io.pmi.report.client.interview.InterviewRecords;
import io.pmi.report.domain.analysis.AnalysisInput;
import io.pmi.report.domain.analysis.ReportAnalyzer;
import io.pmi.report.domain.summary.CampaignSummarizer;
import io.pmi.report.domain.summary.SummaryFailure;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes one campaign summary, on a worker thread, as the caller who started it: interview-service's export of
 * the campaign by subject (questions without wording) and the campaign's performance records, both in subject
 * order, are read page by page side by side, so that each subject is analysed as its report would be, added to the
 * summary and let go. Memory holds a page of each feed and one subject, whatever the campaign's size. After each
 * export page the job records its progress (its heartbeat); if meanwhile it was failed (as orphaned), it stops.
 */
@ApplicationScoped
public class SummaryRunner {

    private static final Logger LOG = Logger.getLogger(SummaryRunner.class);
    static final int RECORD_PAGE = 1000;
    static final int MOST_SEVERE = 10;

    private final InterviewClient interviews;
    private final DimensionNames dimensionNames;
    private final SummaryJobs jobs;
    private final ServiceIdentity identity;

    public SummaryRunner(InterviewClient interviews, DimensionNames dimensionNames, SummaryJobs jobs,
                         ServiceIdentity identity) {
        this.interviews = interviews;
        this.dimensionNames = dimensionNames;
        this.jobs = jobs;
        this.identity = identity;
    }

    /** Thrown before a call that the captured token would no longer be allowed to make. */
    static final class TokenExpired extends RuntimeException {
        TokenExpired(Instant at) {
            super("The token that started this summary expired at " + at + " before every interview was read; "
                    + "start it again with a token that lives longer than the summary takes.");
        }
    }

    public void run(String jobId, String campaignId, String language, CallerToken token) {
        String tenant = token.tenant();
        try {
            identity.runAs(tenant, () -> {
                summarize(jobId, campaignId, language, token);
                return null;
            });
        } catch (TokenExpired e) {
            fail(tenant, jobId, SummaryFailure.TOKEN_EXPIRED, e.getMessage());
        } catch (DownstreamRefusedException e) {
            fail(tenant, jobId, SummaryFailure.DOWNSTREAM_REFUSED, "interview-service refused the summary's call "
                    + "with the token that started it: " + e.getMessage());
        } catch (ProblemException e) {
            fail(tenant, jobId, SummaryFailure.DOWNSTREAM_UNAVAILABLE, e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Campaign summary %s failed", jobId);
            fail(tenant, jobId, SummaryFailure.INTERNAL_ERROR, "The summary failed unexpectedly (" + e
                    .getClass().getSimpleName() + "); the service's log has the details.");
        }
    }

    private void summarize(String jobId, String campaignId, String language, CallerToken token) {
        check(token);
        AnalysisInput.DisplayNames names = dimensionNames.in(language, token.raw())
                .orElse(AnalysisInput.DisplayNames.NONE);
        Records records = new Records(campaignId, token);
        CampaignSummarizer summarizer = null;
        AnalysisInput.Campaign campaign = null;
        Integer total = null;
        List<AnalysisInput.Interview> current = new ArrayList<>();
        String subject = null;
        String department = null;
        int subjects = 0;
        int done = 0;
        String cursor = null;
        do {
            check(token);
            // The export's largest page: half the pages of 100 and their fixed costs (28.8 s for 500 subjects
            // against 30 to 33 s, docs/benchmarks.md), at most 0.7 s a page, far inside the summary's timeout.
            InterviewRecords.ExportPage page = interviews.exportBySubject(token.raw(), campaignId, cursor,
                    InterviewClient.EXPORT_PAGE);
            if (summarizer == null) {
                campaign = ExportInputs.campaign(page.campaign());
                summarizer = new CampaignSummarizer(campaign.anonymityThreshold(), MOST_SEVERE);
                total = page.total() == null ? null : page.total().intValue();
            }
            for (InterviewRecords.Item item : page.items()) {
                if (subject != null && !subject.equals(item.subjectExternalId())) {
                    add(summarizer, campaign, subject, department, current, records, names);
                    subjects++;
                    current = new ArrayList<>();
                }
                subject = item.subjectExternalId();
                department = item.subjectDepartment();
                current.add(ExportInputs.interview(item));
            }
            done += page.items().size();
            if (!jobs.progress(jobId, subjects, done, total)) {
                LOG.infof("Campaign summary %s is no longer running; it stops", jobId);
                return;
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        if (subject != null) {
            add(summarizer, campaign, subject, department, current, records, names);
            subjects++;
        }
        jobs.done(jobId, subjects, done, summarizer.result(names));
    }

    private static void add(CampaignSummarizer summarizer, AnalysisInput.Campaign campaign, String subject,
                            String department, List<AnalysisInput.Interview> interviews, Records records,
                            AnalysisInput.DisplayNames names) {
        AnalysisInput input = new AnalysisInput(campaign, new AnalysisInput.Subject(subject, department,
                records.of(subject)), interviews, names);
        summarizer.add(input, ReportAnalyzer.analyze(input));
    }

    private static void check(CallerToken token) {
        if (token.expired(Instant.now())) {
            throw new TokenExpired(token.expiresAt());
        }
    }

    private void fail(String tenant, String jobId, SummaryFailure failure, String detail) {
        try {
            identity.runAs(tenant, () -> jobs.fail(jobId, failure, detail));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Campaign summary %s could not be marked %s; it is seen as orphaned later", jobId,
                    failure.code());
        }
    }

    /**
     * The campaign's performance records, read forward page by page alongside the export: both feeds are in
     * external id order, byte by byte (the columns are utf8mb4_bin and external ids ASCII, so Java's order is the
     * database's), so each subject's records are taken from the front and the records of subjects without an
     * exported interview are passed over.
     */
    private final class Records {

        private final String campaignId;
        private final CallerToken token;
        private List<InterviewRecords.PerformanceRecord> page = List.of();
        private int at;
        private String next;
        private boolean started;

        Records(String campaignId, CallerToken token) {
            this.campaignId = campaignId;
            this.token = token;
        }

        List<AnalysisInput.PerformanceRecord> of(String subject) {
            List<AnalysisInput.PerformanceRecord> found = new ArrayList<>();
            while (true) {
                if (at == page.size()) {
                    if (started && next == null) {
                        return found;
                    }
                    check(token);
                    InterviewRecords.RecordPage read = interviews.campaignRecords(token.raw(), campaignId, next,
                            RECORD_PAGE);
                    started = true;
                    page = read.items();
                    next = read.nextCursor();
                    at = 0;
                    continue;
                }
                InterviewRecords.PerformanceRecord record = page.get(at);
                int order = record.participantExternalId().compareTo(subject);
                if (order > 0) {
                    return found;
                }
                if (order == 0) {
                    found.add(ExportInputs.record(record));
                }
                at++;
            }
        }
    }
}
