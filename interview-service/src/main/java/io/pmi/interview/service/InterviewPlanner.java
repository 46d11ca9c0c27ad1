package io.pmi.interview.service;

import io.pmi.interview.client.questionbank.QuestionBankClient;
import io.pmi.interview.client.questionbank.QuestionBankRecords;
import io.pmi.interview.domain.QuestionType;
import io.pmi.interview.domain.SourceRole;
import io.pmi.interview.repository.Interview;
import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Plans an interview: checks it against the campaign and the HRIS (in one transaction), then reads the guide
 * version from the question bank with the caller's token (outside any transaction, so a slow question bank holds
 * no connection), then stores the interview with its snapshot (in another). When the question bank is down the
 * client answers a 503 problem and nothing is stored.
 */
@ApplicationScoped
public class InterviewPlanner {

    /** What HR_ADMIN asks for; guide fields null mean the campaign's guide for the role. */
    public record Plan(String campaignId, String subjectExternalId, String intervieweeExternalId, SourceRole sourceRole,
                       String interviewerId, Instant scheduledAt, String guideId, Integer guideVersion,
                       String roleOverrideReason) {
    }

    /** A plan checked against the campaign and the HRIS, with the guide to snapshot. */
    public record Checked(Plan plan, String guideId, Integer guideVersion, String locale) {
    }

    private final InterviewPlanning planning;
    private final QuestionBankClient questionBank;

    public InterviewPlanner(InterviewPlanning planning, QuestionBankClient questionBank) {
        this.planning = planning;
        this.questionBank = questionBank;
    }

    public Interview plan(Plan plan) {
        Checked checked = planning.check(plan);
        int version = checked.guideVersion() != null ? checked.guideVersion() : latestPublished(checked.guideId());
        QuestionBankRecords.GuideVersion guide = questionBank.guideVersion(checked.guideId(), version)
                .orElseThrow(() -> unusable("guideVersion", "unknown", "Guide " + checked.guideId() + " has no "
                        + "published version " + version + " that you can see."));
        if (!plan.sourceRole().name().equals(guide.role())) {
            throw unusable("guideId", "mismatch", "Guide " + checked.guideId() + " interviews " + guide.role()
                    + ", not " + plan.sourceRole() + ".");
        }
        for (QuestionBankRecords.Section section : guide.sections()) {
            for (QuestionBankRecords.PinnedQuestion question : section.questions()) {
                if (!known(question.type())) {
                    throw new ProblemException(InterviewFlowProblems.GUIDE_UNAVAILABLE, "Guide " + checked.guideId()
                            + " asks question " + question.key() + " of a type this service does not know ("
                            + question.type() + ").");
                }
            }
        }
        return planning.store(checked, guide);
    }

    private int latestPublished(String guideId) {
        QuestionBankRecords.Guide guide = questionBank.guide(guideId)
                .orElseThrow(() -> unusable("guideId", "unknown", "No guide '" + guideId + "' that you can see."));
        if (guide.publishedVersion() == null) {
            throw unusable("guideId", "not-published", "Guide " + guideId + " has no published version yet.");
        }
        return guide.publishedVersion();
    }

    private static boolean known(String type) {
        for (QuestionType known : QuestionType.values()) {
            if (known.name().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException unusable(String path, String code, String message) {
        return new ProblemException(ProblemType.VALIDATION, message, List.of(FieldError.body(path, code, message)),
                Map.of(), Map.of());
    }
}
