package io.pmi.interview.domain;

/** One broken rule at {@code path} (a JSON path relative to what was checked), with a stable code. */
public record Violation(String path, String code, String message) {
}
