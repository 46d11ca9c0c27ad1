package io.pmi.report.mapping;

import io.pmi.report.domain.summary.CampaignSummary;
import io.pmi.report.domain.summary.SummaryStatus;
import io.pmi.report.repository.SummaryJob;
import io.pmi.report.rest.api.SummaryView;
import io.pmi.report.service.SummaryJobs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** A summary job and its result as the API shows them. */
public final class SummaryMapper {

    private SummaryMapper() {
    }

    public static SummaryView toView(SummaryJobs.Status status) {
        SummaryJob job = status.job();
        return new SummaryView(job.id, job.campaignId, job.status, progress(job), job.subjectsDone,
                job.interviewsDone, job.interviewsTotal, job.language, job.requestedBy, job.createdAt,
                job.finishedAt, job.failureCode == null ? null
                : new SummaryView.Failure(job.failureCode, job.failureDetail),
                status.result().map(result -> toView(result, job.language)).orElse(null));
    }

    private static BigDecimal progress(SummaryJob job) {
        if (job.status == SummaryStatus.DONE) {
            return BigDecimal.ONE.setScale(2, RoundingMode.HALF_EVEN);
        }
        if (job.interviewsTotal == null || job.interviewsTotal == 0) {
            return BigDecimal.ZERO.setScale(2, RoundingMode.HALF_EVEN);
        }
        // Interviews completed while the job ran are read too: the share stops just short of 1 until it is done.
        return BigDecimal.valueOf(job.interviewsDone).divide(BigDecimal.valueOf(job.interviewsTotal), 2,
                RoundingMode.DOWN).min(new BigDecimal("0.99"));
    }

    private static SummaryView.Result toView(CampaignSummary summary, String language) {
        CampaignSummary.FindingCounts findings = summary.findings();
        return new SummaryView.Result(summary.subjects(), summary.interviews(), summary.anonymityThreshold(),
                new SummaryView.Findings(findings.total(), new SummaryView.Severities(findings.bySeverity().high(),
                        findings.bySeverity().medium(), findings.bySeverity().low()),
                        findings.byType().stream().map(t -> new SummaryView.TypeCount(t.type(), t.high(),
                                t.medium(), t.low(), t.total())).toList()),
                summary.scoresByDepartment().stream().map(s -> new SummaryView.DepartmentScore(s.department(),
                        s.dimension(), name(s.names(), language), s.score(), s.respondents(), s.answers())).toList(),
                summary.scoresBySourceRole().stream().map(s -> new SummaryView.RoleScore(s.role(), s.dimension(),
                        name(s.names(), language), s.score(), s.respondents(), s.answers())).toList(),
                summary.mostSevere().stream().map(s -> new SummaryView.SubjectFindings(s.subjectExternalId(),
                        s.department(), s.high(), s.medium(), s.low(), s.types())).toList(),
                summary.suppressed().stream().map(s -> new SummaryView.Suppression(s.scope(), s.group(),
                        s.dimension(), s.reason().name())).toList());
    }

    private static String name(Map<String, String> names, String language) {
        return names.get(language);
    }
}
