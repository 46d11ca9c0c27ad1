package io.pmi.questionbank.domain.lint;

/**
 * One finding on a text.
 *
 * @param start      offset of the span in UTF-16 code units
 * @param end        exclusive end of the span
 * @param suggestion a neutral open rewrite, or null when none can be derived
 */
public record LintFinding(LintCode code, Severity severity, String message, int start, int end, String suggestion) {

    boolean overlaps(LintFinding other) {
        return start < other.end && other.start < end;
    }
}
