package io.pmi.questionbank.repository;

import io.pmi.questionbank.domain.GuideStatus;
import io.pmi.questionbank.domain.SourceRole;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class GuideRepository implements PanacheRepositoryBase<Guide, String> {

    public record Page(List<Guide> items, long total) {
    }

    public boolean keyTaken(String key, String exceptId) {
        return count("from Guide g where g.key = ?1 and g.id <> ?2", key, exceptId) > 0;
    }

    /** One page in key order (id as tie-breaker). */
    public Page list(SourceRole role, GuideStatus status, String tenant, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (role != null) {
            clauses.add("g.role = :role");
            params.put("role", role);
        }
        if (status != null) {
            clauses.add("g.status = :status");
            params.put("status", status);
        }
        if (tenant != null) {
            clauses.add("g.tenantId = :tenant");
            params.put("tenant", tenant);
        }
        String where = clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        long total = count("from Guide g where " + where, params);
        List<Guide> items = total == 0 ? List.of()
                : find("from Guide g where " + where + " order by g.key, g.id", params).page(page, size).list();
        return new Page(items, total);
    }

    /** One page of the tenant's own guides in key order, for an export. */
    public List<Guide> pageOfTenant(String tenantId, int page, int size) {
        return find("from Guide g where g.tenantId = ?1 order by g.key, g.id", tenantId).page(page, size).list();
    }

    /** The guides with these keys that the caller sees (its own and the library's). */
    public List<Guide> findByKeys(Collection<String> keys) {
        return keys.isEmpty() ? List.of() : list("from Guide g where g.key in ?1", keys);
    }

    /** The guides with these ids that the caller sees. */
    public List<Guide> listByIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
