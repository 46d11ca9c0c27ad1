package io.pmi.report.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.webhooks.WebhookOutbox;
import io.pmi.report.domain.analysis.AnalysisInput;
import io.pmi.report.repository.Compressed;
import io.pmi.report.repository.Report;
import io.pmi.report.repository.ReportRepository;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes reports: a new version with the input it was computed from, and, when interviews leave the exports, the
 * input of every report that used them without those interviews. The input is kept as compressed JSON of the
 * domain's own records, read back by the same mapper.
 */
@ApplicationScoped
public class ReportStore {

    /**
     * The webhook event of a stored report (pmi.webhooks.event-types): data reportId, campaignId, subjectExternalId,
     * version.
     */
    public static final String REPORT_GENERATED = "report.generated";

    private final ReportRepository reports;
    private final ObjectMapper json;
    private final SecurityIdentity identity;
    private final WebhookOutbox webhooks;

    public ReportStore(ReportRepository reports, ObjectMapper json, SecurityIdentity identity,
                       WebhookOutbox webhooks) {
        this.reports = reports;
        this.json = json;
        this.identity = identity;
        this.webhooks = webhooks;
    }

    /** Stores the next version of the subject's report in the campaign. */
    @Transactional
    public Report save(String campaignId, AnalysisInput input, List<String> readers, String partialBecause) {
        Report report = new Report();
        report.id = UUID.randomUUID().toString();
        report.campaignId = campaignId;
        report.subjectExternalId = input.subject().externalId();
        report.reportVersion = reports.nextVersion(campaignId, report.subjectExternalId);
        report.partialBecause = partialBecause;
        report.input = write(input);
        report.generatedBy = identity.getPrincipal().getName();
        report.interviewIds.addAll(input.interviews().stream().map(AnalysisInput.Interview::id).toList());
        report.readers.addAll(readers);
        report.createdAt = now();
        report.updatedAt = report.createdAt;
        try {
            reports.persist(report);
            reports.flush();
        } catch (ConstraintViolationException e) {
            if (!"uk_report_version".equalsIgnoreCase(e.getConstraintName())) {
                throw e;
            }
            throw new ProblemException(ProblemType.CONFLICT, "Another report for this subject was generated at the "
                    + "same moment; generate again.");
        }
        webhooks.publish(report.tenantId, REPORT_GENERATED, report.subjectExternalId, Map.of("reportId", report.id,
                "campaignId", campaignId, "subjectExternalId", report.subjectExternalId,
                "version", report.reportVersion));
        return report;
    }

    public AnalysisInput input(Report report) {
        try (InputStream plain = Compressed.open(report.input)) {
            return json.readValue(plain, AnalysisInput.class);
        } catch (IOException e) {
            throw new IllegalStateException("report " + report.id + " has an unreadable input", e);
        }
    }

    /**
     * Takes interviews that left the exports out of every report that used them: the input loses them, so the
     * analysis (computed from the input when read) no longer shows their quotes or figures, and the report is
     * marked stale. Answers the number of reports changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int drop(List<String> interviewIds) {
        List<Report> affected = reports.usingAny(interviewIds);
        Instant at = now();
        for (Report report : affected) {
            AnalysisInput input = input(report);
            report.input = write(new AnalysisInput(input.campaign(), input.subject(), input.interviews().stream()
                    .filter(interview -> !interviewIds.contains(interview.id())).toList(), input.names()));
            report.interviewIds.removeAll(interviewIds);
            report.staleAt = report.staleAt == null ? at : report.staleAt;
            report.updatedAt = at;
        }
        return affected.size();
    }

    private byte[] write(AnalysisInput input) {
        try {
            return Compressed.compress(json.writeValueAsBytes(input));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report input could not be written", e);
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
