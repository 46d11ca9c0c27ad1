package io.pmi.interview.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.AvailableHints;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class EmotionRecordRepository implements PanacheRepositoryBase<EmotionRecord, String> {

    public List<EmotionRecord> ofInterview(String interviewId) {
        return list("interviewId", Sort.by("createdAt").and("id"), interviewId);
    }

    /** The notes of many interviews in one query, read-only (for reviews: no dirty check at flush). */
    public List<EmotionRecord> ofInterviews(Collection<String> interviewIds) {
        return interviewIds.isEmpty() ? List.of()
                : find("interviewId in ?1", Sort.by("interviewId").and("createdAt").and("id"), interviewIds)
                .withHint(AvailableHints.HINT_READ_ONLY, true).list();
    }

    /** The notes of an export page's interviews in one query, as rows. */
    public List<ExportRows.Note> exportRows(Collection<String> interviewIds) {
        return interviewIds.isEmpty() ? List.of() : getEntityManager().createQuery("select e.id, e.interviewId, "
                        + "e.questionKey, e.emotion, e.intensity, e.acknowledged, e.note, e.createdAt "
                        + "from EmotionRecord e where e.interviewId in :ids order by e.interviewId, e.createdAt, e.id",
                ExportRows.Note.class).setParameter("ids", interviewIds).getResultList();
    }
}
