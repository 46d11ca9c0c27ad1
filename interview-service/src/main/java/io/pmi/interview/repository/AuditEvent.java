package io.pmi.interview.repository;

import io.pmi.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/** One read or change of an interview record: who, what, when. Append-only. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends TenantOwned {

    @Id
    public String id;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "interview_id", updatable = false)
    public String interviewId;

    @Column(updatable = false)
    public String detail;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;
}
