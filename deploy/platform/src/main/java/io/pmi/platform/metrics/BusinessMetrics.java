package io.pmi.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The business counters at {@code /q/metrics} ({@code pmi_interviews_completed_total},
 * {@code pmi_reports_generated_total}, {@code pmi_lint_findings_total{code=…}}): an event that happens in a
 * transaction counts only once that transaction commits, so a refused or rolled-back change is never counted.
 */
@ApplicationScoped
public class BusinessMetrics {

    private final MeterRegistry registry;
    private final TransactionSynchronizationRegistry transactions;

    public BusinessMetrics(MeterRegistry registry, TransactionSynchronizationRegistry transactions) {
        this.registry = registry;
        this.transactions = transactions;
    }

    /** Counts one event of {@code name} (dotted: {@code pmi.interviews.completed}) when the current work commits. */
    public void countOnCommit(String name, String... tags) {
        if (transactions.getTransactionKey() == null) {
            count(name, 1, tags);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before: the count waits for the outcome.
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    count(name, 1, tags);
                }
            }
        });
    }

    /** Counts {@code amount} events at once, whatever the transaction does (what was shown, not what was stored). */
    public void count(String name, long amount, String... tags) {
        registry.counter(name, tags).increment(amount);
    }
}
