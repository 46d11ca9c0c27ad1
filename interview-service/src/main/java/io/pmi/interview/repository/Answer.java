package io.pmi.interview.repository;

import io.pmi.interview.domain.AnswerData;
import io.pmi.interview.domain.Stance;
import io.pmi.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;

/** The answer to one question of an interview; its version is its own ETag. */
@Entity
@Table(name = "answer")
public class Answer extends TenantOwned {

    @Id
    public String id;

    @Column(name = "interview_id", nullable = false, updatable = false)
    public String interviewId;

    @Column(name = "question_key", nullable = false, updatable = false)
    public String questionKey;

    public String text;

    @Column(name = "scale_value")
    public Integer scaleValue;

    @Convert(converter = JsonColumns.Strings.class)
    public List<String> choices;

    public String comment;

    @Convert(converter = JsonColumns.FollowUps.class)
    @Column(name = "follow_ups")
    public List<AnswerData.FollowUp> followUps;

    @Column(nullable = false)
    public boolean vague;

    @Enumerated(EnumType.STRING)
    public Stance stance;

    @Convert(converter = JsonColumns.Strings.class)
    public List<String> tags;

    @Column(name = "redacted_at")
    public Instant redactedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public AnswerData toData() {
        return new AnswerData(text, scaleValue, choices, comment, followUps, vague, stance, tags);
    }

    public void apply(AnswerData data) {
        text = data.text();
        scaleValue = data.scaleValue();
        choices = data.choices() == null || data.choices().isEmpty() ? null : List.copyOf(data.choices());
        comment = data.comment();
        followUps = data.followUps() == null || data.followUps().isEmpty() ? null : List.copyOf(data.followUps());
        vague = data.vague();
        stance = data.stance();
        tags = data.tags() == null || data.tags().isEmpty() ? null : List.copyOf(data.tags());
    }

    /** Removes what the interviewee said in their own words; values and the interviewer's coding stay. */
    public void redact(Instant at) {
        text = null;
        comment = null;
        if (followUps != null) {
            followUps = followUps.stream().map(f -> new AnswerData.FollowUp(f.probe(), null)).toList();
        }
        redactedAt = at;
    }
}
