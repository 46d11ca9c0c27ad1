package io.pmi.interview.domain;

/** What the HRIS says about one employee: every field a sync replaces. */
public record ParticipantData(String externalId, String name, String email, String department, String position,
                              String managerExternalId, EmploymentStatus employmentStatus) {
}
