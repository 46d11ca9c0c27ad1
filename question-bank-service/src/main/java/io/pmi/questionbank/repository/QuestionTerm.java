package io.pmi.questionbank.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.io.Serializable;

/**
 * A row of the bigram index, mapped only so that list queries can name it; rows are written in bulk by
 * {@link QuestionTermRepository#replaceTerms}. The tenant is part of the key, so every lookup is tenant-bound.
 */
@Entity
@Immutable
@Table(name = "question_term")
public class QuestionTerm {

    @EmbeddedId
    public Key id;

    @Embeddable
    public record Key(@Column(name = "tenant_id") String tenantId, @Column(name = "term") String term,
                      @Column(name = "question_id") String questionId) implements Serializable {
    }
}
