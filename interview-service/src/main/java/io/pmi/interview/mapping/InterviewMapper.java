package io.pmi.interview.mapping;

import io.pmi.interview.client.questionbank.QuestionBankRecords;
import io.pmi.interview.domain.AnswerData;
import io.pmi.interview.domain.Checklist;
import io.pmi.interview.domain.Completeness;
import io.pmi.interview.domain.InterviewerTally;
import io.pmi.interview.domain.QualityReview;
import io.pmi.interview.repository.Answer;
import io.pmi.interview.repository.AuditEvent;
import io.pmi.interview.repository.EmotionRecord;
import io.pmi.interview.repository.ExportRows;
import io.pmi.interview.repository.Interview;
import io.pmi.interview.repository.InterviewQuestion;
import io.pmi.interview.repository.Participant;
import io.pmi.interview.rest.api.AnswerRequest;
import io.pmi.interview.rest.api.AnswerView;
import io.pmi.interview.rest.api.AuditEventView;
import io.pmi.interview.rest.api.ChainLinkView;
import io.pmi.interview.rest.api.CompletenessView;
import io.pmi.interview.rest.api.ConsentView;
import io.pmi.interview.rest.api.EmotionView;
import io.pmi.interview.rest.api.ExportView;
import io.pmi.interview.rest.api.InterviewQuestionView;
import io.pmi.interview.rest.api.InterviewView;
import io.pmi.interview.rest.api.InterviewerQualityView;
import io.pmi.interview.rest.api.PlanInterviewRequest;
import io.pmi.interview.rest.api.PreparationPackView;
import io.pmi.interview.rest.api.PreparationRequest;
import io.pmi.interview.rest.api.PreparationView;
import io.pmi.interview.rest.api.QualityView;
import io.pmi.interview.rest.api.SpotQuestionView;
import io.pmi.interview.rest.api.WithdrawalView;
import io.pmi.interview.service.ExportService;
import io.pmi.interview.service.InterviewPlanner;
import io.pmi.interview.service.PreparationPackService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Between the interview API's records and the domain types and entities. */
public final class InterviewMapper {

    private InterviewMapper() {
    }

    public static InterviewPlanner.Plan toPlan(PlanInterviewRequest request) {
        return new InterviewPlanner.Plan(request.campaignId(), request.subjectExternalId(),
                request.intervieweeExternalId(), request.sourceRole(), request.interviewerId(), request.scheduledAt(),
                request.guideId(), request.guideVersion(), request.roleOverrideReason());
    }

    public static Checklist toChecklist(PreparationRequest request) {
        return new Checklist(request.backgroundReviewed(), request.departmentFunctionUnderstood(),
                request.pastPerformanceReviewed());
    }

    public static AnswerData toData(AnswerRequest request) {
        return new AnswerData(request.text(), request.scaleValue(),
                request.choices() == null || request.choices().isEmpty() ? null : request.choices(),
                request.comment(), request.followUps() == null || request.followUps().isEmpty() ? null
                : request.followUps().stream().map(f -> new AnswerData.FollowUp(f.probe(), f.answer())).toList(),
                Boolean.TRUE.equals(request.vague()), request.stance(),
                request.tags() == null || request.tags().isEmpty() ? null : request.tags());
    }

    public static InterviewView toView(Interview interview) {
        return new InterviewView(interview.id, interview.campaignId, interview.subjectExternalId,
                interview.intervieweeExternalId, interview.sourceRole, interview.interviewerId,
                interview.scheduledAt, interview.status, interview.guideId, interview.guideVersion, interview.locale,
                interview.roleOverrideReason, toPreparation(interview), toConsent(interview), interview.preparedAt,
                interview.startedAt, interview.completedAt, interview.completionOverride, interview.cancelledAt,
                interview.cancelReason, interview.createdAt, interview.updatedAt, interview.version);
    }

    public static PreparationView toPreparation(Interview interview) {
        return new PreparationView(interview.backgroundReviewed, interview.departmentFunctionUnderstood,
                interview.pastPerformanceReviewed, interview.preparationNotes, interview.preparationVersion);
    }

    public static ConsentView toConsent(Interview interview) {
        return new ConsentView(interview.consentLocale, interview.consentTextVersion, interview.consentTextHash,
                interview.consentedAt, interview.withdrawnAt, interview.withdrawalReason, interview.consentVersion);
    }

    public static InterviewQuestionView toView(InterviewQuestion question) {
        return new InterviewQuestionView(question.key, question.dimension, question.topic, question.measure,
                question.type, question.text, question.options == null ? null
                : question.options.stream().map(InterviewQuestionView.Option::new).toList(),
                question.scaleMin == null ? null : new InterviewQuestionView.Scale(question.scaleMin, question.scaleMax),
                question.probes, question.required, question.askedOnSpot, question.lintFindings);
    }

    public static SpotQuestionView toSpotView(InterviewQuestion question, List<QuestionBankRecords.Finding> findings) {
        return new SpotQuestionView(question.key, toView(question), findings.stream()
                .map(f -> new SpotQuestionView.Finding(f.code(), f.severity(), f.message(), f.start(), f.end(),
                        f.suggestion(), f.reason())).toList());
    }

    public static AnswerView toView(Answer answer) {
        return new AnswerView(answer.id, answer.questionKey, answer.text, answer.scaleValue, answer.choices,
                answer.comment, answer.followUps == null ? null : answer.followUps.stream()
                .map(f -> new AnswerRequest.FollowUp(f.probe(), f.answer())).toList(), answer.vague, answer.stance,
                answer.tags, answer.redactedAt != null, answer.createdAt, answer.updatedAt, answer.version);
    }

    public static EmotionView toView(EmotionRecord record) {
        return new EmotionView(record.id, record.questionKey, record.emotion, record.intensity, record.acknowledged,
                record.note, record.createdAt);
    }

    public static CompletenessView toView(Completeness.Result result, double threshold) {
        return new CompletenessView(result.score(), threshold, result.gaps().stream()
                .map(g -> new CompletenessView.Gap(g.code(), g.questionKey(), g.dimension(), g.emotionId(),
                        g.message())).toList());
    }

    public static QualityView toView(List<QualityReview.Pitfall> pitfalls) {
        return new QualityView(pitfalls.stream().map(p -> new QualityView.Pitfall(p.code(), p.evidence().stream()
                .map(e -> new QualityView.Evidence(e.questionKey(), e.emotionId(), e.detail())).toList())).toList());
    }

    public static PreparationPackView toView(PreparationPackService.Pack pack) {
        Interview interview = pack.interview();
        Participant manager = pack.manager();
        return new PreparationPackView(interview.id, interview.sourceRole,
                person(interview.intervieweeExternalId, pack.interviewee()),
                manager == null ? null : new ChainLinkView(manager.externalId, manager.name, manager.department,
                        manager.position, manager.employmentStatus, manager.erasedAt != null),
                person(interview.subjectExternalId, pack.subject()),
                pack.subjectRecords().stream().map(r -> PerformanceMapper.toView(interview.subjectExternalId, r))
                        .toList(),
                toPreparation(interview));
    }

    private static PreparationPackView.Person person(String externalId, Participant participant) {
        if (participant == null) {
            return new PreparationPackView.Person(externalId, null, null, null, null, null, false);
        }
        return new PreparationPackView.Person(externalId, participant.name, participant.department,
                participant.position, participant.managerExternalId, participant.employmentStatus,
                participant.erasedAt != null);
    }

    public static InterviewerQualityView toView(InterviewerTally.Figures figures) {
        Map<String, Integer> pitfalls = new LinkedHashMap<>();
        figures.pitfalls().forEach((code, count) -> pitfalls.put(code.name(), count));
        return new InterviewerQualityView(figures.interviewerId(), figures.interviews(), figures.reviewed(),
                figures.withoutPitfalls(), pitfalls);
    }

    public static ExportView toView(ExportService.Page page) {
        ExportService.Subject subject = page.subject();
        return new ExportView(new ExportView.Campaign(page.campaign().id, page.campaign().period,
                page.campaign().anonymityThreshold, page.campaign().gapThreshold),
                subject == null ? null : new ExportView.Subject(subject.participant().externalId,
                        subject.participant().department,
                        ParticipantMapper.toView(subject.participant().externalId, subject.chain()),
                        subject.records().stream()
                                .map(r -> PerformanceMapper.toView(subject.participant().externalId, r)).toList()),
                page.interviews().stream().map(i -> new ExportView.Item(i.id(), i.version(), i.subjectExternalId(),
                        page.departments().get(i.subjectExternalId()), i.sourceRole(), i.completedAt(),
                        page.answers().getOrDefault(i.id(), List.of()).stream().map(InterviewMapper::toView).toList(),
                        page.questions().getOrDefault(i.id(), List.of()).stream().map(InterviewMapper::toView)
                                .toList(),
                        page.emotions().getOrDefault(i.id(), List.of()).stream().map(InterviewMapper::toView)
                                .toList()))
                        .toList(),
                page.nextCursor(), page.total());
    }

    /** An exported question; read without wording, its text and probes are null, so the view leaves them out. */
    private static InterviewQuestionView toView(ExportRows.Question question) {
        return new InterviewQuestionView(question.key(), question.dimension(), question.topic(), question.measure(),
                question.type(), question.text(), question.options() == null ? null
                : question.options().stream().map(InterviewQuestionView.Option::new).toList(),
                question.scaleMin() == null ? null
                        : new InterviewQuestionView.Scale(question.scaleMin(), question.scaleMax()),
                question.probes(), question.required(), question.askedOnSpot(), question.lintFindings());
    }

    /** An exported answer; read minimally, it has no follow-ups, timestamps or version, so the view has none. */
    private static AnswerView toView(ExportRows.Answer answer) {
        return new AnswerView(answer.id(), answer.questionKey(), answer.text(), answer.scaleValue(), answer.choices(),
                answer.comment(), answer.followUps() == null ? null : answer.followUps().stream()
                .map(f -> new AnswerRequest.FollowUp(f.probe(), f.answer())).toList(), answer.vague(),
                answer.stance(), answer.tags(), answer.redactedAt() != null, answer.createdAt(), answer.updatedAt(),
                answer.version());
    }

    private static EmotionView toView(ExportRows.Note note) {
        return new EmotionView(note.id(), note.questionKey(), note.emotion(), note.intensity(), note.acknowledged(),
                note.note(), note.createdAt());
    }

    public static WithdrawalView toWithdrawal(Interview interview) {
        return new WithdrawalView(interview.id, interview.campaignId, interview.subjectExternalId,
                interview.exclusionReason, interview.excludedAt);
    }

    public static AuditEventView toView(AuditEvent event) {
        return new AuditEventView(event.id, event.actor, event.action, event.interviewId, event.detail,
                event.occurredAt);
    }
}
