package io.pmi.questionbank.repository;

import io.pmi.platform.tenancy.TenantOwned;
import io.pmi.questionbank.domain.QuestionContent;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * One content version of a question. The current version of a DRAFT is edited in place; once a question has been
 * ACTIVE a change makes a new version, and the older ones stay as they were for the guides and interviews that
 * pinned them.
 */
@Entity
@Table(name = "question_version")
public class QuestionVersion extends TenantOwned {

    @Id
    public String id;

    @Column(name = "question_id", nullable = false, updatable = false)
    public String questionId;

    @Column(nullable = false, updatable = false)
    public int number;

    @Convert(converter = ContentJson.QuestionContentConverter.class)
    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(nullable = false)
    public QuestionContent content;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
