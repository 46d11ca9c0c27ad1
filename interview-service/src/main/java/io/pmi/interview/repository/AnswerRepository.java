package io.pmi.interview.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.AvailableHints;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AnswerRepository implements PanacheRepositoryBase<Answer, String> {

    /** The answer to one question of an interview, managed, in the tenant given: the lookup of every answer recorded. */
    public Optional<Answer> find(String tenantId, String interviewId, String questionKey) {
        return NativeLookup.one(getEntityManager(), Answer.class, "select * from answer where interview_id = ?1"
                + " and question_key = ?2 and tenant_id = ?3", interviewId, questionKey, tenantId);
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

    /**
     * The answers of an export page's interviews in one query, as rows; without {@code full} their follow-ups,
     * timestamps and version are not even read (a campaign summary needs none of them).
     */
    public List<ExportRows.Answer> exportRows(Collection<String> interviewIds, boolean full) {
        if (interviewIds.isEmpty()) {
            return List.of();
        }
        String columns = full ? "a.comment, a.followUps, a.vague, a.stance, a.tags, a.redactedAt, a.createdAt, "
                + "a.updatedAt, a.version" : "a.comment, a.vague, a.stance, a.tags, a.redactedAt";
        return getEntityManager().createQuery("select a.id, a.interviewId, a.questionKey, a.text, a.scaleValue, "
                        + "a.choices, " + columns + " from Answer a "
                        + "where a.interviewId in :ids order by a.interviewId, a.createdAt, a.id",
                ExportRows.Answer.class).setParameter("ids", interviewIds).getResultList();
    }
}
