package io.pmi.questionbank.domain.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pmi.questionbank.domain.QuestionType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A labelled question set of {@code src/test/resources/lint}: locale, type, expected code (or NEUTRAL), text. */
record LabelledSet(String name, List<Row> rows) {

    record Row(String locale, QuestionType type, String expected, String text) {
    }

    /**
     * The default bank's texts ({@code library/questions.json}: texts, role variants, probes), neutral by design:
     * the questions the product ships are the model's reference of what a good question looks like.
     */
    static final String LIBRARY = "library";

    /** The sets the model is trained on; the {@link #HELD_OUT} sets are never among them. */
    static final List<String> TRAINING = List.of("labelled", "training", "held-out", "held-out-2", "training-4",
            "training-5", "training-6", "training-7", "training-8", "training-9", "training-10", "training-11",
            LIBRARY);

    /** The outside sets that judge the linter: never trained or tuned on. */
    static final List<String> HELD_OUT = List.of("held-out-3", "held-out-4", "held-out-5", "held-out-6",
            "held-out-7", "held-out-8", "held-out-9", "held-out-10");

    private static final ObjectMapper JSON = new ObjectMapper();

    static LabelledSet read(String name) {
        if (name.equals(LIBRARY)) {
            return library();
        }
        String resource = "lint/" + name + "-questions.tsv";
        try (InputStream in = LabelledSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new LabelledSet(name, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", 4))
                    .map(f -> new Row(f[0], QuestionType.valueOf(f[1]), f[2], f[3]))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LabelledSet library() {
        try (InputStream in = LabelledSet.class.getClassLoader().getResourceAsStream("library/questions.json")) {
            List<Row> rows = new ArrayList<>();
            for (JsonNode question : JSON.readTree(in)) {
                QuestionType type = QuestionType.valueOf(question.path("type").asText());
                addTexts(rows, question.path("text"), type);
                question.path("variants").forEach(v -> addTexts(rows, v.path("text"), type));
                question.path("probes").forEach(p -> addTexts(rows, p, QuestionType.OPEN));
            }
            return new LabelledSet(LIBRARY, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addTexts(List<Row> rows, JsonNode texts, QuestionType type) {
        texts.fields().forEachRemaining(t -> rows.add(new Row(t.getKey(), type, "NEUTRAL", t.getValue().asText())));
    }
}
