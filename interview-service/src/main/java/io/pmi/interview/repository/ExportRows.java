package io.pmi.interview.repository;

import io.pmi.interview.domain.AnswerData;
import io.pmi.interview.domain.Emotion;
import io.pmi.interview.domain.QuestionType;
import io.pmi.interview.domain.SourceRole;
import io.pmi.interview.domain.Stance;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a campaign export reads of each table, as plain values: the repositories select them with HQL constructor
 * projections, so an export page builds no managed entity (nothing for the flush to dirty-check) and reads only
 * the columns it writes out. The tenant filter applies to these queries as to any other.
 */
public final class ExportRows {

    private ExportRows() {
    }

    /** An exported interview: what its item and the cursor need. */
    public record Item(String id, long version, String subjectExternalId, SourceRole sourceRole,
                            Instant completedAt) {
    }

    /** A question of an exported interview; {@code text} and {@code probes} are null when read without wording. */
    public record Question(String interviewId, String key, String dimension, String topic, String measure,
                           QuestionType type, Map<String, String> text, List<String> options, Integer scaleMin,
                           Integer scaleMax, List<Map<String, String>> probes, boolean required, boolean askedOnSpot,
                           List<String> lintFindings) {

        /** Without wording and probes: what an analysis of the answers reads. */
        public Question(String interviewId, String key, String dimension, String topic, String measure,
                        QuestionType type, List<String> options, Integer scaleMin, Integer scaleMax, boolean required,
                        boolean askedOnSpot, List<String> lintFindings) {
            this(interviewId, key, dimension, topic, measure, type, null, options, scaleMin, scaleMax, null, required,
                    askedOnSpot, lintFindings);
        }
    }

    /**
     * An answer of an exported interview; {@code followUps}, {@code createdAt}, {@code updatedAt} and
     * {@code version} are null when read minimally.
     */
    public record Answer(String id, String interviewId, String questionKey, String text, Integer scaleValue,
                         List<String> choices, String comment, List<AnswerData.FollowUp> followUps, boolean vague,
                         Stance stance, List<String> tags, Instant redactedAt, Instant createdAt, Instant updatedAt,
                         Long version) {

        /**
         * Without follow-ups, timestamps and version: what a campaign summary reads (decoding the timestamps was a
         * good part of a page's cost).
         */
        public Answer(String id, String interviewId, String questionKey, String text, Integer scaleValue,
                      List<String> choices, String comment, boolean vague, Stance stance, List<String> tags,
                      Instant redactedAt) {
            this(id, interviewId, questionKey, text, scaleValue, choices, comment, null, vague, stance, tags,
                    redactedAt, null, null, null);
        }
    }

    public record Note(String id, String interviewId, String questionKey, Emotion emotion, int intensity,
                              boolean acknowledged, String note, Instant createdAt) {
    }
}
