package io.pmi.report.repository;

import io.pmi.platform.tenancy.TenantOwned;
import io.pmi.report.domain.summary.SummaryStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A campaign summary job and, once it is done, its result as JSON. */
@Entity
@Table(name = "summary_job")
public class SummaryJob extends TenantOwned {

    @Id
    public String id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    public String campaignId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SummaryStatus status;

    @Column(nullable = false, updatable = false)
    public String language;

    @Column(name = "requested_by", nullable = false, updatable = false)
    public String requestedBy;

    @Column(nullable = false, updatable = false)
    public String runner;

    @Column(name = "interviews_total")
    public Integer interviewsTotal;

    @Column(name = "interviews_done", nullable = false)
    public int interviewsDone;

    @Column(name = "subjects_done", nullable = false)
    public int subjectsDone;

    @Column(name = "result_json")
    public String resultJson;

    @Column(name = "failure_code")
    public String failureCode;

    @Column(name = "failure_detail")
    public String failureDetail;

    @Column(name = "heartbeat_at", nullable = false)
    public Instant heartbeatAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
