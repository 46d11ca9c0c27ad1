package io.pmi.interview.repository;

import io.pmi.interview.domain.EmploymentStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Participants of one tenant. Every query names the tenant itself besides the platform's tenant filter, whose
 * condition also admits the library: with one tenant the indexes serve the order of the list.
 */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, String> {

    /** The list's order: external id, unique within a tenant, with the id as tie-breaker. */
    public static final Sort ORDER = Sort.by("externalId").and("id");

    public Optional<Participant> findByExternalId(String tenant, String externalId) {
        return find("tenantId = ?1 and externalId = ?2", tenant, externalId).firstResultOptional();
    }

    /** The participants among {@code externalIds}, in one query (an IN list): a batch never reads row by row. */
    public List<Participant> findByExternalIds(String tenant, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return List.of();
        }
        return list("tenantId = ?1 and externalId in ?2", tenant, externalIds);
    }

    /** The ids of the participants among {@code externalIds}, in one query, without loading the entities. */
    public List<ParticipantRef> findRefs(String tenant, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select new io.pmi.interview.repository.ParticipantRef(p.id, "
                        + "p.externalId, p.erasedAt) from Participant p where p.tenantId = :tenant "
                        + "and p.externalId in :ids", ParticipantRef.class)
                .setParameter("tenant", tenant).setParameter("ids", externalIds).getResultList();
    }

    /** A page of the participants that are not erased, filtered by whichever of the filters are set. */
    public Slice<Participant> page(String tenant, String department, String managerExternalId,
                                   EmploymentStatus employmentStatus, int page, int size) {
        StringBuilder where = new StringBuilder("tenantId = :tenant and erasedAt is null");
        Parameters parameters = Parameters.with("tenant", tenant);
        if (department != null) {
            where.append(" and department = :department");
            parameters.and("department", department);
        }
        if (managerExternalId != null) {
            where.append(" and managerExternalId = :manager");
            parameters.and("manager", managerExternalId);
        }
        if (employmentStatus != null) {
            where.append(" and employmentStatus = :status");
            parameters.and("status", employmentStatus);
        }
        PanacheQuery<Participant> query = find(where.toString(), ORDER, parameters);
        return new Slice<>(query.page(page, size).list(), query.count());
    }
}
