package io.pmi.questionbank.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GuideSnapshotsTest {

    private static final Map<String, String> TEXT = LocalizedTexts.of("你如何看待目前的绩效目标?", null);

    private static QuestionContent content(String key, String dimension, List<SourceRole> roles) {
        return new QuestionContent(key, dimension, "T", key, QuestionType.OPEN, TEXT,
                roles.stream().map(r -> new QuestionContent.Variant(r, TEXT)).toList(), null, null, null, null);
    }

    private static GuideContent guide(SourceRole role, List<GuideContent.Section> sections) {
        return GuideContent.of("g", role, LocalizedTexts.of("提纲", null), null, null, sections, null, null);
    }

    @Test
    void aGuideCoveringEveryCoreDimensionWithActiveQuestionsForItsRolePublishes() {
        Map<String, GuideSnapshots.Candidate> candidates = Map.of(
                "q1", new GuideSnapshots.Candidate("q1", 2, QuestionStatus.ACTIVE, "GOALS",
                        content("q1", "GOALS", List.of(SourceRole.SELF))),
                "q2", new GuideSnapshots.Candidate("q2", 1, QuestionStatus.ACTIVE, "FEEDBACK",
                        content("q2", "FEEDBACK", List.of())));
        GuideContent guide = guide(SourceRole.SELF, List.of(new GuideContent.Section("GOALS", List.of("q1")),
                new GuideContent.Section("FEEDBACK", List.of("q2"))));
        assertEquals(List.of(), GuideSnapshots.check(guide, candidates, Set.of("GOALS", "FEEDBACK")));
        GuideSnapshot snapshot = GuideSnapshots.freeze(guide, candidates, Map.of(
                "GOALS", new GuideSnapshot.SectionDimension(LocalizedTexts.of("目标设定", "Goals"), true),
                "FEEDBACK", new GuideSnapshot.SectionDimension(LocalizedTexts.of("反馈机制", "Feedback"), true),
                "INCENTIVES", new GuideSnapshot.SectionDimension(LocalizedTexts.of("激励措施", "Incentives"), true)));
        assertEquals(List.of("q1@2", "q2@1"), snapshot.questions().stream().map(p -> p.id() + "@" + p.version())
                .toList());
        assertEquals(Set.of("GOALS", "FEEDBACK"), snapshot.dimensions().keySet(), "only the sections' dimensions");
    }

    @Test
    void everyReasonNotToPublishIsListedWithItsPath() {
        Map<String, GuideSnapshots.Candidate> candidates = Map.of(
                "q1", new GuideSnapshots.Candidate("q1", 1, QuestionStatus.DRAFT, "GOALS",
                        content("q1", "GOALS", List.of(SourceRole.SELF))),
                "q2", new GuideSnapshots.Candidate("q2", 1, QuestionStatus.ACTIVE, "FEEDBACK",
                        content("q2", "FEEDBACK", List.of(SourceRole.PEER))));
        GuideContent guide = guide(SourceRole.SELF, List.of(new GuideContent.Section("GOALS", List.of("q1")),
                new GuideContent.Section("FEEDBACK", List.of("q2"))));
        List<Violation> violations = GuideSnapshots.check(guide, candidates, Set.of("GOALS", "FEEDBACK", "INDICATORS"));
        assertEquals(List.of("sections[0].questions[0]:not-active", "sections[1].questions[0]:role-not-asked",
                        "sections:core-dimension-missing", "sections:core-dimension-missing"),
                violations.stream().map(v -> v.path() + ":" + v.code()).toList());
        assertEquals("Core dimension GOALS has no active question.", violations.get(2).message());
        assertEquals("Core dimension INDICATORS has no active question.", violations.get(3).message());
    }

    @Test
    void whatAGuideLeavesOutTakesTheSeedsDefaults() {
        GuideContent guide = guide(SourceRole.PEER, List.of());
        assertEquals(GuideContent.DEFAULT_OPENING, guide.opening());
        assertEquals(GuideContent.DEFAULT_CLOSING, guide.closing());
        assertEquals(45, guide.estimatedMinutes());
        assertEquals(List.of("zh-CN", "en"), guide.locales());
        GuideContent own = GuideContent.of("g", SourceRole.PEER, TEXT, List.of("zh-CN"), TEXT, List.of(), TEXT, 30);
        assertEquals(List.of(TEXT, TEXT, 30, List.of("zh-CN")),
                List.of(own.opening(), own.closing(), own.estimatedMinutes(), own.locales()));
    }
}
