package io.pmi.interview.domain;

/** How a question is answered, as the question bank defines it. New types may be added. */
public enum QuestionType {
    OPEN,
    SCALE,
    SINGLE_CHOICE,
    MULTI_CHOICE
}
