package io.pmi.interview.domain;

/** An emotion noticed during an interview, on the question it came up with (null: not tied to one). */
public record EmotionNote(String id, String questionKey, Emotion emotion, int intensity, boolean acknowledged) {

    /** Strong emotions (intensity 4 or 5) are the ones the seed says must not be ignored. */
    public static final int STRONG = 4;

    public boolean isStrong() {
        return intensity >= STRONG;
    }
}
