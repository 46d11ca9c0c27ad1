package io.pmi.interview.service;

import io.pmi.interview.repository.AuditEvent;
import io.pmi.interview.repository.AuditEventRepository;
import io.pmi.interview.repository.Slice;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The append-only log of every read and change of an interview record (answers, consent, emotions included). An
 * event is written in the transaction of the change it records, so a change is never without its event.
 */
@ApplicationScoped
public class AuditLog {

    private final AuditEventRepository events;
    private final SecurityIdentity identity;

    public AuditLog(AuditEventRepository events, SecurityIdentity identity) {
        this.events = events;
        this.identity = identity;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String interviewId, String detail) {
        AuditEvent event = new AuditEvent();
        event.id = UUID.randomUUID().toString();
        event.actor = identity.getPrincipal().getName();
        event.action = action;
        event.interviewId = interviewId;
        event.detail = detail;
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        events.persist(event);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<AuditEvent> list(String interviewId, String actor, Instant from, Instant to, int page, int size) {
        return events.page(interviewId, actor, from, to, page, size);
    }
}
