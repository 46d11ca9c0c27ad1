package io.pmi.report.service;

import io.pmi.platform.security.ServiceIdentity;
import io.pmi.report.client.interview.InterviewClient;
import io.pmi.report.client.interview.InterviewRecords;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes interviews that left interview-service's exports (consent withdrawn, interviewee erased) out of every
 * stored report that used them, within a poll interval (30 s by default, {@code pmi.report.withdrawal-poll}): per
 * tenant with reports, the feed {@code GET /consent-withdrawals?since=} from where the last poll stopped, read with
 * this service's own token in that tenant, then in one transaction the reports lose those interviews and the
 * cursor moves on. Reading the feed again from the same point changes nothing, so a failed poll is simply
 * repeated by the next one.
 */
@ApplicationScoped
public class WithdrawalPoll {

    private static final Logger LOG = Logger.getLogger(WithdrawalPoll.class);
    static final int PAGE = 200;

    private final ServiceIdentity identity;
    private final InterviewClient interviews;
    private final WithdrawalLedger ledger;

    public WithdrawalPoll(ServiceIdentity identity, InterviewClient interviews, WithdrawalLedger ledger) {
        this.identity = identity;
        this.interviews = interviews;
        this.ledger = ledger;
    }

    @Scheduled(every = "${pmi.report.withdrawal-poll}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (!identity.available()) {
            LOG.warn("pmi.service-identity.signing-key-location is not set: stored reports do not learn of "
                    + "withdrawn consent until it is");
            return;
        }
        for (String tenant : ledger.tenants()) {
            try {
                poll(tenant);
            } catch (RuntimeException e) {
                LOG.warnf("Withdrawal poll of tenant %s failed (%s); the next poll tries again", tenant, e.toString());
            }
        }
    }

    /** One tenant's poll; answers the number of reports changed. */
    public int poll(String tenant) {
        Instant since = identity.runAs(tenant, () -> ledger.cursorOf(tenant));
        String token = identity.token(tenant);
        List<String> left = new ArrayList<>();
        Instant until = since;
        int page = 0;
        InterviewRecords.WithdrawalPage found;
        do {
            found = interviews.withdrawals(token, since, page++, PAGE);
            for (InterviewRecords.Withdrawal withdrawal : found.items()) {
                left.add(withdrawal.interviewId());
                until = withdrawal.at().isAfter(until) ? withdrawal.at() : until;
            }
        } while ((long) page * PAGE < found.total());
        Instant readUntil = until;
        return identity.runAs(tenant, () -> ledger.apply(tenant, left, readUntil));
    }
}
