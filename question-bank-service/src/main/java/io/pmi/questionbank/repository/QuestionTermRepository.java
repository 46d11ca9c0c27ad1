package io.pmi.questionbank.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.List;

/**
 * The rows of the bigram index ({@code question_term}), written in bulk with native SQL. The tenant is written
 * explicitly (native statements bypass the Hibernate tenant filter); it is part of the key, so every lookup of the
 * list query is tenant-bound.
 */
@ApplicationScoped
public class QuestionTermRepository {

    private final EntityManager em;

    public QuestionTermRepository(EntityManager em) {
        this.em = em;
    }

    /** Replaces a question's bigram rows in one statement per chunk (deleting first). */
    public void replaceTerms(String tenantId, String questionId, Collection<String> terms) {
        em.createNativeQuery("delete from question_term where question_id = ?1")
                .setParameter(1, questionId).executeUpdate();
        List<String> all = List.copyOf(terms);
        int chunk = 500;
        for (int from = 0; from < all.size(); from += chunk) {
            List<String> part = all.subList(from, Math.min(all.size(), from + chunk));
            StringBuilder sql = new StringBuilder("insert into question_term (tenant_id, term, question_id) values ");
            for (int i = 0; i < part.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?)");
            }
            var insert = em.createNativeQuery(sql.toString());
            int p = 1;
            for (String term : part) {
                insert.setParameter(p++, tenantId).setParameter(p++, term).setParameter(p++, questionId);
            }
            insert.executeUpdate();
        }
    }
}
