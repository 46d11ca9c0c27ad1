package io.pmi.questionbank.repository;

import io.pmi.platform.tenancy.TenantOwned;
import io.pmi.questionbank.domain.GuideContent;
import io.pmi.questionbank.domain.GuideStatus;
import io.pmi.questionbank.domain.SourceRole;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** An interview guide: its working copy and the number of its latest published version. */
@Entity
@Table(name = "guide")
public class Guide extends TenantOwned {

    @Id
    public String id;

    @Column(name = "guide_key", nullable = false)
    public String key;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public SourceRole role;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public GuideStatus status;

    @Column(name = "published_version")
    public Integer publishedVersion;

    @Convert(converter = ContentJson.GuideContentConverter.class)
    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(nullable = false)
    public GuideContent content;

    @Column(name = "copied_from")
    public String copiedFrom;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "guide_question", joinColumns = @JoinColumn(name = "guide_id"))
    @Column(name = "question_id", nullable = false)
    public Set<String> questionIds = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long revision;
}
