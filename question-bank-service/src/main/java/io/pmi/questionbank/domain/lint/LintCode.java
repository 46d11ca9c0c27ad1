package io.pmi.questionbank.domain.lint;

/** What is wrong with a question; ordered from the finding that explains a question best to the weakest. */
public enum LintCode {
    /** 引导性提问: pushes towards the answer the asker expects. */
    LEADING,
    /** 只能回答是/否: a yes/no question where an open answer is wanted. */
    CLOSED,
    /** 一问两事: two questions in one. */
    DOUBLE_BARRELED,
    /** Absolutes and judgement words that colour the question. */
    LOADED,
    /** Too long to ask in one breath. */
    TOO_LONG
}
