package io.pmi.interview.domain;

/**
 * A guide as the question bank describes it: its role as the bank spells it (a role this service does not know yet
 * stays a string) and the number of its latest published version, null before the first.
 */
public record KnownGuide(String role, Integer publishedVersion) {
}
