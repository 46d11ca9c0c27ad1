package io.pmi.interview.domain;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InterviewerTallyTest {

    private static QualityReview.Pitfall pitfall(QualityReview.PitfallCode code, int evidence) {
        return new QualityReview.Pitfall(code, Collections.nCopies(evidence,
                new QualityReview.Evidence("k", null, "why")));
    }

    @Test
    void anInterviewCountsOncePerPitfallWhateverItsEvidenceAndEveryCodeIsListed() {
        InterviewerTally tally = new InterviewerTally();
        tally.reviewed("zhao", List.of(pitfall(QualityReview.PitfallCode.INACCURATE_RECORD, 3)));
        tally.reviewed("li", List.of());
        tally.reviewed("zhao", List.of(pitfall(QualityReview.PitfallCode.INACCURATE_RECORD, 1),
                pitfall(QualityReview.PitfallCode.UNPREPARED, 2)));
        tally.notReviewed("li");

        List<InterviewerTally.Figures> figures = tally.figures();
        assertEquals(List.of("li", "zhao"), figures.stream().map(InterviewerTally.Figures::interviewerId).toList());
        InterviewerTally.Figures li = figures.get(0);
        assertEquals(2, li.interviews());
        assertEquals(1, li.reviewed());
        assertEquals(1, li.withoutPitfalls());
        assertEquals(QualityReview.PitfallCode.values().length, li.pitfalls().size());
        InterviewerTally.Figures zhao = figures.get(1);
        assertEquals(2, zhao.interviews());
        assertEquals(0, zhao.withoutPitfalls());
        assertEquals(2, zhao.pitfalls().get(QualityReview.PitfallCode.INACCURATE_RECORD));
        assertEquals(1, zhao.pitfalls().get(QualityReview.PitfallCode.UNPREPARED));
        assertEquals(0, zhao.pitfalls().get(QualityReview.PitfallCode.LEADING_QUESTION));
    }
}
