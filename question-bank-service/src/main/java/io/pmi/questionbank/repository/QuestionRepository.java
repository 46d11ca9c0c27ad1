package io.pmi.questionbank.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Questions through Hibernate, so every query is limited to the caller's tenant and the library by the tenant
 * filter. The list and the hot read by id are in {@link QuestionListQuery} and {@link QuestionJdbcReads}.
 */
@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, String> {

    public Optional<Question> findWithTaxonomy(String id) {
        return find("from Question q join fetch q.dimension join fetch q.topic where q.id = ?1", id)
                .firstResultOptional();
    }

    public boolean keyTaken(String key, String exceptId) {
        return count("from Question q where q.key = ?1 and q.id <> ?2", key, exceptId) > 0;
    }

    /** The questions with these ids that the caller sees, with their taxonomy, in one query. */
    public List<Question> findAllWithTaxonomy(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return find("from Question q join fetch q.dimension join fetch q.topic where q.id in ?1", ids).list();
    }

    /** Whether a guide's working copy names this question. */
    public boolean usedByGuides(String id) {
        return ((Number) getEntityManager().createNativeQuery(
                "select count(*) from guide_question where question_id = ?1").setParameter(1, id)
                .getSingleResult()).longValue() > 0;
    }

    public long countUsingMeasure(String measureKey, String exceptId) {
        return count("measureKey = ?1 and id <> ?2", measureKey, exceptId);
    }

    /** One page of the tenant's own questions in key order, for an export. */
    public List<Question> pageOfTenant(String tenantId, int page, int size) {
        return find("from Question q where q.tenantId = ?1 order by q.key, q.id", tenantId).page(page, size).list();
    }

    /** The questions with these keys that the caller sees (its own and the library's). */
    public List<Question> findByKeys(Collection<String> keys) {
        return keys.isEmpty() ? List.of() : list("from Question q where q.key in ?1", keys);
    }

    /** The questions with these ids that the caller sees, without their taxonomy. */
    public List<Question> listByIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
