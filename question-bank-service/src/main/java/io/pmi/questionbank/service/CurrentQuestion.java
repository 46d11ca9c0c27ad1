package io.pmi.questionbank.service;

import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.domain.lint.FieldFinding;
import io.pmi.questionbank.repository.Question;

import java.util.List;

/** A question with the content of its current version and, after a write, the lint findings on it (else null). */
public record CurrentQuestion(Question question, QuestionContent content, List<FieldFinding> findings) {
}
