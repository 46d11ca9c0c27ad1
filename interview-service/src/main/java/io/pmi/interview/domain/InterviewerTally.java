package io.pmi.interview.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The interview-quality figures of a campaign's interviewers, added up one completed interview at a time so that
 * the interviews themselves need not be held: per interviewer, the interviews done, those reviewed, and for each
 * pitfall code the number of interviews that show it. An interview whose consent was withdrawn or whose
 * interviewee was erased counts as done but is not reviewed: its answers are redacted, which would read as an
 * inaccurate record that the interviewer did not make.
 */
public final class InterviewerTally {

    /** One interviewer's figures; {@code pitfalls} has every code, 0 included. */
    public record Figures(String interviewerId, int interviews, int reviewed, int withoutPitfalls,
                          Map<QualityReview.PitfallCode, Integer> pitfalls) {
    }

    private static final class Counts {
        int interviews;
        int reviewed;
        int withoutPitfalls;
        final Map<QualityReview.PitfallCode, Integer> pitfalls = new EnumMap<>(QualityReview.PitfallCode.class);
    }

    private final Map<String, Counts> byInterviewer = new TreeMap<>();

    public void reviewed(String interviewerId, List<QualityReview.Pitfall> pitfalls) {
        Counts counts = counts(interviewerId);
        counts.interviews++;
        counts.reviewed++;
        if (pitfalls.isEmpty()) {
            counts.withoutPitfalls++;
        }
        pitfalls.stream().map(QualityReview.Pitfall::code).distinct()
                .forEach(code -> counts.pitfalls.merge(code, 1, Integer::sum));
    }

    public void notReviewed(String interviewerId) {
        counts(interviewerId).interviews++;
    }

    /** By interviewer id. */
    public List<Figures> figures() {
        List<Figures> figures = new ArrayList<>();
        byInterviewer.forEach((id, counts) -> {
            Map<QualityReview.PitfallCode, Integer> all = new EnumMap<>(QualityReview.PitfallCode.class);
            for (QualityReview.PitfallCode code : QualityReview.PitfallCode.values()) {
                all.put(code, counts.pitfalls.getOrDefault(code, 0));
            }
            figures.add(new Figures(id, counts.interviews, counts.reviewed, counts.withoutPitfalls, all));
        });
        return figures;
    }

    private Counts counts(String interviewerId) {
        return byInterviewer.computeIfAbsent(interviewerId, id -> new Counts());
    }
}
