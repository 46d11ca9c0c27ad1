package io.pmi.report.domain.analysis;

import io.pmi.report.domain.Direction;
import io.pmi.report.domain.IndicatorKind;
import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a verification report is computed from: one subject in one campaign, mirroring interview-service's campaign
 * export page. Null lists are read as empty and null enum values as their UNKNOWN (or, for a stance, as not coded),
 * so a mapping layer can pass wire values straight through the enums' {@code parse} methods.
 *
 * @param campaign   the campaign's settings
 * @param subject    the subject and their performance history
 * @param interviews the completed, consented interviews about the subject; each id once
 * @param names      display names of dimensions and topics; may be null or incomplete
 */
public record AnalysisInput(Campaign campaign, Subject subject, List<Interview> interviews, DisplayNames names) {

    public AnalysisInput {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(subject, "subject");
        interviews = listOf(interviews);
        names = names == null ? DisplayNames.NONE : names;
        Set<String> ids = new HashSet<>();
        for (Interview interview : interviews) {
            if (!ids.add(interview.id())) {
                throw new IllegalArgumentException("interview " + interview.id() + " appears twice");
            }
        }
    }

    /**
     * @param anonymityThreshold k: the fewest PEER or SUBORDINATE respondents shown as a group, at least 2
     * @param gapThreshold       how far apart two figures must be to count as a gap or contradiction; null for a
     *                           third of each scale's range
     * @param period             the campaign's period (e.g. {@code 2026-H1}); history after it is not consulted
     */
    public record Campaign(int anonymityThreshold, Double gapThreshold, String period) {

        public Campaign {
            if (anonymityThreshold < 2) {
                throw new IllegalArgumentException("anonymityThreshold must be at least 2");
            }
            if (gapThreshold != null && !(gapThreshold > 0 && Double.isFinite(gapThreshold))) {
                throw new IllegalArgumentException("gapThreshold must be a positive number");
            }
        }
    }

    /** The participant whose performance management is discussed; no name, only the HRIS key. */
    public record Subject(String externalId, String department, List<PerformanceRecord> performanceRecords) {

        public Subject {
            performanceRecords = listOf(performanceRecords);
        }
    }

    /**
     * One indicator in one period.
     *
     * @param attainment actual against target, oriented so that 1 is on target and more is better; null when it
     *                   cannot be computed
     */
    public record PerformanceRecord(String id, String period, LocalDate periodStart, String indicator,
                                    IndicatorKind kind, BigDecimal target, BigDecimal actual, Direction direction,
                                    BigDecimal attainment) {

        public PerformanceRecord {
            Objects.requireNonNull(id, "id");
            kind = kind == null ? IndicatorKind.UNKNOWN : kind;
            direction = direction == null ? Direction.UNKNOWN : direction;
        }
    }

    /** A completed interview: who spoke only as a source role, never by name. */
    public record Interview(String id, long version, SourceRole sourceRole, Instant completedAt,
                            List<Question> questions, List<Answer> answers, List<EmotionNote> emotions) {

        public Interview {
            Objects.requireNonNull(id, "id");
            sourceRole = sourceRole == null ? SourceRole.UNKNOWN : sourceRole;
            questions = listOf(questions);
            answers = listOf(answers);
            emotions = listOf(emotions);
            Set<String> keys = new HashSet<>();
            for (Question question : questions) {
                if (!keys.add(question.key())) {
                    throw new IllegalArgumentException("question " + question.key() + " appears twice in interview "
                            + id);
                }
            }
        }
    }

    /**
     * A question as the interview asked it.
     *
     * @param measure what it measures; null or blank for a question of its own (its key is then the measure)
     * @param options the option values of a choice question, in the order the question lists them
     * @param scale   the range of a SCALE question; null means 1 to 5
     */
    public record Question(String key, String dimension, String topic, String measure, QuestionType type,
                           List<String> options, Scale scale, boolean askedOnSpot) {

        public Question {
            Objects.requireNonNull(key, "key");
            type = type == null ? QuestionType.UNKNOWN : type;
            options = listOf(options);
        }

        /** The measure key, falling back to the question's key. */
        public String measureKey() {
            return measure == null || measure.isBlank() ? key : measure;
        }
    }

    /** The range of a scale question. */
    public record Scale(int min, int max) {

        public static final Scale DEFAULT = new Scale(1, 5);

        public Scale {
            if (max <= min) {
                throw new IllegalArgumentException("a scale's max must exceed its min");
            }
        }
    }

    /**
     * An answer. A redacted answer (consent withdrawn, erasure) contributes nothing to a report.
     *
     * @param stance the interviewer's coding; null when not coded
     */
    public record Answer(String id, String questionKey, String text, Integer scaleValue, List<String> choices,
                         String comment, Stance stance, List<String> tags, boolean vague, boolean redacted) {

        public Answer {
            Objects.requireNonNull(id, "id");
            choices = listOf(choices);
            tags = listOf(tags);
        }
    }

    /** An emotion the interviewer noted on a question; intensity from 1 to 5. */
    public record EmotionNote(String id, String questionKey, String emotion, int intensity, boolean acknowledged) {

        public EmotionNote {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Display names by code and then by locale ({@code zh-CN}, {@code en}); a missing name is shown as the code.
     */
    public record DisplayNames(Map<String, Map<String, String>> dimensions, Map<String, Map<String, String>> topics) {

        public static final DisplayNames NONE = new DisplayNames(Map.of(), Map.of());

        public DisplayNames {
            dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
            topics = topics == null ? Map.of() : Map.copyOf(topics);
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
