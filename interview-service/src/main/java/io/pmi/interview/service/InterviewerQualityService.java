package io.pmi.interview.service;

import io.pmi.interview.domain.AnswerData;
import io.pmi.interview.domain.InterviewerTally;
import io.pmi.interview.repository.Answer;
import io.pmi.interview.repository.AnswerRepository;
import io.pmi.interview.repository.EmotionRecord;
import io.pmi.interview.repository.EmotionRecordRepository;
import io.pmi.interview.repository.Interview;
import io.pmi.interview.repository.InterviewQuestion;
import io.pmi.interview.repository.InterviewQuestionRepository;
import io.pmi.interview.repository.InterviewRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The interview-quality review of every completed interview of a campaign, added up per interviewer. The
 * interviews are read in keyset batches with their questions, answers and emotions in three queries a batch, and
 * each batch is let go before the next: memory is bounded by the batch and the number of interviewers, never by
 * the campaign.
 */
@ApplicationScoped
public class InterviewerQualityService {

    static final int BATCH = 200;

    private final CampaignLookup campaigns;
    private final InterviewRepository interviews;
    private final InterviewQuestionRepository questions;
    private final AnswerRepository answers;
    private final EmotionRecordRepository emotions;
    private final EntityManager entityManager;
    private final AuditLog audit;

    public InterviewerQualityService(CampaignLookup campaigns, InterviewRepository interviews,
                                     InterviewQuestionRepository questions, AnswerRepository answers,
                                     EmotionRecordRepository emotions, EntityManager entityManager, AuditLog audit) {
        this.campaigns = campaigns;
        this.interviews = interviews;
        this.questions = questions;
        this.answers = answers;
        this.emotions = emotions;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    @Transactional
    public List<InterviewerTally.Figures> ofCampaign(String campaignId) {
        campaigns.get(campaignId);
        InterviewerTally tally = new InterviewerTally();
        List<Interview> batch = interviews.completedPage(campaignId, null, null, BATCH);
        while (!batch.isEmpty()) {
            List<String> ids = batch.stream().filter(i -> i.excludedAt == null).map(i -> i.id).toList();
            Map<String, List<InterviewQuestion>> asked = questions.ofInterviews(ids).stream()
                    .collect(Collectors.groupingBy(q -> q.interviewId));
            Map<String, Map<String, AnswerData>> answered = answers.ofInterviews(ids).stream()
                    .collect(Collectors.groupingBy(a -> a.interviewId,
                            Collectors.toMap(a -> a.questionKey, Answer::toData)));
            Map<String, List<EmotionRecord>> noted = emotions.ofInterviews(ids).stream()
                    .collect(Collectors.groupingBy(e -> e.interviewId));
            for (Interview interview : batch) {
                if (interview.excludedAt != null) {
                    tally.notReviewed(interview.interviewerId);
                } else {
                    tally.reviewed(interview.interviewerId, InterviewService.review(interview,
                            asked.getOrDefault(interview.id, List.of()),
                            answered.getOrDefault(interview.id, Map.of()),
                            noted.getOrDefault(interview.id, List.of())));
                }
            }
            Interview last = batch.get(batch.size() - 1);
            entityManager.clear();
            batch = batch.size() < BATCH ? List.of()
                    : interviews.completedPage(campaignId, last.completedAt, last.id, BATCH);
        }
        audit.record("campaign.interviewer-quality.read", null, campaignId);
        return tally.figures();
    }
}
