package io.pmi.questionbank.rest;

import io.pmi.platform.problem.BodyCheck;
import io.pmi.platform.problem.FieldError;
import io.pmi.questionbank.rest.api.QuestionRequest;
import io.pmi.questionbank.service.QuestionService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Set;

/** A question body with other mistakes also names an unknown dimension or topic, in the same 400. */
@ApplicationScoped
public class QuestionRequestCheck implements BodyCheck<QuestionRequest> {

    private final QuestionService questions;

    public QuestionRequestCheck(QuestionService questions) {
        this.questions = questions;
    }

    @Override
    public Class<QuestionRequest> bodyType() {
        return QuestionRequest.class;
    }

    @Override
    public List<FieldError> check(QuestionRequest body, Set<String> invalid) {
        return questions.taxonomyErrors(invalid.contains("dimension") ? null : body.dimension(),
                invalid.contains("topic") ? null : body.topic());
    }
}
