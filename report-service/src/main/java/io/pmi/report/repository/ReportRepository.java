package io.pmi.report.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/** Reports of the caller's tenant (the tenant filter applies to every query here). */
@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<Report, String> {

    /** Newest first, the id as tie-breaker. */
    public static final Sort ORDER = Sort.by("createdAt", Sort.Direction.Descending).and("id");

    /** One page and the count over all pages. */
    public record Slice(List<Report> items, long total) {
    }

    /**
     * A page of reports, each filter applied when it is not null; with {@code reader}, only the reports that
     * manager may read (the subject was below them when the report was generated).
     */
    public Slice page(String campaignId, String subjectExternalId, String reader, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (campaignId != null) {
            where.append(" and campaignId = :campaign");
            parameters.and("campaign", campaignId);
        }
        if (subjectExternalId != null) {
            where.append(" and subjectExternalId = :subject");
            parameters.and("subject", subjectExternalId);
        }
        if (reader != null) {
            where.append(" and :reader member of readers");
            parameters.and("reader", reader);
        }
        PanacheQuery<Report> query = find(where.toString(), ORDER, parameters);
        return new Slice(query.page(page, size).list(), query.count());
    }

    /** The next version for a subject in a campaign: 1 for the first report. */
    public int nextVersion(String campaignId, String subjectExternalId) {
        Integer last = getEntityManager().createQuery("select max(r.reportVersion) from Report r where "
                        + "r.campaignId = :campaign and r.subjectExternalId = :subject", Integer.class)
                .setParameter("campaign", campaignId).setParameter("subject", subjectExternalId).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    /** The reports that used any of these interviews, in one query. */
    public List<Report> usingAny(Collection<String> interviewIds) {
        if (interviewIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select distinct r from Report r join r.interviewIds i "
                + "where i in :ids", Report.class).setParameter("ids", interviewIds).getResultList();
    }
}
