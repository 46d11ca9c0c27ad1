package io.pmi.interview.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.AvailableHints;
import org.hibernate.query.NativeQuery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AnswerRepository implements PanacheRepositoryBase<Answer, String> {

    /**
     * The answer to one question of an interview, managed, in the tenant given: the lookup of every answer recorded.
     * Native SQL, because Hibernate translates an HQL query anew on every call while the tenant filter is enabled (no
     * plan is cached then), which cost a third of this lookup; native SQL bypasses the filter, so the tenant
     * condition is written out. Synchronised on answers only, so that only pending answer changes are flushed first.
     */
    public Optional<Answer> find(String tenantId, String interviewId, String questionKey) {
        List<Answer> found = getEntityManager().createNativeQuery("select * from answer where interview_id = ?1"
                        + " and question_key = ?2 and tenant_id = ?3", Answer.class)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(Answer.class)
                .setParameter(1, interviewId)
                .setParameter(2, questionKey)
                .setParameter(3, tenantId)
                .getResultList();
        return found.stream().findFirst();
    }

    public List<Answer> ofInterview(String interviewId) {
        return list("interviewId", Sort.by("createdAt").and("id"), interviewId);
    }

    /** The answers of many interviews in one query, read-only (for reviews: no dirty check at flush). */
    public List<Answer> ofInterviews(Collection<String> interviewIds) {
        return interviewIds.isEmpty() ? List.of()
                : find("interviewId in ?1", Sort.by("interviewId").and("createdAt").and("id"), interviewIds)
                .withHint(AvailableHints.HINT_READ_ONLY, true).list();
    }

    /** The answers of an export page's interviews in one query, as rows. */
    public List<ExportRows.Answer> exportRows(Collection<String> interviewIds) {
        return interviewIds.isEmpty() ? List.of() : getEntityManager().createQuery("select a.id, a.interviewId, "
                        + "a.questionKey, a.text, a.scaleValue, a.choices, a.comment, a.followUps, a.vague, a.stance, "
                        + "a.tags, a.redactedAt, a.createdAt, a.updatedAt, a.version from Answer a "
                        + "where a.interviewId in :ids order by a.interviewId, a.createdAt, a.id",
                ExportRows.Answer.class).setParameter("ids", interviewIds).getResultList();
    }
}
