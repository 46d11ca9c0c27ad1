package io.pmi.interview.domain;

import java.util.List;

/** What the interviewer recorded for one question. */
public record AnswerData(String text, Integer scaleValue, List<String> choices, String comment,
                         List<FollowUp> followUps, boolean vague, Stance stance, List<String> tags) {

    public record FollowUp(String probe, String answer) {
    }

    /** Whether anything was recorded as the answer itself (a value, choices or words). */
    public boolean isGiven() {
        return scaleValue != null || (choices != null && !choices.isEmpty()) || (text != null && !text.isBlank());
    }

    /** Whether a vague answer was followed up: at least one probe asked and answered. */
    public boolean isFollowedUp() {
        return followUps != null && followUps.stream().anyMatch(f -> f.answer() != null && !f.answer().isBlank());
    }
}
