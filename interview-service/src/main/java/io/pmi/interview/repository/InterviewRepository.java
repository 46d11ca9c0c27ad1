package io.pmi.interview.repository;

import io.pmi.interview.domain.ExportOrder;
import io.pmi.interview.domain.InterviewStatus;
import io.pmi.interview.domain.SourceRole;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import org.hibernate.jpa.AvailableHints;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Interviews through Hibernate: every query is limited to the caller's tenant by the tenant filter. */
@ApplicationScoped
public class InterviewRepository implements PanacheRepositoryBase<Interview, String> {

    /** The list's order: by schedule, the id as tie-breaker. */
    public static final Sort ORDER = Sort.by("scheduledAt").and("id");

    /** The filters of the list; null means any. {@code interviewerId} is forced for an interviewer. */
    public record Filter(String campaignId, String subjectExternalId, String intervieweeExternalId,
                         String interviewerId, InterviewStatus status, Instant from, Instant to) {
    }

    public Slice<Interview> page(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        condition(where, parameters, "campaignId", filter.campaignId());
        condition(where, parameters, "subjectExternalId", filter.subjectExternalId());
        condition(where, parameters, "intervieweeExternalId", filter.intervieweeExternalId());
        condition(where, parameters, "interviewerId", filter.interviewerId());
        condition(where, parameters, "status", filter.status());
        if (filter.from() != null) {
            where.append(" and scheduledAt >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and scheduledAt < :to");
            parameters.and("to", filter.to());
        }
        PanacheQuery<Interview> query = find(where.toString(), ORDER, parameters);
        return new Slice<>(query.page(page, size).list(), query.count());
    }

    private static void condition(StringBuilder where, Parameters parameters, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            parameters.and(field, value);
        }
    }

    /**
     * An interview by id among the given tenants' rows, managed: the lookup of every request about an interview
     * ({@link NativeLookup}).
     */
    public Optional<Interview> find(String id, List<String> tenants) {
        return NativeLookup.one(getEntityManager(), Interview.class, "select * from interview where id = ?1"
                + " and tenant_id in (?2)", id, tenants);
    }

    /** The live (not cancelled) interview of this campaign, subject, interviewee and role, if any. */
    public Optional<Interview> findLive(String campaignId, String subject, String interviewee, SourceRole role) {
        return find("campaignId = ?1 and subjectExternalId = ?2 and intervieweeExternalId = ?3 "
                        + "and sourceRole = ?4 and liveSlot = ?5", campaignId, subject, interviewee,
                role, Interview.LIVE).firstResultOptional();
    }

    /**
     * One page of a campaign's exportable interviews (completed, consented, not excluded) after the cursor, in
     * completion order (new completions come after the ones already read, so the cursor stays stable) or by subject
     * then completion. {@code afterSubject} is the cursor's subject in the subject order, null otherwise. Read as
     * rows, not entities: nothing of an export page is managed.
     */
    public List<ExportRows.Item> exportPage(String campaignId, String subjectExternalId, ExportOrder order,
                                            String afterSubject, Instant afterCompletedAt, String afterId, int size) {
        Parameters parameters = new Parameters();
        String where = completedAfter(campaignId, subjectExternalId, true, order, afterSubject, afterCompletedAt,
                afterId, parameters);
        String sort = order == ExportOrder.SUBJECT ? "subjectExternalId, completedAt, id" : "completedAt, id";
        TypedQuery<ExportRows.Item> query = getEntityManager().createQuery("select i.id, i.version, "
                + "i.subjectExternalId, i.sourceRole, i.completedAt from Interview i where " + where + " order by "
                + sort, ExportRows.Item.class);
        parameters.map().forEach(query::setParameter);
        return query.setMaxResults(size).getResultList();
    }

    /** The number of a campaign's exportable interviews, of one subject when {@code subjectExternalId} is set. */
    public long exportable(String campaignId, String subjectExternalId) {
        Parameters parameters = new Parameters();
        return count(completedWhere(campaignId, subjectExternalId, true, parameters).toString(), parameters);
    }

    /** Like {@link #exportPage}, all of the campaign's completed interviews, withdrawn and erased ones included. */
    public List<Interview> completedPage(String campaignId, Instant afterCompletedAt, String afterId, int size) {
        Parameters parameters = new Parameters();
        String where = completedAfter(campaignId, null, false, ExportOrder.COMPLETION, null, afterCompletedAt,
                afterId, parameters);
        // Read-only: these pages feed reviews, so the flush at commit need not dirty-check them.
        return find(where, Sort.by("completedAt").and("id"), parameters)
                .withHint(AvailableHints.HINT_READ_ONLY, true).page(0, size).list();
    }

    private static String completedAfter(String campaignId, String subjectExternalId, boolean exportableOnly,
                                          ExportOrder order, String afterSubject, Instant afterCompletedAt,
                                          String afterId, Parameters parameters) {
        StringBuilder where = completedWhere(campaignId, subjectExternalId, exportableOnly, parameters);
        if (afterCompletedAt != null) {
            String afterCompletion = "(completedAt > :after or (completedAt = :after and id > :afterId))";
            if (order == ExportOrder.SUBJECT) {
                where.append(" and (subjectExternalId > :afterSubject or (subjectExternalId = :afterSubject and ")
                        .append(afterCompletion).append("))");
                parameters.and("afterSubject", afterSubject);
            } else {
                where.append(" and ").append(afterCompletion);
            }
            parameters.and("after", afterCompletedAt).and("afterId", afterId);
        }
        return where.toString();
    }

    private static StringBuilder completedWhere(String campaignId, String subjectExternalId, boolean exportableOnly,
                                                Parameters parameters) {
        StringBuilder where = new StringBuilder("campaignId = :campaign and status = :status");
        parameters.and("campaign", campaignId).and("status", InterviewStatus.COMPLETED);
        if (exportableOnly) {
            where.append(" and excludedAt is null and consentedAt is not null");
        }
        if (subjectExternalId != null) {
            where.append(" and subjectExternalId = :subject");
            parameters.and("subject", subjectExternalId);
        }
        return where;
    }

    /** One page of the interviews that left the exports at or after {@code since}, in that order. */
    public Slice<Interview> excludedSince(Instant since, int page, int size) {
        PanacheQuery<Interview> query = find("excludedAt >= ?1", Sort.by("excludedAt").and("id"), since);
        return new Slice<>(query.page(page, size).list(), query.count());
    }

    /** The interviews an interviewee gave, for erasure. */
    public List<Interview> ofInterviewee(String externalId) {
        return list("intervieweeExternalId", externalId);
    }
}
