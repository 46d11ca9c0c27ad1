package io.pmi.interview.repository;

import io.pmi.interview.domain.InterviewStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** Performance records of one tenant; like participants, every query names the tenant. */
@ApplicationScoped
public class PerformanceRecordRepository implements PanacheRepositoryBase<PerformanceRecord, String> {

    /**
     * The history's order: by the period's first day, the longer of two periods starting on the same day first
     * (the year before its first quarter), then by indicator, with the id as tie-breaker.
     */
    public static final Sort ORDER = Sort.by("periodStart").and("periodEnd", Sort.Direction.Descending)
            .and("indicator").and("id");

    /**
     * The records a batch may change, in one query: those of its participants in its periods (a superset of the
     * batch's keys, which the caller matches by indicator).
     */
    public List<PerformanceRecord> findCandidates(String tenant, Collection<String> participantIds,
                                                  Collection<String> periods) {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        return list("tenantId = ?1 and participantId in ?2 and period in ?3", tenant, participantIds, periods);
    }

    /** A page of a participant's records whose period lies wholly within [from, to]; either bound may be null. */
    public Slice<PerformanceRecord> page(String tenant, String participantId, LocalDate from, LocalDate to, int page,
                                         int size) {
        StringBuilder where = new StringBuilder("tenantId = :tenant and participantId = :participant");
        Parameters parameters = Parameters.with("tenant", tenant).and("participant", participantId);
        if (from != null) {
            where.append(" and periodStart >= :from");
            parameters.and("from", from);
        }
        if (to != null) {
            where.append(" and periodEnd <= :to");
            parameters.and("to", to);
        }
        PanacheQuery<PerformanceRecord> query = find(where.toString(), ORDER, parameters);
        return new Slice<>(query.page(page, size).list(), query.count());
    }

    /**
     * The records of a participant's latest periods, newest first (of two periods starting on the same day the
     * longer first), at most {@code limit}: from the range index, read backwards.
     */
    public List<PerformanceRecord> latest(String tenant, String participantId, int limit) {
        return find("tenantId = ?1 and participantId = ?2", Sort.by("periodStart", Sort.Direction.Descending)
                .and("periodEnd", Sort.Direction.Descending).and("indicator").and("id"), tenant, participantId)
                .page(0, limit).list();
    }

    /** A record with its participant's external id, which the record does not carry. */
    public record OfParticipant(String externalId, PerformanceRecord record) {
    }

    /**
     * One keyset page of the records of a campaign's subjects (the subjects of its interviews that are not
     * cancelled), by subject external id and then record id, after the given key when it is not null. The
     * subjects come from the interview index on (tenant, campaign, subject); each subject's records from the
     * participant index, which InnoDB keeps in id order.
     */
    public List<OfParticipant> ofCampaignSubjects(String tenant, String campaignId, String afterExternalId,
                                                  String afterId, int size) {
        String after = afterExternalId == null ? ""
                : " and (p.externalId > :afterExternalId or (p.externalId = :afterExternalId and r.id > :afterId))";
        var query = getEntityManager().createQuery("select new io.pmi.interview.repository"
                        + ".PerformanceRecordRepository$OfParticipant(p.externalId, r) from PerformanceRecord r, "
                        + "Participant p where p.id = r.participantId and r.tenantId = :tenant and p.tenantId = :tenant "
                        + "and p.externalId in (select i.subjectExternalId from Interview i where i.tenantId = :tenant "
                        + "and i.campaignId = :campaign and i.status <> :cancelled)" + after
                        + " order by p.externalId, r.id", OfParticipant.class)
                .setParameter("tenant", tenant).setParameter("campaign", campaignId)
                .setParameter("cancelled", InterviewStatus.CANCELLED).setMaxResults(size);
        if (afterExternalId != null) {
            query.setParameter("afterExternalId", afterExternalId).setParameter("afterId", afterId);
        }
        return query.getResultList();
    }

    /** Removes every record of a participant, in one statement. */
    public long deleteByParticipant(String tenant, String participantId) {
        return delete("tenantId = ?1 and participantId = ?2", tenant, participantId);
    }
}
