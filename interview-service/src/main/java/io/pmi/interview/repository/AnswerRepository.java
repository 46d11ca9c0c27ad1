package io.pmi.interview.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AnswerRepository implements PanacheRepositoryBase<Answer, String> {

    public Optional<Answer> find(String interviewId, String questionKey) {
        return find("interviewId = ?1 and questionKey = ?2", interviewId, questionKey).firstResultOptional();
    }

    public List<Answer> ofInterview(String interviewId) {
        return list("interviewId", Sort.by("createdAt").and("id"), interviewId);
    }

    /** The answers of many interviews in one query. */
    public List<Answer> ofInterviews(Collection<String> interviewIds) {
        return interviewIds.isEmpty() ? List.of()
                : list("interviewId in ?1", Sort.by("interviewId").and("createdAt").and("id"), interviewIds);
    }
}
