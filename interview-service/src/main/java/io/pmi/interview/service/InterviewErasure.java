package io.pmi.interview.service;

import io.pmi.interview.repository.Interview;
import io.pmi.interview.repository.InterviewRepository;
import io.pmi.interview.repository.Participant;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Erasure of an interviewee: what they said in their own words is redacted from every interview they gave, and
 * those interviews leave every export (reason {@code ERASED}).
 */
@ApplicationScoped
public class InterviewErasure implements ErasureStep {

    private final InterviewRepository interviews;
    private final InterviewService interviewService;

    public InterviewErasure(InterviewRepository interviews, InterviewService interviewService) {
        this.interviews = interviews;
        this.interviewService = interviewService;
    }

    @Override
    public String name() {
        return "interviews";
    }

    @Override
    public long erase(Participant participant) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long count = 0;
        for (Interview interview : interviews.ofInterviewee(participant.externalId)) {
            interviewService.exclude(interview, "ERASED", at);
            count++;
        }
        return count;
    }
}
