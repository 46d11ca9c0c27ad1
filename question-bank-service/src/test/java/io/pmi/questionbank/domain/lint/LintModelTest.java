package io.pmi.questionbank.domain.lint;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed lint models are what {@link LintModelTrainer} gives for the committed training sets. */
class LintModelTest {

    @Test
    void committedWeightsAreWhatTheTrainingSetsGive() throws IOException {
        for (String locale : List.of(QuestionLinter.ZH_CN, QuestionLinter.EN)) {
            LintModel committed = LintModel.load(locale);
            Map<LintCode, Double> thresholds = new EnumMap<>(LintCode.class);
            LintModelTrainer.CODES.forEach(code -> thresholds.put(code, committed.threshold(code)));
            List<LintModelTrainer.Example> examples = LintModelTrainer.examples(locale);
            String retrained = LintModelTrainer.train(locale, examples, thresholds)
                    .format(LintModelTrainer.header(locale, examples));
            assertTrue(retrained.equals(resource("lint/model-" + locale + ".tsv")), "lint/model-" + locale
                    + ".tsv is not what its training sets give: retrain it (docs/lint-model.md)");
        }
    }

    /** The held-out sets judge the linter: none of their questions may reach the model, by name or copied. */
    @Test
    void theHeldOutSetsAreNeverTrainedOn() {
        assertTrue(LabelledSet.HELD_OUT.stream().noneMatch(LabelledSet.TRAINING::contains));
        Set<String> heldOut = LintModelTrainer.heldOutKeys();
        assertTrue(heldOut.size() > 1000, "every held-out set is read");
        List<String> leaked = List.of(QuestionLinter.ZH_CN, QuestionLinter.EN).stream()
                .flatMap(locale -> LintModelTrainer.examples(locale).stream())
                .map(e -> LintModelTrainer.key(e.row().text())).filter(heldOut::contains).toList();
        assertEquals(List.of(), leaked);
    }

    @Test
    void theFileRoundTrips() throws IOException {
        LintModel model = LintModel.load(QuestionLinter.EN);
        String file = resource("lint/model-en.tsv");
        String header = file.substring(0, file.indexOf("classes\t"));
        assertEquals(file, LintModel.parse(QuestionLinter.EN, file).format(header));
        double[] p = model.predict("Don't you think the targets are too high?").probabilities();
        assertEquals(1.0, p[0] + p[1] + p[2] + p[3], 1e-9);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LintModelTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
