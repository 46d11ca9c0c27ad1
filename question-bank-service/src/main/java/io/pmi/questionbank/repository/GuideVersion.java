package io.pmi.questionbank.repository;

import io.pmi.platform.tenancy.TenantOwned;
import io.pmi.questionbank.domain.GuideSnapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A published, immutable version of a guide. */
@Entity
@Immutable
@Table(name = "guide_version")
public class GuideVersion extends TenantOwned {

    @Id
    public String id;

    @Column(name = "guide_id", nullable = false)
    public String guideId;

    @Column(nullable = false)
    public int number;

    @Convert(converter = ContentJson.GuideSnapshotConverter.class)
    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(nullable = false)
    public GuideSnapshot snapshot;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;
}
