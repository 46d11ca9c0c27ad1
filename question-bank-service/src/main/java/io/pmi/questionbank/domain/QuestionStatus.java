package io.pmi.questionbank.domain;

/** A question's life: drafted, asked in interviews, withdrawn. Changes only through transition endpoints. */
public enum QuestionStatus {
    DRAFT,
    ACTIVE,
    RETIRED
}
