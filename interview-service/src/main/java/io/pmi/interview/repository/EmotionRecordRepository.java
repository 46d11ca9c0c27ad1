package io.pmi.interview.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class EmotionRecordRepository implements PanacheRepositoryBase<EmotionRecord, String> {

    public List<EmotionRecord> ofInterview(String interviewId) {
        return list("interviewId", Sort.by("createdAt").and("id"), interviewId);
    }

    /** The notes of many interviews in one query. */
    public List<EmotionRecord> ofInterviews(Collection<String> interviewIds) {
        return interviewIds.isEmpty() ? List.of()
                : list("interviewId in ?1", Sort.by("interviewId").and("createdAt").and("id"), interviewIds);
    }
}
