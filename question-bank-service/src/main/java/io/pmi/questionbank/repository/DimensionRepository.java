package io.pmi.questionbank.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DimensionRepository implements PanacheRepositoryBase<Dimension, String> {

    /** The dimensions the caller sees with their topics, in one query; the tenant filter decides what is seen. */
    public List<Dimension> listWithTopics() {
        return find("select distinct d from Dimension d left join fetch d.topics order by d.position, d.code").list();
    }

    /** Not {@code firstResultOptional()}: a row limit with a collection fetch makes Hibernate page in memory. */
    public Optional<Dimension> findWithTopics(String code) {
        return find("select distinct d from Dimension d left join fetch d.topics where d.code = ?1", code)
                .list().stream().findFirst();
    }
}
