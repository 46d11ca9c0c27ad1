package io.pmi.report.service;

import io.pmi.platform.metrics.BusinessMetrics;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.report.client.interview.InterviewClient;
import io.pmi.report.client.interview.InterviewRecords;
import io.pmi.report.domain.Audience;
import io.pmi.report.domain.analysis.AnalysisInput;
import io.pmi.report.domain.analysis.ReportAnalyzer;
import io.pmi.report.repository.Report;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generates a subject's report: gathers the subject's completed, consented interviews with the campaign's
 * thresholds, history and manager chain (one page of interview-service's export for up to 200 interviews) and the
 * dimension names (the question bank, cached), all outside any transaction, then stores the next version in one.
 * When interview-service cannot answer, nothing is stored and the answer is a 503; when only the names are
 * missing, the report is stored and says it is partial.
 */
@ApplicationScoped
public class ReportGenerator {

    static final String NAMES_MISSING = "dimension-names";

    private final InterviewClient interviews;
    private final DimensionNames dimensionNames;
    private final ReportStore store;
    private final BusinessMetrics metrics;

    public ReportGenerator(InterviewClient interviews, DimensionNames dimensionNames, ReportStore store,
                           BusinessMetrics metrics) {
        this.interviews = interviews;
        this.dimensionNames = dimensionNames;
        this.store = store;
        this.metrics = metrics;
    }

    public StoredReport generate(String campaignId, String subjectExternalId, String language) {
        InterviewRecords.ExportPage page = export(campaignId, subjectExternalId, null);
        List<AnalysisInput.Interview> used = new ArrayList<>();
        page.items().forEach(item -> used.add(ExportInputs.interview(item)));
        InterviewRecords.ExportPage first = page;
        while (page.nextCursor() != null) {
            page = export(campaignId, subjectExternalId, page.nextCursor());
            page.items().forEach(item -> used.add(ExportInputs.interview(item)));
        }
        if (used.isEmpty()) {
            throw new ProblemException(ReportProblems.NO_COMPLETED_INTERVIEWS, "Subject " + subjectExternalId
                    + " has no completed interview with consent in campaign " + campaignId + " yet.");
        }
        Optional<AnalysisInput.DisplayNames> names = dimensionNames.in(language);
        AnalysisInput input = new AnalysisInput(ExportInputs.campaign(first.campaign()),
                ExportInputs.subject(first.subject()), used, names.orElse(AnalysisInput.DisplayNames.NONE));
        Report report = store.save(campaignId, input, ExportInputs.managers(first.subject()),
                names.isPresent() ? null : NAMES_MISSING);
        metrics.countOnCommit("pmi.reports.generated");
        return new StoredReport(report, ReportAnalyzer.analyze(input, Audience.HR));
    }

    private InterviewRecords.ExportPage export(String campaignId, String subjectExternalId, String cursor) {
        return interviews.export(campaignId, subjectExternalId, cursor).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, "No campaign " + campaignId + " with a participant "
                + subjectExternalId + " in this tenant."));
    }
}
