package io.pmi.questionbank.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DimensionRepository implements PanacheRepositoryBase<Dimension, String> {

    /** The dimensions visible to these tenants with their topics, in one query. */
    public List<Dimension> listWithTopics(Collection<String> tenants) {
        return find("select distinct d from Dimension d left join fetch d.topics "
                + "where d.tenantId in ?1 order by d.position, d.code", tenants).list();
    }

    public Optional<Dimension> findWithTopics(Collection<String> tenants, String code) {
        return find("select distinct d from Dimension d left join fetch d.topics "
                + "where d.tenantId in ?1 and d.code = ?2", tenants, code).firstResultOptional();
    }
}
