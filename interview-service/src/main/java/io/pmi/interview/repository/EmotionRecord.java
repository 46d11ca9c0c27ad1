package io.pmi.interview.repository;

import io.pmi.interview.domain.Emotion;
import io.pmi.interview.domain.EmotionNote;
import io.pmi.platform.tenancy.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An emotion noted during an interview. */
@Entity
@Table(name = "emotion_note")
public class EmotionRecord extends TenantOwned {

    @Id
    public String id;

    @Column(name = "interview_id", nullable = false, updatable = false)
    public String interviewId;

    @Column(name = "question_key", updatable = false)
    public String questionKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Emotion emotion;

    @Column(nullable = false)
    public int intensity;

    @Column(nullable = false)
    public boolean acknowledged;

    public String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public EmotionNote toNote() {
        return new EmotionNote(id, questionKey, emotion, intensity, acknowledged);
    }
}
