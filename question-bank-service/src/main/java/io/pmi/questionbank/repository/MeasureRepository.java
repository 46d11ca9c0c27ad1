package io.pmi.questionbank.repository;

import io.pmi.platform.tenancy.Tenants;
import io.pmi.questionbank.domain.SourceRole;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, String> {

    /** The measure with this key that the caller sees: their own before the library's. */
    public Optional<Measure> findVisible(String key) {
        return find("key = ?1 order by case when tenantId = ?2 then 1 else 0 end", key, Tenants.LIBRARY)
                .firstResultOptional();
    }

    public List<Measure> page(String dimension, String tenant, int page, int size) {
        return find("from Measure m join fetch m.dimension d join fetch m.topic where " + where(dimension, tenant)
                + " order by m.key, m.id", params(dimension, tenant)).page(page, size).list();
    }

    public long total(String dimension, String tenant) {
        return count("from Measure m join m.dimension d where " + where(dimension, tenant), params(dimension, tenant));
    }

    private static String where(String dimension, String tenant) {
        List<String> clauses = new ArrayList<>();
        if (dimension != null) {
            clauses.add("d.code = :dimension");
        }
        if (tenant != null) {
            clauses.add("m.tenantId = :tenant");
        }
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    private static Map<String, Object> params(String dimension, String tenant) {
        Map<String, Object> params = new HashMap<>();
        if (dimension != null) {
            params.put("dimension", dimension);
        }
        if (tenant != null) {
            params.put("tenant", tenant);
        }
        return params;
    }

    /** The roles asked each of these measures by questions that are not retired, in one query. */
    public Map<String, Set<SourceRole>> rolesAsked(Collection<String> keys) {
        Map<String, Set<SourceRole>> roles = new HashMap<>();
        if (keys.isEmpty()) {
            return roles;
        }
        List<Object[]> rows = getEntityManager().createQuery("select distinct q.measureKey, r.role from Question q"
                        + " join q.roles r where q.measureKey in :keys"
                        + " and q.status <> io.pmi.questionbank.domain.QuestionStatus.RETIRED", Object[].class)
                .setParameter("keys", keys).getResultList();
        for (Object[] row : rows) {
            roles.computeIfAbsent((String) row[0], k -> EnumSet.noneOf(SourceRole.class)).add((SourceRole) row[1]);
        }
        return roles;
    }
}
