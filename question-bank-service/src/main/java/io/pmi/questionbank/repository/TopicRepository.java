package io.pmi.questionbank.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TopicRepository implements PanacheRepositoryBase<Topic, String> {

    /** A topic with its dimension, which every representation of a topic names. */
    public Optional<Topic> findWithDimension(String id) {
        return find("from Topic t join fetch t.dimension where t.id = ?1", id).firstResultOptional();
    }

    /** Whether a topic the caller can see already has this code. */
    public boolean codeTaken(String code, String exceptId) {
        return count("code = ?1 and id <> ?2", code, exceptId) > 0;
    }

    public int lastPosition(Dimension dimension) {
        Integer last = find("select max(t.position) from Topic t where t.dimension = ?1", dimension)
                .project(Integer.class).firstResult();
        return last == null ? 0 : last;
    }

    /** The tenant's own topics, in the order of their dimensions and positions, for an export. */
    public List<Topic> ofTenant(String tenantId) {
        return find("from Topic t join fetch t.dimension d where t.tenantId = ?1 order by d.position, t.position, "
                + "t.code", tenantId).list();
    }

    /** The topics with these codes that the caller sees. */
    public List<Topic> findByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1", codes);
    }
}
