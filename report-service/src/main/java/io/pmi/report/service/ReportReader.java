package io.pmi.report.service;

import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.security.Roles;
import io.pmi.report.domain.Audience;
import io.pmi.report.domain.analysis.ReportAnalyzer;
import io.pmi.report.repository.Report;
import io.pmi.report.repository.ReportRepository;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.Hibernate;


/**
 * Reads reports as the caller may: HR_ADMIN every report of the tenant in both audiences; a MANAGER only the
 * MANAGER audience of reports whose subject was below them when the report was generated (any other report does
 * not exist for them: 404; the HR audience of one they may read is a 403). The analysis is computed from the
 * stored input, so a report that lost an interview shows nothing of it.
 */
@ApplicationScoped
public class ReportReader {

    private final ReportRepository reports;
    private final ReportStore store;
    private final SecurityIdentity identity;

    public ReportReader(ReportRepository reports, ReportStore store, SecurityIdentity identity) {
        this.reports = reports;
        this.store = store;
        this.identity = identity;
    }

    /** @param audience the audience asked for, or null for the caller's default (HR for HR_ADMIN) */
    @Transactional
    public StoredReport get(String id, Audience audience) {
        Report report = reports.findByIdOptional(id).filter(this::mayRead)
                .orElseThrow(() -> ProblemException.notFound("Report", id));
        Audience shown = audience != null ? audience : isHr() ? Audience.HR : Audience.MANAGER;
        if (shown == Audience.HR && !isHr()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Managers read the MANAGER audience of a report.");
        }
        return new StoredReport(report, ReportAnalyzer.analyze(store.input(report), shown));
    }

    /**
     * A page of the reports the caller may read, newest first, without their analysis; the interviews each uses
     * are loaded for the whole page in one query.
     */
    @Transactional
    public ReportRepository.Slice list(String campaignId, String subjectExternalId, int page, int size) {
        ReportRepository.Slice found = reports.page(campaignId, subjectExternalId, isHr() ? null : caller(), page,
                size);
        found.items().forEach(report -> Hibernate.initialize(report.interviewIds));
        return found;
    }

    private boolean mayRead(Report report) {
        return isHr() || report.readers.contains(caller());
    }

    private boolean isHr() {
        return identity.hasRole(Roles.HR_ADMIN);
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }
}
