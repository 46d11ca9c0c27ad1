package io.pmi.interview.repository;

import io.pmi.interview.domain.Direction;
import io.pmi.interview.domain.IndicatorKind;
import io.pmi.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One indicator of one participant in one period, unique by those three within the tenant. */
@Entity
@Table(name = "performance_record")
public class PerformanceRecord extends TenantOwned {

    @Id
    public String id;

    @Column(name = "participant_id", nullable = false, updatable = false)
    public String participantId;

    @Column(nullable = false, updatable = false)
    public String period;

    @Column(name = "period_start", nullable = false, updatable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false, updatable = false)
    public LocalDate periodEnd;

    @Column(nullable = false, updatable = false)
    public String indicator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorKind kind;

    @Column(precision = 19, scale = 4)
    public BigDecimal target;

    @Column(precision = 19, scale = 4)
    public BigDecimal actual;

    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    public String rating;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
