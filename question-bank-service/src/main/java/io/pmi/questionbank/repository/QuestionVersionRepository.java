package io.pmi.questionbank.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class QuestionVersionRepository implements PanacheRepositoryBase<QuestionVersion, String> {

    public Optional<QuestionVersion> findVersion(String questionId, int number) {
        return find("questionId = ?1 and number = ?2", questionId, number).firstResultOptional();
    }

    /** The current versions of these questions, in one query. */
    public List<QuestionVersion> current(Collection<Question> questions) {
        if (questions.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select v from QuestionVersion v, Question q"
                + " where v.questionId = q.id and v.number = q.contentVersion and q in :questions", QuestionVersion.class)
                .setParameter("questions", questions).getResultList();
    }

    /** Every content version of these questions, by question and number. */
    public List<QuestionVersion> ofQuestions(Collection<String> questionIds) {
        return questionIds.isEmpty() ? List.of() : list("questionId in ?1 order by questionId, number", questionIds);
    }
}
