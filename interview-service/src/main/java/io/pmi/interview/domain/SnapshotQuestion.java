package io.pmi.interview.domain;

import java.util.List;
import java.util.Map;

/**
 * A question as the interview asks it, frozen when the interview is planned (from the guide version) or added on
 * the spot: worded for the interviewee's source role, with what an answer may be.
 *
 * @param options  the option values of a choice question, in the question's order (null otherwise)
 * @param scaleMin the lowest scale point of a SCALE question (null otherwise)
 * @param required every guide question is required; questions asked on the spot are not
 */
public record SnapshotQuestion(String key, String dimension, String topic, String measure, QuestionType type,
                               Map<String, String> text, List<String> options, Integer scaleMin, Integer scaleMax,
                               List<Map<String, String>> probes, boolean required) {
}
