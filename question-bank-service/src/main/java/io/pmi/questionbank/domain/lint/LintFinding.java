package io.pmi.questionbank.domain.lint;

/**
 * One finding on a text.
 *
 * @param start      offset of the span in UTF-16 code units
 * @param end        exclusive end of the span
 * @param suggestion a neutral open rewrite, or null when none can be derived
 * @param reason     the device found; the message says it, quoting the span
 */
public record LintFinding(LintCode code, Severity severity, String message, int start, int end, String suggestion,
                          LintReason reason) {

    boolean overlaps(LintFinding other) {
        return start < other.end && other.start < end;
    }
}
