package io.pmi.interview.domain;

/** The interviewee's relation to the subject (信息来源). New roles may be added. */
public enum SourceRole {
    SELF,
    SUPERVISOR,
    PEER,
    SUBORDINATE
}
