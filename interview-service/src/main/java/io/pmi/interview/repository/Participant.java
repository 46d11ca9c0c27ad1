package io.pmi.interview.repository;

import io.pmi.interview.domain.EmploymentStatus;
import io.pmi.interview.domain.ReportingLine;
import io.pmi.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * An employee as the HRIS knows them, keyed by the HRIS's external id within the tenant. The manager is named by
 * external id, not by a foreign key, because feeds arrive in any order: the link resolves once the manager arrives.
 * After erasure the row stays as a tombstone: the external id and {@link #erasedAt}, every personal field null.
 */
@Entity
@Table(name = "participant")
public class Participant extends TenantOwned implements ReportingLine.Member {

    @Id
    public String id;

    @Column(name = "external_id", nullable = false, updatable = false)
    public String externalId;

    public String name;

    public String email;

    public String department;

    public String position;

    @Column(name = "manager_external_id")
    public String managerExternalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_status")
    public EmploymentStatus employmentStatus;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    @Override
    public String externalId() {
        return externalId;
    }

    @Override
    public String managerExternalId() {
        return managerExternalId;
    }

    @Override
    public boolean erased() {
        return erasedAt != null;
    }
}
