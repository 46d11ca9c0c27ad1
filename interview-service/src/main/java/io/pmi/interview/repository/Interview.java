package io.pmi.interview.repository;

import io.pmi.interview.domain.Checklist;
import io.pmi.interview.domain.InterviewStatus;
import io.pmi.interview.domain.SourceRole;
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
import java.util.Map;

/**
 * One interview of a campaign about a subject. Its {@code version} is its ETag: it changes with the status, the
 * schedule, the preparation and the consent, not with answers or emotion notes (those have their own rows).
 */
@Entity
@Table(name = "interview")
public class Interview extends TenantOwned {

    /** What {@link #liveSlot} holds while the interview is not cancelled. */
    public static final String LIVE = "";

    @Id
    public String id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    public String campaignId;

    @Column(name = "subject_external_id", nullable = false, updatable = false)
    public String subjectExternalId;

    @Column(name = "interviewee_external_id", nullable = false, updatable = false)
    public String intervieweeExternalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_role", nullable = false, updatable = false)
    public SourceRole sourceRole;

    @Column(name = "interviewer_id", nullable = false)
    public String interviewerId;

    @Column(name = "scheduled_at", nullable = false)
    public Instant scheduledAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterviewStatus status;

    @Column(name = "live_slot", nullable = false)
    public String liveSlot = LIVE;

    @Column(name = "guide_id", nullable = false, updatable = false)
    public String guideId;

    @Column(name = "guide_version", nullable = false, updatable = false)
    public int guideVersion;

    @Column(nullable = false, updatable = false)
    public String locale;

    @Convert(converter = JsonColumns.Texts.class)
    @Column(nullable = false, updatable = false)
    public Map<String, String> opening;

    @Column(name = "role_override_reason", updatable = false)
    public String roleOverrideReason;

    @Column(name = "background_reviewed", nullable = false)
    public boolean backgroundReviewed;

    @Column(name = "department_understood", nullable = false)
    public boolean departmentFunctionUnderstood;

    @Column(name = "past_reviewed", nullable = false)
    public boolean pastPerformanceReviewed;

    @Column(name = "preparation_notes")
    public String preparationNotes;

    /** The preparation's own ETag: null until it is first recorded. */
    @Column(name = "preparation_version")
    public Long preparationVersion;

    /** The checklist items missing when the interview started, comma-separated ('' when none); null before. */
    @Column(name = "start_checklist")
    public String startChecklist;

    @Column(name = "consent_locale")
    public String consentLocale;

    @Column(name = "consent_text_version")
    public String consentTextVersion;

    @Column(name = "consent_text_hash")
    public String consentTextHash;

    @Column(name = "consented_at")
    public Instant consentedAt;

    /** The consent's own ETag: null until consent is first recorded. */
    @Column(name = "consent_version")
    public Long consentVersion;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Column(name = "excluded_at")
    public Instant excludedAt;

    @Column(name = "exclusion_reason")
    public String exclusionReason;

    @Column(name = "prepared_at")
    public Instant preparedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "completion_override")
    public String completionOverride;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    public Checklist checklist() {
        return new Checklist(backgroundReviewed, departmentFunctionUnderstood, pastPerformanceReviewed);
    }

    /** The checklist as it was when the interview started, or null before the start. */
    public Checklist checklistAtStart() {
        if (startChecklist == null) {
            return null;
        }
        return new Checklist(!startChecklist.contains("backgroundReviewed"),
                !startChecklist.contains("departmentFunctionUnderstood"),
                !startChecklist.contains("pastPerformanceReviewed"));
    }

    public boolean consented() {
        return consentedAt != null && withdrawnAt == null;
    }
}
