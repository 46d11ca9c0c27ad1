package io.pmi.questionbank.domain;

/** How a question is answered. SCALE and the choice types are closed by design. New types may be added. */
public enum QuestionType {
    OPEN,
    SCALE,
    SINGLE_CHOICE,
    MULTI_CHOICE
}
