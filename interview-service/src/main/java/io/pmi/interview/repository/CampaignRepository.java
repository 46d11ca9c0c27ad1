package io.pmi.interview.repository;

import io.pmi.interview.domain.CampaignStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class CampaignRepository implements PanacheRepositoryBase<Campaign, String> {

    public record Page(List<Campaign> items, long total) {
    }

    /** A campaign with its departments and guides, in one query. */
    public Optional<Campaign> findComplete(String id) {
        return find("from Campaign c left join fetch c.departments left join fetch c.guides where c.id = ?1", id)
                .singleResultOptional();
    }

    /** One page in name order (id as tie-breaker), optionally of one status or period. */
    public Page list(CampaignStatus status, String period, int page, int size) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (status != null) {
            clauses.add("c.status = :status");
            params.put("status", status);
        }
        if (period != null) {
            clauses.add("c.period = :period");
            params.put("period", period);
        }
        String where = clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
        long total = count("from Campaign c where " + where, params);
        List<Campaign> items = total == 0 ? List.of()
                : find("from Campaign c where " + where + " order by c.name, c.id", params).page(page, size).list();
        return new Page(items, total);
    }
}
