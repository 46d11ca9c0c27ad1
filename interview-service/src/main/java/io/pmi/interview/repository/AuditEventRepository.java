package io.pmi.interview.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepositoryBase<AuditEvent, String> {

    /** The log's order: oldest first, the id as tie-breaker. */
    public static final Sort ORDER = Sort.by("occurredAt").and("id");

    public Slice<AuditEvent> page(String interviewId, String actor, Instant from, Instant to, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (interviewId != null) {
            where.append(" and interviewId = :interview");
            parameters.and("interview", interviewId);
        }
        if (actor != null) {
            where.append(" and actor = :actor");
            parameters.and("actor", actor);
        }
        if (from != null) {
            where.append(" and occurredAt >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            where.append(" and occurredAt < :to");
            parameters.and("to", to);
        }
        PanacheQuery<AuditEvent> query = find(where.toString(), ORDER, parameters);
        return new Slice<>(query.page(page, size).list(), query.count());
    }
}
