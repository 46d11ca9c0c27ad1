package io.pmi.questionbank.repository;

import io.pmi.questionbank.service.QuestionStatus;
import io.pmi.questionbank.service.QuestionType;
import io.pmi.questionbank.service.SourceRole;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class QuestionRepository implements PanacheRepositoryBase<Question, String> {

    private final DataSource dataSource;

    public QuestionRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

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

    /**
     * A question (detached, read-only) with the content of its current version, in one statement: the read path of
     * GET by id, the most frequent request. Plain JDBC: through Hibernate, the session, the entity machinery, the HQL
     * translation it repeats on every execution while the tenant filter is on and the search text it would read cost
     * several times the query itself. The tenant condition is therefore written out here.
     */
    public Optional<Current> findCurrent(String id, List<String> readableTenants) {
        String sql = "select q.tenant_id, q.question_key, q.measure_key, q.type, q.status, q.content_version,"
                + " q.copied_from, q.created_at, q.updated_at, q.revision, v.content"
                + " from question q join question_version v on v.question_id = q.id and v.number = q.content_version"
                + " where q.id = ? and q.tenant_id in (" + String.join(", ", Collections.nCopies(readableTenants.size(), "?"))
                + ")";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, id, readableTenants);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Question question = new Question();
                question.id = id;
                question.tenantId = row.getString(1);
                question.key = row.getString(2);
                question.measureKey = row.getString(3);
                question.type = QuestionType.valueOf(row.getString(4));
                question.status = QuestionStatus.valueOf(row.getString(5));
                question.contentVersion = row.getInt(6);
                question.copiedFrom = row.getString(7);
                question.createdAt = row.getObject(8, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                question.updatedAt = row.getObject(9, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                question.revision = row.getLong(10);
                return Optional.of(new Current(question, ContentJson.read(row.getString(11), QuestionContent.class)));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading question " + id + " failed", e);
        }
    }

    /** The revision of a question the caller may read: what decides whether a cached copy is still current. */
    public Optional<Long> findRevision(String id, List<String> readableTenants) {
        String sql = "select revision from question where id = ? and tenant_id in ("
                + String.join(", ", Collections.nCopies(readableTenants.size(), "?")) + ")";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, id, readableTenants);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the revision of question " + id + " failed", e);
        }
    }

    private static void bind(PreparedStatement select, String id, List<String> readableTenants) throws SQLException {
        select.setString(1, id);
        for (int i = 0; i < readableTenants.size(); i++) {
            select.setString(i + 2, readableTenants.get(i));
        }
    }

    /** A question read by {@link #findCurrent} and its current content. */
    public record Current(Question question, QuestionContent content) {
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
