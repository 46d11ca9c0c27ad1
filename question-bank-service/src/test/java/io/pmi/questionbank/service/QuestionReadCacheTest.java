package io.pmi.questionbank.service;

import io.pmi.questionbank.domain.LocalizedTexts;
import io.pmi.questionbank.domain.QuestionContent;
import io.pmi.questionbank.domain.QuestionType;
import io.pmi.questionbank.domain.SourceRole;
import io.pmi.questionbank.repository.LibraryContent;
import io.pmi.questionbank.repository.Question;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read cache is bounded by the heap its questions take, which differs a hundredfold between questions. */
class QuestionReadCacheTest {

    private static Map<String, String> texts(int length) {
        return LocalizedTexts.of(String.join("", Collections.nCopies(length, "问")),
                String.join("", Collections.nCopies(length, "q")));
    }

    /** The largest question the API accepts: every text at its limit, every list at its longest. */
    static QuestionContent largest() {
        return new QuestionContent("k".repeat(100), "DIMENSION", "TOPIC", "m".repeat(100), QuestionType.SCALE,
                texts(500), List.of(SourceRole.values()).stream().map(r -> new QuestionContent.Variant(r, texts(500)))
                .toList(), IntStream.range(0, 20).mapToObj(i -> new QuestionContent.Option("o".repeat(60) + i,
                texts(200))).toList(), new QuestionContent.Scale(0, 10, IntStream.rangeClosed(0, 10)
                .mapToObj(i -> new QuestionContent.Anchor(i, texts(200))).toList()),
                IntStream.range(0, 10).mapToObj(i -> texts(500)).toList(), texts(2000));
    }

    private static CurrentQuestion current(QuestionContent content) {
        Question question = new Question();
        question.id = "q." + content.key();
        question.key = content.key();
        question.measureKey = content.measure();
        return new CurrentQuestion(question, content, null);
    }

    @Test
    void theLargestQuestionWeighsItsCharactersAtTwoBytesEachPlusOverheads() {
        int weight = QuestionReadCache.weigh(current(largest()));
        // 33,400 characters of text: at least 66,800 bytes, and the overheads stay below half of that
        assertTrue(weight > 66_800 && weight < 100_000, "weight " + weight);
    }

    @Test
    void aLibraryQuestionWeighsAFewKilobytes() {
        List<LibraryContent.LibraryQuestion> library = LibraryContent.questions("library/questions.json");
        int max = library.stream().mapToInt(q -> QuestionReadCache.weigh(current(q.content()))).max().orElseThrow();
        int min = library.stream().mapToInt(q -> QuestionReadCache.weigh(current(q.content()))).min().orElseThrow();
        assertTrue(min > 1_500 && max < 12_000, "library questions weigh " + min + " to " + max + " bytes");
    }
}
