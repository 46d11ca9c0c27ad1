package io.pmi.questionbank.service;

import io.pmi.questionbank.domain.SearchText;
import io.pmi.questionbank.repository.Question;
import io.pmi.questionbank.repository.QuestionTermRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Keeps the bigram index of the question list's text search in step with each question's search text. */
@ApplicationScoped
public class QuestionSearchIndex {

    private final QuestionTermRepository terms;

    public QuestionSearchIndex(QuestionTermRepository terms) {
        this.terms = terms;
    }

    /** Replaces the question's index rows; the question must be flushed already (the rows reference it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void index(Question question) {
        terms.replaceTerms(question.tenantId, question.id, SearchText.bigrams(question.searchText));
    }
}
