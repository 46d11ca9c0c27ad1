package io.pmi.questionbank.domain.lint;

/**
 * Why a finding was given: the device the linter found in the question. Each has a sentence per language in
 * {@code lint/messages.json} that quotes the finding's span.
 */
public enum LintReason {
    /** A tag that asks for agreement: 「…,对吧?」, "…, right?". */
    TAG_QUESTION,
    /** The asker's view put in the interviewee's mouth: 「你是不是也觉得…」, "Don't you think…". */
    SUGGESTED_VIEW,
    /** What colleagues, other managers or a survey reportedly said, before the interviewee's own view is asked. */
    SOCIAL_PROOF,
    /** An authority's conclusion offered for agreement. */
    AUTHORITY,
    /** "X, or Y?" where both options are negative judgments: any answer concedes the premise. */
    LOADED_ALTERNATIVES,
    /** A judgment taken as given (unfairness, chaos, someone's fault), then a question about living with it. */
    PREMISE,
    /** A feeling or an experience the interviewee never mentioned: the worst part, the moment of realising. */
    PRESUPPOSITION,
    /** 从不/总是, never/always: a habit presupposed and asked to be explained. */
    ABSOLUTE,
    /** A rhetorical question: the answer is in it (难道…, "Who wouldn't…"). */
    RHETORICAL,
    /** The asker's guess offered for confirmation (「你肯定…」, "I assume…"). */
    ASSUMPTION,
    /** Answerable with yes or no. */
    YES_NO,
    /** A yes/no question without a verb or a subject ("Stressed?"). */
    ELLIPTICAL,
    /** A choice between fixed options ("Remote or office?"). */
    CLOSED_CHOICE,
    /** Two things joined in one question. */
    CONJUNCTION,
    /** Two questions, each asking its own thing. */
    TWO_QUESTIONS,
    /** An absolute or a judgement word. */
    JUDGEMENT_WORD,
    /** More words than can be taken in at once. */
    LENGTH,
    /** No rule names the device, but the wording is close to the questions of this kind in the labelled sets. */
    MODEL
}
