package io.pmi.interview.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The seed's four interviewer pitfalls, found on a record with their evidence: leading questions asked
 * (引导性提问), strong emotions left unaddressed (忽视员工情绪), no preparation (缺乏准备), an inaccurate or
 * incomplete record (访谈记录不准确); and closed questions over-used among those asked on the spot. An interview
 * done by the book has none.
 *
 * <ul>
 *     <li>{@code LEADING_QUESTION}: a question asked on the spot that the linter found LEADING.</li>
 *     <li>{@code EMOTION_UNADDRESSED}: an emotion of intensity 4 or 5 not acknowledged.</li>
 *     <li>{@code UNPREPARED}: the interview started with an item of the preparation checklist not done.</li>
 *     <li>{@code INACCURATE_RECORD}: a required question without an answer, an open answer too short to be a
 *     record (under {@value #MIN_CHINESE_CHARACTERS} characters in Chinese, under {@value #MIN_WORDS} words
 *     otherwise), or a vague answer not followed up.</li>
 *     <li>{@code CLOSED_QUESTION_OVERUSE}: at least {@value #CLOSED_OVERUSE_MIN} of the questions asked on the spot,
 *     and at least a third of them, are closed (yes/no) questions.</li>
 * </ul>
 */
public final class QualityReview {

    public static final int MIN_CHINESE_CHARACTERS = 10;
    public static final int MIN_WORDS = 3;
    public static final int CLOSED_OVERUSE_MIN = 2;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    public enum PitfallCode {
        LEADING_QUESTION,
        EMOTION_UNADDRESSED,
        UNPREPARED,
        INACCURATE_RECORD,
        CLOSED_QUESTION_OVERUSE
    }

    /** What a pitfall was seen on: a question, an emotion note or a checklist item, and why. */
    public record Evidence(String questionKey, String emotionId, String detail) {
    }

    public record Pitfall(PitfallCode code, List<Evidence> evidence) {
    }

    /**
     * @param checklistAtStart the checklist as it was when the interview started (null: not started yet)
     * @param spotFindings     lint finding codes of each question asked on the spot, by key
     */
    public static List<Pitfall> review(Checklist checklistAtStart, List<SnapshotQuestion> questions,
                                       Map<String, AnswerData> answers, List<EmotionNote> emotions,
                                       Map<String, List<String>> spotFindings) {
        List<Pitfall> pitfalls = new ArrayList<>();
        List<Evidence> leading = new ArrayList<>();
        List<Evidence> closed = new ArrayList<>();
        spotFindings.forEach((key, codes) -> {
            if (codes.contains("LEADING")) {
                leading.add(new Evidence(key, null, "asked a leading question"));
            }
            if (codes.contains("CLOSED")) {
                closed.add(new Evidence(key, null, "asked a closed (yes/no) question"));
            }
        });
        add(pitfalls, PitfallCode.LEADING_QUESTION, leading);
        add(pitfalls, PitfallCode.EMOTION_UNADDRESSED, emotions.stream().filter(e -> e.isStrong() && !e.acknowledged())
                .map(e -> new Evidence(e.questionKey(), e.id(), e.emotion() + " at " + e.intensity()
                        + "/5, not acknowledged")).toList());
        if (checklistAtStart != null) {
            add(pitfalls, PitfallCode.UNPREPARED, checklistAtStart.missing().stream()
                    .map(item -> new Evidence(null, null, item + " was not done before the interview started"))
                    .toList());
        }
        List<Evidence> inaccurate = new ArrayList<>();
        for (SnapshotQuestion question : questions) {
            AnswerData answer = answers.get(question.key());
            boolean given = answer != null && answer.isGiven();
            if (question.required() && !given) {
                inaccurate.add(new Evidence(question.key(), null, "required question without an answer"));
            } else if (given && question.type() == QuestionType.OPEN && tooShort(answer.text())) {
                inaccurate.add(new Evidence(question.key(), null, "the recorded answer is too short to be a record"));
            }
            if (given && answer.vague() && !answer.isFollowedUp()) {
                inaccurate.add(new Evidence(question.key(), null, "a vague answer was not followed up"));
            }
        }
        add(pitfalls, PitfallCode.INACCURATE_RECORD, inaccurate);
        if (closed.size() >= CLOSED_OVERUSE_MIN && closed.size() * 3 >= spotFindings.size()) {
            pitfalls.add(new Pitfall(PitfallCode.CLOSED_QUESTION_OVERUSE, closed));
        }
        return pitfalls;
    }

    /** Under 10 characters when the text is Chinese, under 3 words otherwise. */
    public static boolean tooShort(String text) {
        if (text == null) {
            return true;
        }
        String stripped = text.strip();
        if (HAN.matcher(stripped).find()) {
            String letters = stripped.replaceAll("[\\s\\p{P}]", "");
            return letters.codePointCount(0, letters.length()) < MIN_CHINESE_CHARACTERS;
        }
        return stripped.isEmpty() || stripped.split("\\s+").length < MIN_WORDS;
    }

    private static void add(List<Pitfall> pitfalls, PitfallCode code, List<Evidence> evidence) {
        if (!evidence.isEmpty()) {
            pitfalls.add(new Pitfall(code, evidence));
        }
    }
}
