package io.pmi.questionbank.repository;

import io.pmi.questionbank.service.QuestionStatus;
import io.pmi.questionbank.service.QuestionType;
import io.pmi.questionbank.service.SourceRole;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, String> {

    /**
     * The filters of the question list. Null means "any".
     *
     * @param tenant    only this tenant's questions (the source filter), or null for every readable tenant
     * @param terms     the bigrams the text must contain; {@code singleChar} when the query is one character
     * @param phrase    the folded query, confirmed against the search text
     */
    public record Filter(String dimension, String topic, String measure, QuestionType type, SourceRole role,
                         QuestionStatus status, String tenant, List<String> readableTenants, Set<String> terms,
                         boolean singleChar, String phrase) {
    }

    public record Page(List<Question> items, long total) {
    }

    public Optional<Question> findWithTaxonomy(String id) {
        return find("from Question q join fetch q.dimension join fetch q.topic where q.id = ?1", id)
                .firstResultOptional();
    }

    /** A question with its taxonomy and current version, in one query: the read path of GET by id. */
    public Optional<Object[]> findCurrent(String id) {
        return getEntityManager().createQuery("select q, v from Question q join fetch q.dimension join fetch q.topic"
                        + " join QuestionVersion v on v.questionId = q.id and v.number = q.contentVersion where q.id = :id",
                        Object[].class)
                .setParameter("id", id).getResultStream().findFirst();
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

    /** One page of questions in key order (id as tie-breaker), with their taxonomy; the total alongside. */
    public Page list(Filter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<Long> count = getEntityManager()
                .createQuery("select count(q) from Question q" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || (long) page * size >= total) {
            return new Page(List.of(), total);
        }
        TypedQuery<Question> items = getEntityManager().createQuery("select q from Question q"
                + " join fetch q.dimension join fetch q.topic" + where + " order by q.key, q.id", Question.class);
        params.forEach(items::setParameter);
        items.setFirstResult(page * size).setMaxResults(size);
        return new Page(items.getResultList(), total);
    }

    private static String where(Filter filter, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (filter.dimension() != null) {
            clauses.add("q.dimension.code = :dimension");
            params.put("dimension", filter.dimension());
        }
        if (filter.topic() != null) {
            clauses.add("q.topic.code = :topic");
            params.put("topic", filter.topic());
        }
        if (filter.measure() != null) {
            clauses.add("q.measureKey = :measure");
            params.put("measure", filter.measure());
        }
        if (filter.type() != null) {
            clauses.add("q.type = :type");
            params.put("type", filter.type());
        }
        if (filter.status() != null) {
            clauses.add("q.status = :status");
            params.put("status", filter.status());
        }
        if (filter.role() != null) {
            clauses.add(":role member of q.roles");
            params.put("role", filter.role());
        }
        if (filter.tenant() != null) {
            clauses.add("q.tenantId = :tenant");
            params.put("tenant", filter.tenant());
        }
        if (filter.terms() != null) {
            List<String> tenants = filter.tenant() != null ? List.of(filter.tenant()) : filter.readableTenants();
            params.put("termTenants", tenants);
            if (filter.singleChar()) {
                clauses.add("q.id in (select t.id.questionId from QuestionTerm t where t.id.tenantId in :termTenants"
                        + " and t.id.term like :prefix)");
                params.put("prefix", filter.terms().iterator().next() + "%");
            } else {
                clauses.add("q.id in (select t.id.questionId from QuestionTerm t where t.id.tenantId in :termTenants"
                        + " and t.id.term in :terms group by t.id.questionId having count(t) = :termCount)");
                params.put("terms", filter.terms());
                params.put("termCount", (long) filter.terms().size());
            }
            clauses.add("q.searchText like :phrase escape '!'");
            params.put("phrase", "%" + filter.phrase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /** Replaces a question's bigram rows in one statement per chunk (deleting first). */
    public void replaceTerms(String tenantId, String questionId, Collection<String> terms) {
        getEntityManager().createNativeQuery("delete from question_term where question_id = ?1")
                .setParameter(1, questionId).executeUpdate();
        List<String> all = List.copyOf(terms);
        int chunk = 500;
        for (int from = 0; from < all.size(); from += chunk) {
            List<String> part = all.subList(from, Math.min(all.size(), from + chunk));
            StringBuilder sql = new StringBuilder("insert into question_term (tenant_id, term, question_id) values ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
            }
            var insert = getEntityManager().createNativeQuery(sql.toString());
            int p = 1;
            for (String term : part) {
                insert.setParameter(p++, tenantId).setParameter(p++, term).setParameter(p++, questionId);
            }
            insert.executeUpdate();
        }
    }
}
