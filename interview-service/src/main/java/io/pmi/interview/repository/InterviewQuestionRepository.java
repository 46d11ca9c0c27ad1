package io.pmi.interview.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.AvailableHints;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class InterviewQuestionRepository implements PanacheRepositoryBase<InterviewQuestion, InterviewQuestion.Key> {

    /** One question of an interview in the tenant given, managed ({@link NativeLookup}). */
    public Optional<InterviewQuestion> find(String tenantId, String interviewId, String key) {
        return NativeLookup.one(getEntityManager(), InterviewQuestion.class, "select * from interview_question"
                + " where interview_id = ?1 and question_key = ?2 and tenant_id = ?3", interviewId, key, tenantId);
    }

    public List<InterviewQuestion> ofInterview(String interviewId) {
        return list("interviewId", Sort.by("position"), interviewId);
    }

    /** The questions of many interviews in one query, by interview and position, read-only (for reviews). */
    public List<InterviewQuestion> ofInterviews(Collection<String> interviewIds) {
        return interviewIds.isEmpty() ? List.of()
                : find("interviewId in ?1", Sort.by("interviewId").and("position"), interviewIds)
                .withHint(AvailableHints.HINT_READ_ONLY, true).list();
    }

    /**
     * The questions of an export page's interviews in one query, by interview and position, as rows; without
     * {@code wording} the text and probes are not even read (an analysis needs neither).
     */
    public List<ExportRows.Question> exportRows(Collection<String> interviewIds, boolean wording) {
        if (interviewIds.isEmpty()) {
            return List.of();
        }
        String columns = wording ? "q.text, q.options, q.scaleMin, q.scaleMax, q.probes" : "q.options, q.scaleMin, "
                + "q.scaleMax";
        return getEntityManager().createQuery("select q.interviewId, q.key, q.dimension, q.topic, q.measure, q.type, "
                        + columns + ", q.required, q.askedOnSpot, q.lintFindings from InterviewQuestion q "
                        + "where q.interviewId in :ids order by q.interviewId, q.position", ExportRows.Question.class)
                .setParameter("ids", interviewIds).getResultList();
    }
}
