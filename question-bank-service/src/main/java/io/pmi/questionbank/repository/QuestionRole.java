package io.pmi.questionbank.repository;

import io.pmi.questionbank.domain.SourceRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.Objects;

/**
 * A role a question's current version is asked of ({@code question_role}), with the question's tenant, so that the
 * role filter of the question list reads one tenant's rows from the index ({@code tenant_id, role, question_id}).
 */
@Embeddable
public class QuestionRole {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", nullable = false)
    public SourceRole role;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    protected QuestionRole() {
    }

    public QuestionRole(SourceRole role, String tenantId) {
        this.role = role;
        this.tenantId = tenantId;
    }

    /** A question is asked of a role once: the role alone identifies the row among the question's. */
    @Override
    public boolean equals(Object other) {
        return other instanceof QuestionRole that && role == that.role;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(role);
    }
}
