package io.pmi.interview.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A campaign's own rules: its life cycle, the period format, every field's limits, the defaults, guide references. */
class CampaignRulesTest {

    private static CampaignSettings minimal() {
        return new CampaignSettings("销售部访谈", null, null, "2026-H1", null, null, null, null, null);
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.path() + ":" + v.code()).toList();
    }

    @Test
    void aCampaignClosesOnceAndIsEditableOnlyWhileOpen() {
        assertTrue(CampaignStatus.OPEN.canMoveTo(CampaignStatus.CLOSED));
        assertFalse(CampaignStatus.CLOSED.canMoveTo(CampaignStatus.CLOSED));
        assertFalse(CampaignStatus.CLOSED.canMoveTo(CampaignStatus.OPEN));
        assertTrue(CampaignStatus.OPEN.editable());
        assertFalse(CampaignStatus.CLOSED.editable());
    }

    @Test
    void periodsAreYearsHalvesQuartersOrMonths() {
        for (String valid : List.of("2026", "2026-H1", "2026-H2", "2026-Q1", "2026-Q4", "2026-01", "2026-12", "1999")) {
            assertTrue(CampaignPeriod.isValid(valid), valid);
        }
        for (String invalid : List.of("26", "2026-H3", "2026-Q5", "2026-00", "2026-13", "2026-7", "2026H1", "2026-h1",
                "2026-W01", " 2026", "2026-H1 ", "", "3026")) {
            assertFalse(CampaignPeriod.isValid(invalid), invalid);
        }
        assertFalse(CampaignPeriod.isValid(null));
    }

    @Test
    void theLeastACampaignNeedsIsANameAndAPeriodAndTheRestDefaults() {
        assertEquals(List.of(), CampaignRules.check(minimal()));
        CampaignSettings settings = CampaignRules.withDefaults(minimal());
        assertEquals(List.of(), settings.departments());
        assertEquals(List.of(), settings.guides());
        assertEquals("zh-CN", settings.locale());
        assertEquals(3, settings.anonymityThreshold());
        assertEquals(0.8, settings.completenessThreshold());
        assertNull(settings.gapThreshold(), "no gap threshold means a third of each scale's range");
        assertEquals(List.of("name:required", "period:required"), codes(CampaignRules.check(
                new CampaignSettings(" ", null, null, null, null, null, null, null, null))));
    }

    @Test
    void everyBrokenLimitIsReportedAtOnceAtItsPath() {
        List<GuideChoice> guides = new ArrayList<>();
        guides.add(new GuideChoice(SourceRole.SELF, "guide.self", 0));
        guides.add(new GuideChoice(SourceRole.SELF, "../questions", null));
        guides.add(new GuideChoice(null, " ", null));
        guides.add(null);
        CampaignSettings bad = new CampaignSettings("x".repeat(201), "y".repeat(2001),
                List.of("销售部", " ", "销售部", "z".repeat(101)), "2026-H3", "fr", guides, 1, 1.5, 0.0);
        assertEquals(List.of("name:size", "description:size", "departments[1]:required", "departments[2]:duplicate",
                "departments[3]:size", "period:pattern", "locale:invalid-value", "guides[0].version:range",
                "guides[1].role:duplicate", "guides[1].guideId:pattern", "guides[2].role:required",
                "guides[2].guideId:required", "guides[3]:required", "anonymityThreshold:range",
                "completenessThreshold:range", "gapThreshold:range"), codes(CampaignRules.check(bad)));
    }

    @Test
    void thresholdsHaveTheirRanges() {
        assertEquals(List.of(), CampaignRules.check(thresholds(2, 0.0, 0.01)));
        assertEquals(List.of(), CampaignRules.check(thresholds(50, 1.0, 10.0)));
        assertEquals(List.of("anonymityThreshold:range", "completenessThreshold:range", "gapThreshold:range"),
                codes(CampaignRules.check(thresholds(51, -0.1, 10.5))));
        assertEquals(List.of("gapThreshold:range"), codes(CampaignRules.check(thresholds(3, 0.8, -1.0))));
    }

    @Test
    void listsAreBoundedAndOneGuidePerRoleFitsTheLimit() {
        assertEquals(SourceRole.values().length, CampaignRules.GUIDES_MAX);
        List<GuideChoice> perRole = new ArrayList<>();
        for (SourceRole role : SourceRole.values()) {
            perRole.add(new GuideChoice(role, "guide." + role.name().toLowerCase(), null));
        }
        assertEquals(List.of(), CampaignRules.check(withGuides(perRole)));
        perRole.add(new GuideChoice(SourceRole.SELF, "guide.other", null));
        assertEquals(List.of("guides:size"), codes(CampaignRules.check(withGuides(perRole))));
        List<String> departments = Collections.nCopies(101, "销售部");
        assertEquals(List.of("departments:size"), codes(CampaignRules.check(new CampaignSettings("访谈", null,
                departments, "2026", null, null, null, null, null))));
        assertEquals(List.of(), CampaignRules.check(new CampaignSettings("访谈", null,
                IntStream.range(0, 100).mapToObj(i -> "部门" + i).toList(), "2026", "en", null, null,
                null, null)));
    }

    @Test
    void aGuideMustExistBeForTheRoleAndHaveTheVersion() {
        GuideChoice latest = new GuideChoice(SourceRole.SELF, "guide.self", null);
        GuideChoice pinned = new GuideChoice(SourceRole.SELF, "guide.self", 2);
        assertEquals(List.of(), CampaignRules.checkGuide(0, latest, Optional.of(new KnownGuide("SELF", 1))));
        assertEquals(List.of(), CampaignRules.checkGuide(0, pinned, Optional.of(new KnownGuide("SELF", 2))));
        assertEquals(List.of("guides[1].guideId:unknown"),
                codes(CampaignRules.checkGuide(1, latest, Optional.empty())));
        assertEquals(List.of("guides[2].role:mismatch"),
                codes(CampaignRules.checkGuide(2, latest, Optional.of(new KnownGuide("SUPERVISOR", 1)))));
        assertEquals(List.of("guides[0].role:mismatch"), codes(CampaignRules.checkGuide(0, latest,
                Optional.of(new KnownGuide("MENTOR", 1)))), "a role the bank adds later is another role");
        assertEquals(List.of("guides[0].version:unknown"),
                codes(CampaignRules.checkGuide(0, pinned, Optional.of(new KnownGuide("SELF", 1)))));
        assertEquals(List.of("guides[0].version:unknown"),
                codes(CampaignRules.checkGuide(0, pinned, Optional.of(new KnownGuide("SELF", null)))));
        assertEquals(List.of("guides[3].guideId:not-published"),
                codes(CampaignRules.checkGuide(3, latest, Optional.of(new KnownGuide("SELF", null)))));
        assertEquals(List.of("guides[0].role:mismatch", "guides[0].version:unknown"),
                codes(CampaignRules.checkGuide(0, pinned, Optional.of(new KnownGuide("PEER", 1)))));
    }

    private static CampaignSettings thresholds(int k, double completeness, double gap) {
        return new CampaignSettings("访谈", null, null, "2026", null, null, k, completeness, gap);
    }

    private static CampaignSettings withGuides(List<GuideChoice> guides) {
        return new CampaignSettings("访谈", null, null, "2026", null, guides, null, null, null);
    }
}
