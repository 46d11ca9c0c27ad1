package io.pmi.interview.repository;

import io.pmi.interview.domain.CampaignStatus;
import io.pmi.interview.domain.SourceRole;
import io.pmi.platform.paging.PageParams;
import io.pmi.platform.tenancy.TenantOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.MapKeyJdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A campaign (访谈项目) of a tenant. Its departments and guides load lazily, a whole page's at once (the batch size
 * is the largest page), so that a list costs a few queries whatever its size.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends TenantOwned {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    public String description;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "campaign_department", joinColumns = @JoinColumn(name = "campaign_id"))
    @OrderColumn(name = "position")
    @Column(name = "department", nullable = false)
    @BatchSize(size = PageParams.MAX_SIZE)
    public List<String> departments = new ArrayList<>();

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public String locale;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "campaign_guide", joinColumns = @JoinColumn(name = "campaign_id"))
    @MapKeyColumn(name = "role")
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyJdbcTypeCode(SqlTypes.VARCHAR)
    @BatchSize(size = PageParams.MAX_SIZE)
    public Map<SourceRole, CampaignGuide> guides = new HashMap<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public CampaignStatus status;

    @Column(name = "anonymity_threshold", nullable = false)
    public int anonymityThreshold;

    @Column(name = "completeness_threshold", nullable = false)
    public double completenessThreshold;

    /** Null: a third of each scale's range. */
    @Column(name = "gap_threshold")
    public Double gapThreshold;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Version
    @Column(nullable = false)
    public long revision;
}
