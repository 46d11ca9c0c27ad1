package io.pmi.interview.service;

import io.pmi.interview.domain.AnswerData;
import io.pmi.interview.domain.Checklist;
import io.pmi.interview.domain.Completeness;
import io.pmi.interview.domain.InterviewStatus;
import io.pmi.interview.domain.QualityReview;
import io.pmi.interview.domain.SnapshotQuestion;
import io.pmi.interview.repository.Answer;
import io.pmi.interview.repository.AnswerRepository;
import io.pmi.interview.repository.EmotionRecord;
import io.pmi.interview.repository.EmotionRecordRepository;
import io.pmi.interview.repository.Interview;
import io.pmi.interview.repository.InterviewQuestion;
import io.pmi.interview.repository.InterviewQuestionRepository;
import io.pmi.interview.repository.InterviewRepository;
import io.pmi.interview.repository.Slice;
import io.pmi.platform.http.ETags;
import io.pmi.platform.problem.FieldError;
import io.pmi.platform.metrics.BusinessMetrics;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.webhooks.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An interview's life after planning: reads, the status transitions, preparation, consent and its withdrawal,
 * and the two assessments of its record (completeness, the pitfall review). Every read and change is audited.
 */
@ApplicationScoped
public class InterviewService {

    /** The dimensions every interview should cover (DESIGN §3): goals, indicators, feedback, incentives. */
    public static final Set<String> CORE_DIMENSIONS = Set.of("GOALS", "INDICATORS", "FEEDBACK", "INCENTIVES");

    private final InterviewRepository interviews;
    private final InterviewQuestionRepository questions;
    private final AnswerRepository answers;
    private final EmotionRecordRepository emotions;
    private final InterviewAccess access;
    private final CampaignLookup campaigns;
    private final AuditLog audit;
    private final BusinessMetrics metrics;
    private final WebhookOutbox webhooks;

    public InterviewService(InterviewRepository interviews, InterviewQuestionRepository questions,
                            AnswerRepository answers, EmotionRecordRepository emotions, InterviewAccess access,
                            CampaignLookup campaigns, AuditLog audit, BusinessMetrics metrics,
                            WebhookOutbox webhooks) {
        this.interviews = interviews;
        this.questions = questions;
        this.answers = answers;
        this.emotions = emotions;
        this.access = access;
        this.campaigns = campaigns;
        this.audit = audit;
        this.metrics = metrics;
        this.webhooks = webhooks;
    }

    @Transactional
    public Interview get(String id) {
        Interview interview = access.find(id);
        audit.record("interview.read", id, null);
        return interview;
    }

    /** A page of the interviews the caller may see; an interviewer sees only their own. */
    @Transactional
    public Slice<Interview> list(InterviewRepository.Filter filter, int page, int size) {
        String only = access.onlyInterviewer();
        InterviewRepository.Filter visible = only == null ? filter : new InterviewRepository.Filter(
                filter.campaignId(), filter.subjectExternalId(), filter.intervieweeExternalId(), only,
                filter.status(), filter.from(), filter.to());
        if (only != null && filter.interviewerId() != null && !filter.interviewerId().equals(only)) {
            return new Slice<>(List.of(), 0);
        }
        Slice<Interview> found = interviews.page(visible, page, size);
        audit.record("interview.list", null, found.items().size() + " interviews");
        return found;
    }

    @Transactional
    public List<InterviewQuestion> questions(String id) {
        access.find(id);
        audit.record("interview.questions.read", id, null);
        return questions.ofInterview(id);
    }

    @Transactional
    public Interview prepare(String id, String ifMatch) {
        Interview interview = transition(id, ifMatch, InterviewStatus.PREPARED);
        interview.preparedAt = interview.updatedAt;
        return interview;
    }

    /** Starting records the checklist as it then is: an unprepared start is allowed, and reviewed later. */
    @Transactional
    public Interview start(String id, String ifMatch) {
        Interview interview = transition(id, ifMatch, InterviewStatus.IN_PROGRESS);
        interview.startedAt = interview.updatedAt;
        interview.startChecklist = String.join(",", interview.checklist().missing());
        return interview;
    }

    /**
     * Completes the interview; below the campaign's completeness threshold only with an override reason, and
     * otherwise a 422 listing the gaps.
     */
    @Transactional
    public Interview complete(String id, String ifMatch, String overrideReason) {
        Interview interview = access.find(id);
        requireTransition(interview, ifMatch, InterviewStatus.COMPLETED);
        Completeness.Result completeness = assess(interview);
        double threshold = campaigns.completenessThreshold(interview.campaignId);
        if (completeness.score() < threshold && (overrideReason == null || overrideReason.isBlank())) {
            throw new ProblemException(InterviewFlowProblems.INCOMPLETE_RECORD, "The record scores "
                    + completeness.score() + ", below the campaign's threshold of " + threshold + ": close the "
                    + "gaps, or complete with an overrideReason.", List.of(),
                    Map.of("score", completeness.score(), "threshold", threshold, "gaps", completeness.gaps()),
                    Map.of());
        }
        move(interview, InterviewStatus.COMPLETED, "interview.complete");
        interview.completedAt = interview.updatedAt;
        interview.completionOverride = completeness.score() < threshold ? overrideReason : null;
        metrics.countOnCommit("pmi.interviews.completed");
        announce(WebhookEvents.INTERVIEW_COMPLETED, interview);
        return interview;
    }

    @Transactional
    public Interview cancel(String id, String ifMatch, String reason) {
        Interview interview = transition(id, ifMatch, InterviewStatus.CANCELLED);
        interview.cancelledAt = interview.updatedAt;
        interview.cancelReason = reason;
        interview.liveSlot = interview.id;
        return interview;
    }

    private Interview transition(String id, String ifMatch, InterviewStatus target) {
        Interview interview = access.find(id);
        requireTransition(interview, ifMatch, target);
        move(interview, target, "interview." + target.name().toLowerCase().replace("_", "-"));
        return interview;
    }

    private static void requireTransition(Interview interview, String ifMatch, InterviewStatus target) {
        ETags.requireMatch(ifMatch, interview.version);
        if (!interview.status.canMoveTo(target)) {
            throw new ProblemException(InterviewFlowProblems.INVALID_TRANSITION, "An interview " + interview.status
                    + " cannot become " + target + "; allowed from here: " + interview.status.next() + ".",
                    List.of(), Map.of("currentStatus", interview.status, "allowed", interview.status.next()), Map.of());
        }
    }

    private void move(Interview interview, InterviewStatus target, String action) {
        interview.status = target;
        interview.updatedAt = now();
        audit.record(action, interview.id, null);
    }

    public record Recorded<T>(T value, boolean created) {
    }

    /** Records the checklist; the first time is a creation. An If-Match, when sent, must be its ETag. */
    @Transactional
    public Recorded<Interview> recordPreparation(String id, String ifMatch, Checklist checklist, String notes) {
        Interview interview = access.find(id);
        boolean created = interview.preparationVersion == null;
        if (ifMatch != null && !created) {
            ETags.requireMatch(ifMatch, interview.preparationVersion);
        }
        if (interview.status == InterviewStatus.COMPLETED || interview.status == InterviewStatus.CANCELLED) {
            throw new ProblemException(InterviewFlowProblems.INVALID_TRANSITION, "The interview is "
                    + interview.status + ": its preparation can no longer change.");
        }
        interview.backgroundReviewed = checklist.backgroundReviewed();
        interview.departmentFunctionUnderstood = checklist.departmentFunctionUnderstood();
        interview.pastPerformanceReviewed = checklist.pastPerformanceReviewed();
        interview.preparationNotes = notes;
        interview.preparationVersion = created ? 1L : interview.preparationVersion + 1;
        interview.updatedAt = now();
        audit.record("interview.preparation.record", id, String.join(",", checklist.missing()));
        return new Recorded<>(interview, created);
    }

    /**
     * Records consent to the guide's opening script, the confidentiality statement, in {@code locale}: its version
     * (guide and version) and a hash of the text shown. Again after a withdrawal is not possible.
     */
    @Transactional
    public Recorded<Interview> consent(String id, String ifMatch, String locale) {
        Interview interview = access.find(id);
        boolean created = interview.consentVersion == null;
        if (ifMatch != null && !created) {
            ETags.requireMatch(ifMatch, interview.consentVersion);
        }
        if (interview.withdrawnAt != null) {
            throw new ProblemException(InterviewFlowProblems.INVALID_TRANSITION, "Consent was withdrawn; it cannot "
                    + "be given again for this interview.");
        }
        if (interview.status == InterviewStatus.COMPLETED || interview.status == InterviewStatus.CANCELLED) {
            throw new ProblemException(InterviewFlowProblems.INVALID_TRANSITION, "The interview is "
                    + interview.status + ": consent is recorded before or during it.");
        }
        String text = interview.opening.get(locale);
        if (text == null) {
            throw new ProblemException(io.pmi.platform.problem.ProblemType.VALIDATION, "The guide has no opening "
                    + "in " + locale + ".", List.of(FieldError.body("locale", "invalid-value", "must be one of "
                    + interview.opening.keySet())), Map.of(), Map.of());
        }
        interview.consentLocale = locale;
        interview.consentTextVersion = interview.guideId + "@" + interview.guideVersion;
        interview.consentTextHash = sha256(text);
        interview.consentedAt = now();
        interview.consentVersion = created ? 1L : interview.consentVersion + 1;
        interview.updatedAt = interview.consentedAt;
        audit.record("interview.consent.record", id, locale);
        return new Recorded<>(interview, created);
    }

    /**
     * Withdraws consent, also after completion: what the interviewee said in their own words is removed at once,
     * and the interview leaves every export.
     */
    @Transactional
    public Interview withdraw(String id, String ifMatch, String reason) {
        Interview interview = access.find(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, interview.version);
        }
        if (!interview.consented()) {
            throw new ProblemException(InterviewFlowProblems.CONSENT_MISSING, interview.withdrawnAt != null
                    ? "Consent was withdrawn already." : "No consent was given, so there is none to withdraw.");
        }
        Instant at = now();
        interview.withdrawnAt = at;
        interview.withdrawalReason = reason;
        interview.updatedAt = at;
        exclude(interview, "WITHDRAWN", at);
        audit.record("interview.consent.withdraw", id, null);
        announce(WebhookEvents.CONSENT_WITHDRAWN, interview);
        return interview;
    }

    private void announce(String type, Interview interview) {
        webhooks.publish(interview.tenantId, type, interview.subjectExternalId, Map.of("interviewId", interview.id,
                "campaignId", interview.campaignId, "subjectExternalId", interview.subjectExternalId));
    }

    /** Takes an interview out of every export and redacts its answers (withdrawal, erasure). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void exclude(Interview interview, String reason, Instant at) {
        if (interview.excludedAt == null) {
            interview.excludedAt = at;
            interview.exclusionReason = reason;
        }
        answers.ofInterview(interview.id).forEach(answer -> answer.redact(at));
    }

    /** Interviews withdrawn or whose interviewee was erased since a time: what stored reports must drop. */
    @Transactional
    public Slice<Interview> excludedSince(Instant since, int page, int size) {
        Slice<Interview> found = interviews.excludedSince(since, page, size);
        audit.record("interview.withdrawals.read", null, found.items().size() + " interviews");
        return found;
    }

    /** The record's completeness and the campaign's threshold for it. */
    public record Assessed(Completeness.Result result, double threshold) {
    }

    @Transactional
    public Assessed completeness(String id) {
        Interview interview = access.find(id);
        audit.record("interview.completeness.read", id, null);
        return new Assessed(assess(interview), campaigns.completenessThreshold(interview.campaignId));
    }

    @Transactional
    public List<QualityReview.Pitfall> quality(String id) {
        Interview interview = access.find(id);
        audit.record("interview.quality.read", id, null);
        return review(interview, questions.ofInterview(id), answersByKey(id), emotions.ofInterview(id));
    }

    static List<QualityReview.Pitfall> review(Interview interview, List<InterviewQuestion> asked,
                                              Map<String, AnswerData> answered, List<EmotionRecord> noted) {
        Map<String, List<String>> spot = new LinkedHashMap<>();
        asked.stream().filter(q -> q.askedOnSpot)
                .forEach(q -> spot.put(q.key, q.lintFindings == null ? List.of() : q.lintFindings));
        return QualityReview.review(interview.checklistAtStart(), asked.stream().map(InterviewQuestion::toSnapshot)
                .toList(), answered, noted.stream().map(EmotionRecord::toNote).toList(), spot);
    }

    private Completeness.Result assess(Interview interview) {
        List<SnapshotQuestion> asked = questions.ofInterview(interview.id).stream()
                .map(InterviewQuestion::toSnapshot).toList();
        return Completeness.assess(asked, answersByKey(interview.id), emotions.ofInterview(interview.id).stream()
                .map(EmotionRecord::toNote).toList(), interview.consented(), CORE_DIMENSIONS);
    }

    private Map<String, AnswerData> answersByKey(String interviewId) {
        return answers.ofInterview(interviewId).stream()
                .collect(Collectors.toMap(a -> a.questionKey, Answer::toData));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
