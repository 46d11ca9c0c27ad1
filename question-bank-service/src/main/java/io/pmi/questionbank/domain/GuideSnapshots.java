package io.pmi.questionbank.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What may be published, and the frozen version itself. Pure, so that the library's default guides are checked
 * and frozen by the same rules as a tenant's.
 */
public final class GuideSnapshots {

    /** A question as the guide would pin it. */
    public record Candidate(String id, int version, QuestionStatus status, String dimension, QuestionContent content) {
    }

    private GuideSnapshots() {
    }

    /**
     * @param candidates the guide's questions by id (all of them exist: the working copy is checked on save)
     * @param core       the codes of the core dimensions, each needing at least one question
     */
    public static List<Violation> check(GuideContent guide, Map<String, Candidate> candidates, Set<String> core) {
        List<Violation> violations = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (int s = 0; s < guide.sections().size(); s++) {
            GuideContent.Section section = guide.sections().get(s);
            for (int q = 0; q < section.questions().size(); q++) {
                String path = "sections[" + s + "].questions[" + q + "]";
                Candidate candidate = candidates.get(section.questions().get(q));
                if (candidate.status() != QuestionStatus.ACTIVE) {
                    violations.add(new Violation(path, "not-active", "Question " + candidate.id() + " is "
                            + candidate.status() + "; only active questions are published."));
                }
                if (!candidate.content().roles().contains(guide.role())) {
                    violations.add(new Violation(path, "role-not-asked", "Question " + candidate.id() + " has no wording for "
                            + guide.role() + " interviewees."));
                }
                if (candidate.status() == QuestionStatus.ACTIVE) {
                    covered.add(section.dimension());
                }
            }
        }
        core.stream().sorted().filter(d -> !covered.contains(d)).forEach(d -> violations.add(new Violation("sections",
                "core-dimension-missing", "Core dimension " + d + " has no active question.")));
        return violations;
    }

    public static GuideSnapshot freeze(GuideContent guide, Map<String, Candidate> candidates,
                                       Map<String, GuideSnapshot.SectionDimension> dimensions) {
        Map<String, GuideSnapshot.SectionDimension> used = new LinkedHashMap<>();
        List<GuideSnapshot.PinnedQuestion> pinned = new ArrayList<>();
        for (GuideContent.Section section : guide.sections()) {
            used.put(section.dimension(), dimensions.get(section.dimension()));
            for (String id : section.questions()) {
                Candidate candidate = candidates.get(id);
                pinned.add(new GuideSnapshot.PinnedQuestion(id, candidate.version(), candidate.content()));
            }
        }
        return new GuideSnapshot(guide, used, pinned);
    }
}
