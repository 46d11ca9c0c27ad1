package io.pmi.questionbank.repository;

import io.pmi.questionbank.domain.GuideStatus;
import io.pmi.questionbank.domain.SourceRole;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
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
}
