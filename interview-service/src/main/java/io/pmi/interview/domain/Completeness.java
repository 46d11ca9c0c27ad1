package io.pmi.interview.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How complete an interview's record is (the seed's 访谈记录不准确 pitfall, seen before completion).
 *
 * <p>The score is the share of required questions answered (1 when there are none), less 0.05 for every other gap
 * (a core dimension without an answer, a vague answer not followed up, a strong emotion not acknowledged), never
 * below 0; without consent it is 0, since nothing of the interview may be used.
 */
public final class Completeness {

    public static final double PENALTY = 0.05;

    public enum GapCode {
        REQUIRED_UNANSWERED,
        CORE_DIMENSION_UNCOVERED,
        VAGUE_NOT_FOLLOWED_UP,
        EMOTION_NOT_ACKNOWLEDGED,
        CONSENT_MISSING
    }

    /** One gap; {@code questionKey}, {@code dimension} or {@code emotionId} names what it is about. */
    public record Gap(GapCode code, String questionKey, String dimension, String emotionId, String message) {
    }

    public record Result(double score, List<Gap> gaps) {
    }

    private Completeness() {
    }

    /**
     * @param questions      the interview's questions, guide questions first
     * @param answers        answers by question key
     * @param coreDimensions the dimensions every interview should cover
     */
    public static Result assess(List<SnapshotQuestion> questions, Map<String, AnswerData> answers,
                                List<EmotionNote> emotions, boolean consented, Set<String> coreDimensions) {
        List<Gap> gaps = new ArrayList<>();
        if (!consented) {
            gaps.add(new Gap(GapCode.CONSENT_MISSING, null, null, null,
                    "No consent is recorded: nothing of this interview may be used."));
        }
        int required = 0;
        int answered = 0;
        Set<String> covered = new LinkedHashSet<>();
        Set<String> asked = new LinkedHashSet<>();
        for (SnapshotQuestion question : questions) {
            AnswerData answer = answers.get(question.key());
            boolean given = answer != null && answer.isGiven();
            asked.add(question.dimension());
            if (given) {
                covered.add(question.dimension());
            }
            if (question.required()) {
                required++;
                if (given) {
                    answered++;
                } else {
                    gaps.add(new Gap(GapCode.REQUIRED_UNANSWERED, question.key(), question.dimension(), null,
                            "Question " + question.key() + " has no answer."));
                }
            }
            if (given && answer.vague() && !answer.isFollowedUp()) {
                gaps.add(new Gap(GapCode.VAGUE_NOT_FOLLOWED_UP, question.key(), question.dimension(), null,
                        "The answer to " + question.key() + " is marked vague and was not followed up (追问)."));
            }
        }
        coreDimensions.stream().sorted().filter(d -> !covered.contains(d)).forEach(d -> gaps.add(new Gap(
                GapCode.CORE_DIMENSION_UNCOVERED, null, d, null, asked.contains(d)
                ? "No question of core dimension " + d + " was answered."
                : "The interview asks nothing of core dimension " + d + ".")));
        for (EmotionNote emotion : emotions) {
            if (emotion.isStrong() && !emotion.acknowledged()) {
                gaps.add(new Gap(GapCode.EMOTION_NOT_ACKNOWLEDGED, emotion.questionKey(), null, emotion.id(),
                        "A strong emotion (" + emotion.emotion() + ", " + emotion.intensity() + "/5) was not "
                                + "acknowledged."));
            }
        }
        if (!consented) {
            return new Result(0, gaps);
        }
        double share = required == 0 ? 1 : (double) answered / required;
        long others = gaps.stream().filter(g -> g.code() != GapCode.REQUIRED_UNANSWERED).count();
        double score = Math.max(0, share - PENALTY * others);
        return new Result(Math.round(score * 1000) / 1000.0, gaps);
    }
}
