package io.pmi.report.repository;

import io.pmi.platform.paging.PageParams;
import io.pmi.platform.tenancy.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A stored verification report: the input its analysis is computed from, as compressed JSON, with the interviews it used and the managers who may read it as rows of their own, for the queries that need them.
 */
@Entity
@Table(name = "report")
public class Report extends TenantOwned {

    @Id
    public String id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    public String campaignId;

    @Column(name = "subject_external_id", nullable = false, updatable = false)
    public String subjectExternalId;

    @Column(name = "report_version", nullable = false, updatable = false)
    public int reportVersion;

    /** What was missing when it was generated, or null when nothing was. */
    @Column(name = "partial_because")
    public String partialBecause;

    @Column(name = "stale_at")
    public Instant staleAt;

    /** The input as JSON, compressed ({@link Compressed}). */
    @Column(name = "input_z", nullable = false)
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    public byte[] input;

    @Column(name = "generated_by", nullable = false, updatable = false)
    public String generatedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = PageParams.MAX_SIZE)
    @CollectionTable(name = "report_interview", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "interview_id")
    public Set<String> interviewIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = PageParams.MAX_SIZE)
    @CollectionTable(name = "report_reader", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "manager_external_id")
    public Set<String> readers = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
