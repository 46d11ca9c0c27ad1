package io.pmi.report.service;

import io.pmi.report.repository.WithdrawalCursorRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** The withdrawal poll's transactions: where each tenant's feed was left, and applying what it brought. */
@ApplicationScoped
public class WithdrawalLedger {

    private final WithdrawalCursorRepository cursors;
    private final ReportStore store;

    public WithdrawalLedger(WithdrawalCursorRepository cursors, ReportStore store) {
        this.cursors = cursors;
        this.store = store;
    }

    @Transactional
    public List<String> tenants() {
        return cursors.tenantsWithReports();
    }

    /** Where the tenant's feed was left; from the beginning the first time. */
    @Transactional
    public Instant cursorOf(String tenant) {
        return cursors.readUntil(tenant).orElse(Instant.EPOCH);
    }

    /** Takes the interviews out of the tenant's reports and moves the tenant's cursor, together. */
    @Transactional
    public int apply(String tenant, List<String> interviewIds, Instant readUntil) {
        int changed = store.drop(interviewIds);
        cursors.save(tenant, readUntil);
        return changed;
    }
}
