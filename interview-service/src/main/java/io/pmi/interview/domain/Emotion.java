package io.pmi.interview.domain;

/** An emotion the interviewer noticed (the seed's 忽视员工情绪 pitfall is not noticing them). May grow. */
public enum Emotion {
    CALM,
    ANXIOUS,
    FRUSTRATED,
    ANGRY,
    EXCITED,
    SAD,
    OTHER
}
