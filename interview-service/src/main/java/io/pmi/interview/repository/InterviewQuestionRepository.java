package io.pmi.interview.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.AvailableHints;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class InterviewQuestionRepository implements PanacheRepositoryBase<InterviewQuestion, InterviewQuestion.Key> {

    public List<InterviewQuestion> ofInterview(String interviewId) {
        return list("interviewId", Sort.by("position"), interviewId);
    }

    /** The questions of many interviews in one query, by interview and position, read-only (exports, reviews). */
    public List<InterviewQuestion> ofInterviews(Collection<String> interviewIds) {
        return interviewIds.isEmpty() ? List.of()
                : find("interviewId in ?1", Sort.by("interviewId").and("position"), interviewIds)
                .withHint(AvailableHints.HINT_READ_ONLY, true).list();
    }
}
