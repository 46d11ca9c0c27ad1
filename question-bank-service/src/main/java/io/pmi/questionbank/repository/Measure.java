package io.pmi.questionbank.repository;

import io.pmi.platform.tenancy.TenantOwned;
import io.pmi.questionbank.domain.AnswerSpec;
import io.pmi.questionbank.domain.QuestionType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

/**
 * What questions measure, such as {@code feedback.frequency}. Made by the first question that names the key; every
 * other question naming it must agree on type, scale range and option values, so answers compare across sources.
 */
@Entity
@Table(name = "measure")
public class Measure extends TenantOwned {

    @Id
    public String id;

    @Column(name = "measure_key", nullable = false)
    public String key;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dimension_id", nullable = false)
    public Dimension dimension;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", nullable = false)
    public Topic topic;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    public QuestionType type;

    @Convert(converter = ContentJson.AnswerSpecConverter.class)
    @JdbcTypeCode(SqlTypes.LONGVARCHAR)
    @Column(name = "answer_spec", nullable = false)
    public AnswerSpec answerSpec;

    @Version
    @Column(nullable = false)
    public long version;
}
