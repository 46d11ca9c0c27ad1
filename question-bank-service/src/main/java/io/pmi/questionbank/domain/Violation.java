package io.pmi.questionbank.domain;

/**
 * One broken rule in a piece of content, at {@code path} (a JSON path relative to the content), with a stable
 * {@code code}. The service turns violations into field errors of a problem.
 */
public record Violation(String path, String code, String message) {
}
