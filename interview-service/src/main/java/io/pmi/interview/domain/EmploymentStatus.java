package io.pmi.interview.domain;

/** A participant's employment status as the HRIS reports it; more values may be added. */
public enum EmploymentStatus {
    ACTIVE,
    ON_LEAVE,
    TERMINATED
}
