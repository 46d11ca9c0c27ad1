package io.pmi.interview.client.questionbank;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The parts of the question bank's answers that interview-service reads. Enums are read as strings, so that a
 * value the bank adds later does not break a call; texts are maps by locale.
 */
public final class QuestionBankRecords {

    private QuestionBankRecords() {
    }

    /** A guide's working copy: only which version is published matters here. */
    public record Guide(String id, String key, String role, String status, Integer publishedVersion) {
    }

    public record GuideVersion(String id, String key, int version, String role, List<String> locales,
                               Map<String, String> opening, List<Section> sections, Map<String, String> closing,
                               Instant publishedAt) {
    }

    public record Section(String dimension, Map<String, String> dimensionName, boolean core,
                          List<PinnedQuestion> questions) {
    }

    public record PinnedQuestion(String questionId, int questionVersion, String key, String topic, String measure,
                                 String type, Map<String, String> text, List<Option> options, Scale scale,
                                 List<Map<String, String>> probes) {
    }

    public record Option(String value, Map<String, String> label) {
    }

    public record Scale(int min, int max) {
    }

    public record LintRequest(String text, String locale, String type) {
    }

    public record LintResult(String locale, List<Finding> findings) {
    }

    /** {@code reason} names the device the linter found (absent from question banks before its second generation). */
    public record Finding(String code, String severity, String message, int start, int end, String suggestion,
                          String reason) {
    }
}
