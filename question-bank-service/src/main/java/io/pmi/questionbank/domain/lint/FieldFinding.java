package io.pmi.questionbank.domain.lint;

/**
 * A lint finding on one text of a question: {@code field} is the text's JSON path in the question
 * ({@code variants[1].text.en}), the span is in that text.
 */
public record FieldFinding(String field, LintCode code, Severity severity, String message, int start, int end,
                           String suggestion, LintReason reason) {

    public static FieldFinding of(String field, LintFinding finding) {
        return new FieldFinding(field, finding.code(), finding.severity(), finding.message(), finding.start(),
                finding.end(), finding.suggestion(), finding.reason());
    }

    /** The same finding under a longer path, e.g. inside a guide's section. */
    public FieldFinding under(String prefix) {
        return new FieldFinding(prefix + field, code, severity, message, start, end, suggestion, reason);
    }
}
