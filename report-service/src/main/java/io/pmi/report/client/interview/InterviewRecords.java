package io.pmi.report.client.interview;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The parts of interview-service's answers that report-service reads. Enums are read as strings, so that a value
 * interview-service adds later does not break a call; unknown fields are ignored.
 */
public final class InterviewRecords {

    private InterviewRecords() {
    }

    /** One page of a campaign's export: completed, consented interviews only; total on the first page. */
    public record ExportPage(Campaign campaign, Subject subject, List<Item> items, String nextCursor, Long total) {
    }

    /** One page of the performance records of a campaign's subjects, by subject. */
    public record RecordPage(List<PerformanceRecord> items, String nextCursor) {
    }

    public record CampaignRef(String id, String name) {
    }

    public record Campaign(String id, String period, int anonymityThreshold, Double gapThreshold) {
    }

    public record Subject(String externalId, String department, ManagerChain managerChain,
                          List<PerformanceRecord> performanceRecords) {
    }

    public record ManagerChain(String externalId, List<Manager> managers, String end) {
    }

    public record Manager(String externalId) {
    }

    public record PerformanceRecord(String id, String participantExternalId, String period, LocalDate periodStart,
                                    String indicator, String kind, BigDecimal target, BigDecimal actual,
                                    String direction, BigDecimal attainment) {
    }

    public record Item(String id, long version, String subjectExternalId, String subjectDepartment,
                       String sourceRole, Instant completedAt,
                       List<Answer> answers, List<Question> questions, List<Emotion> emotions) {
    }

    public record Answer(String id, String questionKey, String text, Integer scaleValue, List<String> choices,
                         String comment, boolean vague, String stance, List<String> tags, boolean redacted) {
    }

    public record Question(String key, String dimension, String topic, String measure, String type,
                           Map<String, String> text, List<Option> options, Scale scale, boolean required,
                           boolean askedOnSpot) {
    }

    public record Option(String value) {
    }

    public record Scale(int min, int max) {
    }

    public record Emotion(String id, String questionKey, String emotion, int intensity, boolean acknowledged) {
    }

    /** One page of interviews that left the exports (consent withdrawn, interviewee erased). */
    public record WithdrawalPage(List<Withdrawal> items, long total, int page, int size) {
    }

    public record Withdrawal(String interviewId, String reason, Instant at) {
    }
}
