package io.pmi.interview.repository;

import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One managed entity by a native statement: the hot lookups by key. Hibernate builds the SQL of an HQL query, and
 * of a load by id, anew on every call while the tenant filter is enabled (the filter applies to loads by key, so no
 * plan is cached), which was most of a recorded answer's time; native SQL bypasses the filter, so each statement
 * writes its tenant condition out. The query is synchronised on the entity's table only, so that only pending
 * changes of that entity are flushed before it.
 */
final class NativeLookup {

    private NativeLookup() {
    }

    /** The row the statement finds; its parameters {@code ?1, ?2, …} in order, a collection bound as a list. */
    @SuppressWarnings("unchecked")
    static <T> Optional<T> one(EntityManager entities, Class<T> type, String sql, Object... parameters) {
        NativeQuery<T> query = entities.createNativeQuery(sql, type).unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(type);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof Collection<?> values) {
                query.setParameterList(i + 1, values);
            } else {
                query.setParameter(i + 1, parameters[i]);
            }
        }
        List<T> found = query.getResultList();
        return found.stream().findFirst();
    }
}
