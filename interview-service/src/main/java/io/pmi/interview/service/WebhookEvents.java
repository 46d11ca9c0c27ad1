package io.pmi.interview.service;

/**
 * The events interview-service announces to webhook subscribers (pmi.webhooks.event-types lists the same). Each is
 * ordered by the subject it concerns: the interview's subject, or the erased participant.
 */
public final class WebhookEvents {

    /** An interview was completed: data interviewId, campaignId, subjectExternalId. */
    public static final String INTERVIEW_COMPLETED = "interview.completed";
    /**
     * Consent to an interview was withdrawn (its answers are redacted): data interviewId, campaignId,
     * subjectExternalId.
     */
    public static final String CONSENT_WITHDRAWN = "interview.consent_withdrawn";
    /** A participant was erased: data participantExternalId. */
    public static final String PARTICIPANT_ERASED = "participant.erased";

    private WebhookEvents() {
    }
}
