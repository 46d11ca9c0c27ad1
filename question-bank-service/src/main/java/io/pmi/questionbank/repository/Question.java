package io.pmi.questionbank.repository;

import io.pmi.platform.tenancy.TenantOwned;
import io.pmi.questionbank.domain.QuestionStatus;
import io.pmi.questionbank.domain.QuestionType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A question's head: what lists filter and sort by, and which content version is current. The content itself
 * lives in {@link QuestionVersion}. {@code revision} is the optimistic lock behind the ETag; {@code contentVersion}
 * the number of the current content version, which only grows when an ACTIVE question is edited.
 */
@Entity
@Table(name = "question")
public class Question extends TenantOwned {

    @Id
    public String id;

    @Column(name = "question_key", nullable = false)
    public String key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dimension_id", nullable = false)
    public Dimension dimension;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false)
    public Topic topic;

    @Column(name = "measure_key", nullable = false)
    public String measureKey;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public QuestionType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public QuestionStatus status;

    @Column(name = "content_version", nullable = false)
    public int contentVersion;

    @Column(name = "copied_from")
    public String copiedFrom;

    @Column(name = "search_text", nullable = false, length = 65535)
    public String searchText;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "question_role", joinColumns = @JoinColumn(name = "question_id"))
    public Set<QuestionRole> roles = new HashSet<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long revision;
}
