package io.pmi.questionbank.domain;

/** The interviewee's relation to the subject whose performance management is discussed. */
public enum SourceRole {
    SELF,
    SUPERVISOR,
    PEER,
    SUBORDINATE
}
