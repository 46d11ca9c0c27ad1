package io.pmi.interview.service;

import io.pmi.interview.domain.AnswerData;
import io.pmi.interview.domain.AnswerRules;
import io.pmi.interview.domain.Emotion;
import io.pmi.interview.domain.InterviewStatus;
import io.pmi.interview.domain.QuestionType;
import io.pmi.interview.domain.Violation;
import io.pmi.interview.repository.Answer;
import io.pmi.interview.repository.AnswerRepository;
import io.pmi.interview.repository.EmotionRecord;
import io.pmi.interview.repository.EmotionRecordRepository;
import io.pmi.interview.repository.Interview;
import io.pmi.interview.repository.InterviewQuestion;
import io.pmi.interview.repository.InterviewQuestionRepository;
import io.pmi.platform.http.ETags;
import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What is recorded while an interview is in progress, after consent: answers (checked against their question),
 * emotion notes and questions asked on the spot. None of it changes the interview's own ETag.
 */
@ApplicationScoped
public class RecordService {

    private final InterviewAccess access;
    private final InterviewQuestionRepository questions;
    private final AnswerRepository answers;
    private final EmotionRecordRepository emotions;
    private final AuditLog audit;

    public RecordService(InterviewAccess access, InterviewQuestionRepository questions, AnswerRepository answers,
                         EmotionRecordRepository emotions, AuditLog audit) {
        this.access = access;
        this.questions = questions;
        this.answers = answers;
        this.emotions = emotions;
        this.audit = audit;
    }

    /**
     * Records the answer to one question: created the first time; an update needs the answer's ETag. The answer
     * is checked against the question's type, scale and options first, every problem at once.
     */
    @Transactional
    public InterviewService.Recorded<Answer> answer(String interviewId, String questionKey, String ifMatch,
                                                    AnswerData data) {
        Interview interview = writable(interviewId);
        InterviewQuestion question = question(interview, questionKey);
        List<Violation> violations = AnswerRules.check(question.toSnapshot(), data);
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The answer does not fit question " + questionKey
                    + " (" + question.type + "): see errors.", violations.stream()
                    .map(v -> FieldError.body(v.path(), v.code(), v.message())).toList(), Map.of(), Map.of());
        }
        Optional<Answer> existing = answers.find(interview.tenantId, interviewId, questionKey);
        Answer answer = existing.orElseGet(Answer::new);
        if (existing.isPresent()) {
            ETags.requireMatch(ifMatch, answer.version);
            if (answer.toData().equals(data)) {
                return new InterviewService.Recorded<>(answer, false);
            }
        } else {
            answer.id = UUID.randomUUID().toString();
            answer.interviewId = interviewId;
            answer.questionKey = questionKey;
            answer.createdAt = InterviewService.now();
        }
        answer.apply(data);
        answer.updatedAt = InterviewService.now();
        if (existing.isEmpty()) {
            answers.persist(answer);
        }
        answers.flush();
        audit.record(existing.isPresent() ? "answer.update" : "answer.create", interviewId, questionKey);
        return new InterviewService.Recorded<>(answer, existing.isEmpty());
    }

    @Transactional
    public List<Answer> answers(String interviewId) {
        access.find(interviewId);
        audit.record("answer.list", interviewId, null);
        return answers.ofInterview(interviewId);
    }

    @Transactional
    public EmotionRecord emotion(String interviewId, String questionKey, Emotion emotion, int intensity,
                                 boolean acknowledged, String note) {
        Interview interview = writable(interviewId);
        if (questionKey != null) {
            question(interview, questionKey);
        }
        EmotionRecord record = new EmotionRecord();
        record.id = UUID.randomUUID().toString();
        record.interviewId = interviewId;
        record.questionKey = questionKey;
        record.emotion = emotion;
        record.intensity = intensity;
        record.acknowledged = acknowledged;
        record.note = note;
        record.createdAt = InterviewService.now();
        emotions.persist(record);
        audit.record("emotion.create", interviewId, emotion.name());
        return record;
    }

    @Transactional
    public List<EmotionRecord> emotions(String interviewId) {
        access.find(interviewId);
        audit.record("emotion.list", interviewId, null);
        return emotions.ofInterview(interviewId);
    }

    /**
     * Checks that questions may be asked now, before the question bank lints one (outside any transaction), and
     * answers the interview's language.
     */
    @Transactional
    public String requireWritable(String interviewId) {
        return writable(interviewId).locale;
    }

    /** Keeps a question asked on the spot, with its lint finding codes: a leading question was asked, so it stays. */
    @Transactional
    public InterviewQuestion askedOnSpot(String interviewId, Map<String, String> text, String dimension, String topic,
                                         QuestionType type, List<String> findingCodes) {
        writable(interviewId);
        List<InterviewQuestion> asked = questions.ofInterview(interviewId);
        long spot = asked.stream().filter(q -> q.askedOnSpot).count();
        InterviewQuestion question = new InterviewQuestion();
        question.interviewId = interviewId;
        question.key = "spot." + (spot + 1);
        question.position = asked.stream().mapToInt(q -> q.position).max().orElse(0) + 1;
        question.dimension = dimension;
        question.topic = topic;
        question.type = type;
        question.text = text;
        question.required = false;
        question.askedOnSpot = true;
        question.lintFindings = List.copyOf(findingCodes);
        if (type == QuestionType.SCALE) {
            question.scaleMin = 1;
            question.scaleMax = 5;
        }
        questions.persist(question);
        audit.record("question.ask", interviewId, question.key);
        return question;
    }

    private Interview writable(String interviewId) {
        Interview interview = access.find(interviewId);
        if (interview.status != InterviewStatus.IN_PROGRESS) {
            throw new ProblemException(InterviewFlowProblems.NOT_IN_PROGRESS, "The interview is " + interview.status
                    + ": answers, notes and questions are recorded while it is IN_PROGRESS.");
        }
        if (!interview.consented()) {
            throw new ProblemException(InterviewFlowProblems.CONSENT_MISSING, "Record the interviewee's consent "
                    + "(PUT /api/v1/interviews/" + interviewId + "/consent) before anything they say.");
        }
        return interview;
    }

    private InterviewQuestion question(Interview interview, String key) {
        return questions.find(interview.tenantId, interview.id, key)
                .orElseThrow(() -> new ProblemException(InterviewFlowProblems.UNKNOWN_QUESTION, "Interview "
                        + interview.id + " has no question '" + key + "'; GET its questions for their keys."));
    }
}
