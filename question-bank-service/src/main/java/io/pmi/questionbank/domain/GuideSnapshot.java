package io.pmi.questionbank.domain;

import java.util.List;
import java.util.Map;

/**
 * A published version of a guide as stored ({@code guide_version.snapshot}): the working copy as it was, the
 * dimensions of its sections, and every question in full at the version it was pinned to. Never changes.
 */
public record GuideSnapshot(GuideContent guide, Map<String, SectionDimension> dimensions,
                            List<PinnedQuestion> questions) {

    public record SectionDimension(Map<String, String> name, boolean core) {
    }

    public record PinnedQuestion(String id, int version, QuestionContent content) {
    }
}
