package io.pmi.questionbank.repository;

import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.domain.QuestionStatus;
import io.pmi.questionbank.domain.QuestionType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The hot read of GET by id, in plain JDBC from the data source, outside Hibernate's session. It bypasses the
 * Hibernate tenant filter ({@code TenantOwned}), so every statement here writes the tenant condition itself: the
 * caller passes the tenants it may read, and a question of any other tenant is not found.
 */
@ApplicationScoped
public class QuestionJdbcReads {

    private final DataSource dataSource;

    public QuestionJdbcReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A question (detached, read-only) with the content of its current version, in one statement: the read path of
     * GET by id, the most frequent request. Plain JDBC: through Hibernate, the session, the entity machinery, the HQL
     * translation it repeats on every execution while the tenant filter is on and the search text it would read cost
     * several times the query itself. The tenant condition is therefore written out here.
     */
    public Optional<Current> findCurrent(String id, List<String> readableTenants) {
        String sql = "select q.tenant_id, q.question_key, q.measure_key, q.type, q.status, q.content_version,"
                + " q.copied_from, q.created_at, q.updated_at, q.revision, v.content, q.id"
                + " from question q join question_version v on v.question_id = q.id and v.number = q.content_version"
                + " where q.id = ? and q.tenant_id in (" + Sql.placeholders(readableTenants.size())
                + ")";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, id, readableTenants);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Question question = new Question();
                // as stored: the column's collation also matches an id written in another case
                question.id = row.getString(12);
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
                + Sql.placeholders(readableTenants.size()) + ")";
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
}
