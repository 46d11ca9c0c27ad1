package io.pmi.interview.service;

import io.pmi.interview.client.questionbank.QuestionBankRecords;
import io.pmi.interview.domain.InterviewStatus;
import io.pmi.interview.domain.QuestionType;
import io.pmi.interview.domain.SourceRole;
import io.pmi.interview.repository.Interview;
import io.pmi.interview.repository.InterviewQuestion;
import io.pmi.interview.repository.InterviewQuestionRepository;
import io.pmi.interview.repository.InterviewRepository;
import io.pmi.interview.repository.Participant;
import io.pmi.interview.repository.ParticipantRepository;
import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The two transactions of planning: the checks before the question bank is asked, and the store after. */
@ApplicationScoped
public class InterviewPlanning {

    private final CampaignLookup campaigns;
    private final ParticipantRepository participants;
    private final InterviewRepository interviews;
    private final InterviewQuestionRepository questions;
    private final CurrentTenant tenant;
    private final AuditLog audit;

    public InterviewPlanning(CampaignLookup campaigns, ParticipantRepository participants,
                             InterviewRepository interviews, InterviewQuestionRepository questions,
                             CurrentTenant tenant, AuditLog audit) {
        this.campaigns = campaigns;
        this.participants = participants;
        this.interviews = interviews;
        this.questions = questions;
        this.tenant = tenant;
        this.audit = audit;
    }

    /**
     * The campaign is open; subject and interviewee are known and not erased; the source role matches the HRIS
     * (SELF: the subject; SUPERVISOR: the subject's manager; SUBORDINATE: someone the subject manages) unless a
     * reason overrides it; no live interview of the same campaign, subject, interviewee and role exists.
     */
    @Transactional
    public InterviewPlanner.Checked check(InterviewPlanner.Plan plan) {
        CampaignLookup.OpenCampaign campaign = campaigns.open(plan.campaignId());
        Map<String, Participant> people = participants.findByExternalIds(tenant.id(),
                        List.of(plan.subjectExternalId(), plan.intervieweeExternalId())).stream()
                .filter(p -> p.erasedAt == null)
                .collect(Collectors.toMap(p -> p.externalId, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        Participant subject = people.get(plan.subjectExternalId());
        Participant interviewee = people.get(plan.intervieweeExternalId());
        if (subject == null) {
            errors.add(FieldError.body("subjectExternalId", "unknown", "No participant '" + plan.subjectExternalId()
                    + "'."));
        }
        if (interviewee == null) {
            errors.add(FieldError.body("intervieweeExternalId", "unknown", "No participant '"
                    + plan.intervieweeExternalId() + "'."));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The interview names participants the HRIS has not "
                    + "sent (or that were erased).", errors, Map.of(), Map.of());
        }
        String mismatch = mismatch(plan.sourceRole(), subject, interviewee);
        boolean overridden = plan.roleOverrideReason() != null && !plan.roleOverrideReason().isBlank();
        if (mismatch != null && !overridden) {
            throw new ProblemException(InterviewFlowProblems.ROLE_MISMATCH, mismatch + " Give a roleOverrideReason "
                    + "if the HRIS is wrong or out of date.", List.of(FieldError.body("sourceRole", "mismatch",
                    mismatch)), Map.of(), Map.of());
        }
        interviews.findLive(plan.campaignId(), plan.subjectExternalId(), plan.intervieweeExternalId(),
                plan.sourceRole()).ifPresent(existing -> {
                    throw new ProblemException(InterviewFlowProblems.DUPLICATE_INTERVIEW, "Interview " + existing.id
                            + " of this campaign, subject, interviewee and role is planned already; cancel it "
                            + "first to plan another.", List.of(), Map.of("existingId", existing.id), Map.of());
                });
        String guideId = plan.guideId();
        Integer guideVersion = plan.guideVersion();
        if (guideId == null) {
            CampaignLookup.Guide guide = campaign.guides().get(plan.sourceRole());
            if (guide == null) {
                throw new ProblemException(ProblemType.VALIDATION, "The campaign names no guide for "
                        + plan.sourceRole() + " interviews: name one in guideId.", List.of(FieldError.body("guideId",
                        "required", "The campaign has no guide for " + plan.sourceRole() + ".")), Map.of(), Map.of());
            }
            guideId = guide.guideId();
            guideVersion = guideVersion != null ? guideVersion : guide.version();
        }
        return new InterviewPlanner.Checked(plan, guideId, guideVersion, campaign.locale());
    }

    private static String mismatch(SourceRole role, Participant subject, Participant interviewee) {
        return switch (role) {
            case SELF -> subject.externalId.equals(interviewee.externalId) ? null
                    : "A SELF interview is with the subject.";
            case SUPERVISOR -> interviewee.externalId.equals(subject.managerExternalId) ? null
                    : interviewee.externalId + " is not the manager of " + subject.externalId + " in the HRIS.";
            case SUBORDINATE -> subject.externalId.equals(interviewee.managerExternalId) ? null
                    : interviewee.externalId + " does not report to " + subject.externalId + " in the HRIS.";
            case PEER -> subject.externalId.equals(interviewee.externalId)
                    ? "A PEER interview is with someone other than the subject." : null;
        };
    }

    /** Stores the interview with the guide version's questions, worded for its role; checked again (a race). */
    @Transactional
    public Interview store(InterviewPlanner.Checked checked, QuestionBankRecords.GuideVersion guide) {
        InterviewPlanner.Plan plan = checked.plan();
        check(plan);
        Interview interview = new Interview();
        interview.id = UUID.randomUUID().toString();
        interview.campaignId = plan.campaignId();
        interview.subjectExternalId = plan.subjectExternalId();
        interview.intervieweeExternalId = plan.intervieweeExternalId();
        interview.sourceRole = plan.sourceRole();
        interview.interviewerId = plan.interviewerId();
        interview.scheduledAt = plan.scheduledAt();
        interview.status = InterviewStatus.PLANNED;
        interview.guideId = checked.guideId();
        interview.guideVersion = guide.version();
        interview.locale = checked.locale();
        interview.opening = guide.opening();
        interview.roleOverrideReason = plan.roleOverrideReason();
        interview.createdAt = InterviewService.now();
        interview.updatedAt = interview.createdAt;
        interviews.persist(interview);
        int position = 0;
        for (QuestionBankRecords.Section section : guide.sections()) {
            for (QuestionBankRecords.PinnedQuestion pinned : section.questions()) {
                InterviewQuestion question = new InterviewQuestion();
                question.interviewId = interview.id;
                question.key = pinned.key();
                question.position = ++position;
                question.questionId = pinned.questionId();
                question.questionVersion = pinned.questionVersion();
                question.dimension = section.dimension();
                question.topic = pinned.topic();
                question.measure = pinned.measure();
                question.type = QuestionType.valueOf(pinned.type());
                question.text = pinned.text();
                question.options = pinned.options() == null ? null
                        : pinned.options().stream().map(QuestionBankRecords.Option::value).toList();
                question.scaleMin = pinned.scale() == null ? null : pinned.scale().min();
                question.scaleMax = pinned.scale() == null ? null : pinned.scale().max();
                question.probes = pinned.probes();
                question.required = true;
                question.askedOnSpot = false;
                questions.persist(question);
            }
        }
        interviews.flush();
        audit.record("interview.plan", interview.id, interview.guideId + "@" + interview.guideVersion);
        return interview;
    }
}
