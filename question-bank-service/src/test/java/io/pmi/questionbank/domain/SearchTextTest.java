package io.pmi.questionbank.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchTextTest {

    @Test
    void foldingLowersWidensAndDropsPunctuation() {
        assertEquals("kpi 合理吗", SearchText.fold("ＫＰＩ，合理吗？"));
        assertEquals("feedback frequency", SearchText.fold("  Feedback—FREQUENCY!  "));
        assertEquals("", SearchText.fold("?!…"));
    }

    @Test
    void everyPartEndsWithALineBreakSoBigramsNeverCrossParts() {
        String stored = SearchText.of(List.of("反馈", "频率"));
        assertEquals("反馈\n频率\n", stored);
        assertEquals(Set.of("反馈", "馈\n", "频率", "率\n"), SearchText.bigrams(stored));
    }

    @Test
    void aQueryNeedsItsBigramsOrItsOneCharacter() {
        assertEquals(Set.of("反馈", "馈频", "频率"), SearchText.queryTerms("反馈频率"));
        assertEquals(Set.of("反"), SearchText.queryTerms("反"));
    }

    @Test
    void aQuestionIsSearchedByKeyMeasureAndEveryWording() {
        QuestionContent content = new QuestionContent("feedback.frequency", "FEEDBACK", "FREQUENCY_MODE",
                "feedback.rhythm", QuestionType.OPEN, LocalizedTexts.of("你多久收到一次反馈?", "How often?"),
                List.of(new QuestionContent.Variant(SourceRole.SUPERVISOR, LocalizedTexts.of("你多久给下属反馈?", null))),
                null, null, null, null);
        String stored = SearchText.of(content);
        for (String part : List.of("feedback frequency", "feedback rhythm", "你多久收到一次反馈", "how often",
                "你多久给下属反馈")) {
            assertTrue(stored.contains(part + "\n"), part);
        }
    }

    @Test
    void optionLabelsAndTheIntentNoteAreSearchedToo() {
        QuestionContent content = new QuestionContent("feedback.channel", "FEEDBACK", "FREQUENCY_MODE",
                "feedback.channel", QuestionType.SINGLE_CHOICE, LocalizedTexts.of("反馈主要通过什么方式?", "How?"),
                null, List.of(new QuestionContent.Option("ONE_ON_ONE", LocalizedTexts.of("一对一面谈", "One-on-one talk")),
                        new QuestionContent.Option("EMAIL", LocalizedTexts.of("邮件", "Email"))),
                null, null, LocalizedTexts.of("了解反馈渠道是否正式。", "Whether feedback has a formal channel."));
        String stored = SearchText.of(content);
        for (String part : List.of("一对一面谈", "one on one talk", "邮件", "email", "了解反馈渠道是否正式",
                "whether feedback has a formal channel")) {
            assertTrue(stored.contains(part + "\n"), part);
        }
    }
}
