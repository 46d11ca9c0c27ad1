package io.pmi.interview.repository;

import io.pmi.interview.domain.QuestionType;
import io.pmi.interview.domain.SnapshotQuestion;
import io.pmi.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** A question of an interview: from its guide version, worded for the source role, or asked on the spot. */
@Entity
@Table(name = "interview_question")
@IdClass(InterviewQuestion.Key.class)
public class InterviewQuestion extends TenantOwned {

    public record Key(String interviewId, String key) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "interview_id")
    public String interviewId;

    @Id
    @Column(name = "question_key")
    public String key;

    @Column(nullable = false)
    public int position;

    @Column(name = "question_id")
    public String questionId;

    @Column(name = "question_version")
    public Integer questionVersion;

    @Column(nullable = false)
    public String dimension;

    public String topic;

    public String measure;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public QuestionType type;

    @Convert(converter = JsonColumns.Texts.class)
    @Column(nullable = false)
    public Map<String, String> text;

    @Convert(converter = JsonColumns.Strings.class)
    public List<String> options;

    @Column(name = "scale_min")
    public Integer scaleMin;

    @Column(name = "scale_max")
    public Integer scaleMax;

    @Convert(converter = JsonColumns.TextList.class)
    public List<Map<String, String>> probes;

    @Column(nullable = false)
    public boolean required;

    @Column(name = "asked_on_spot", nullable = false)
    public boolean askedOnSpot;

    /** For a question asked on the spot: the codes of its lint findings. */
    @Convert(converter = JsonColumns.Strings.class)
    @Column(name = "lint_findings")
    public List<String> lintFindings;

    public SnapshotQuestion toSnapshot() {
        return new SnapshotQuestion(key, dimension, topic, measure, type, text, options, scaleMin, scaleMax,
                probes == null ? List.of() : probes, required);
    }
}
