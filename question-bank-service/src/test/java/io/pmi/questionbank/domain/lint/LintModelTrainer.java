package io.pmi.questionbank.domain.lint;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.questionbank.domain.QuestionType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Trains the lint model of each language on the sets of {@link LabelledSet#TRAINING} and writes
 * {@code src/main/resources/lint/model-<locale>.tsv} and {@code docs/lint-model.md} (the figures). Not a test: run it
 * as the benchmarks run (docs/benchmarks.md, "Building and running"), from the repository root:
 * <pre>./mvnw -q -B -ntp $M2 -pl question-bank-service -am install -DskipTests
 * ./mvnw -q -B -ntp $M2 -pl question-bank-service test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.pmi.questionbank.domain.lint.LintModelTrainer</pre>
 * {@code LintModelTest} fails when the committed weights are not what this gives for the committed sets.
 *
 * {@code -Dlint.misses=true} also prints every training row the linter gets wrong in cross-validation.
 *
 * <p>Training is deterministic (full-batch gradient descent from zero weights, rows in file order, classes weighted
 * by their inverse frequency), so that the same sets always give the same file. The threshold of each code is the
 * lowest probability at which, in cross-validation by set (each set predicted by a model trained on the others), at
 * most {@link #NEUTRAL_BUDGET} of the neutral questions get that code from the model in the linter, beyond what the
 * rules give them: a false alarm costs an interviewer more than a miss.
 */
final class LintModelTrainer {

    static final int EPOCHS = 800;
    static final double LEARNING_RATE = 4.0;
    static final double L2 = 1e-5;
    static final double MOMENTUM = 0.9;
    static final int MIN_COUNT = 2;
    static final double NEUTRAL_BUDGET = 0.005;
    static final List<LintCode> CODES = List.of(LintCode.LEADING, LintCode.CLOSED, LintCode.DOUBLE_BARRELED);

    /** A training row, its features, its class and its fold: the index of its set, or a share of the library. */
    record Example(LabelledSet.Row row, List<String> features, int label, int fold) {
    }

    /** One fold per training set but the library, whose rows are dealt out over them. */
    static final int FOLDS = LabelledSet.TRAINING.size() - 1;

    private LintModelTrainer() {
    }

    /**
     * The rows of the training sets in one language that carry a class of the model (LOADED and TOO_LONG do not),
     * without those that are also in a held-out set.
     */
    static List<Example> examples(String locale) {
        Set<String> heldOut = heldOutKeys();
        List<Example> examples = new ArrayList<>();
        List<String> sets = LabelledSet.TRAINING.stream().filter(name -> !name.equals(LabelledSet.LIBRARY)).toList();
        for (String name : LabelledSet.TRAINING) {
            for (LabelledSet.Row row : LabelledSet.read(name).rows()) {
                int label = LintModel.CLASSES.indexOf(row.expected());
                if (row.locale().equals(locale) && label >= 0 && !heldOut.contains(key(row.text()))) {
                    int fold = name.equals(LabelledSet.LIBRARY) ? examples.size() % FOLDS : sets.indexOf(name);
                    examples.add(new Example(row, List.copyOf(TextFeatures.features(wording(row), locale)), label,
                            fold));
                }
            }
        }
        return examples;
    }

    static Set<String> heldOutKeys() {
        return LabelledSet.HELD_OUT.stream().flatMap(name -> LabelledSet.read(name).rows().stream())
                .map(r -> key(r.text())).collect(Collectors.toSet());
    }

    /**
     * A question as the model reads it, to find a training row that is also in a held-out set (the seed's examples, or a
     * "Stressed?" both writers thought of): it is left out of training, so that the held-out sets stay unseen.
     */
    static String key(String text) {
        return TextFeatures.clean(text).strip().replaceAll("\\s+", " ").replaceAll("[?]$", "");
    }

    /** What the linter shows the model: the options of a scale or choice question are not its wording. */
    static String wording(LabelledSet.Row row) {
        return row.type() == QuestionType.OPEN ? row.text() : QuestionLinter.blankBracketed(row.text());
    }

    /** Trains on the examples; thresholds as given. */
    static LintModel train(String locale, List<Example> examples, Map<LintCode, Double> thresholds) {
        Map<String, Integer> counts = new HashMap<>();
        examples.forEach(e -> e.features().forEach(f -> counts.merge(f, 1, Integer::sum)));
        List<String> vocabulary = counts.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT)
                .map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> index = new HashMap<>();
        vocabulary.forEach(f -> index.put(f, index.size()));
        int classes = LintModel.CLASSES.size();
        int[][] x = new int[examples.size()][];
        double[] scale = new double[examples.size()];
        double[] classWeight = new double[classes];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            x[i] = e.features().stream().filter(index::containsKey).mapToInt(index::get).toArray();
            scale[i] = 1 / Math.sqrt(e.features().size());
            classWeight[e.label()]++;
        }
        for (int k = 0; k < classes; k++) {
            classWeight[k] = classWeight[k] == 0 ? 0 : examples.size() / (classes * classWeight[k]);
        }
        double[][] w = new double[vocabulary.size()][classes];
        double[] bias = new double[classes];
        double[][] gradient = new double[vocabulary.size()][classes];
        double[] biasGradient = new double[classes];
        double[][] velocity = new double[vocabulary.size()][classes];
        double[] biasVelocity = new double[classes];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            for (double[] g : gradient) {
                Arrays.fill(g, 0);
            }
            Arrays.fill(biasGradient, 0);
            for (int i = 0; i < x.length; i++) {
                double[] z = bias.clone();
                for (int f : x[i]) {
                    for (int k = 0; k < classes; k++) {
                        z[k] += w[f][k] * scale[i];
                    }
                }
                double[] p = LintModel.softmax(z);
                int label = examples.get(i).label();
                for (int k = 0; k < classes; k++) {
                    double g = (p[k] - (k == label ? 1 : 0)) * classWeight[label];
                    biasGradient[k] += g;
                    for (int f : x[i]) {
                        gradient[f][k] += g * scale[i];
                    }
                }
            }
            for (int f = 0; f < w.length; f++) {
                for (int k = 0; k < classes; k++) {
                    velocity[f][k] = MOMENTUM * velocity[f][k]
                            - LEARNING_RATE * (gradient[f][k] / x.length + L2 * w[f][k]);
                    w[f][k] += velocity[f][k];
                }
            }
            for (int k = 0; k < classes; k++) {
                biasVelocity[k] = MOMENTUM * biasVelocity[k] - LEARNING_RATE * biasGradient[k] / x.length;
                bias[k] += biasVelocity[k];
            }
        }
        Map<String, double[]> weights = new HashMap<>();
        for (int f = 0; f < w.length; f++) {
            weights.put(vocabulary.get(f), w[f]);
        }
        return new LintModel(locale, bias, weights, thresholds);
    }

    /**
     * Out-of-fold probabilities: each row predicted by a model trained on the other sets, as a question of a new
     * writer would be (folds of rows dealt out across the sets read near-twins of a writer's own rows and chose
     * thresholds too low for anybody else's). The folds are independent, so they train in parallel: the same
     * figures, in half the time on two cores.
     */
    static double[][] crossValidate(String locale, List<Example> examples) {
        double[][] out = new double[examples.size()][];
        IntStream.range(0, FOLDS).parallel().forEach(fold -> {
            LintModel model = train(locale, examples.stream().filter(e -> e.fold() != fold).toList(), Map.of());
            for (int i = 0; i < examples.size(); i++) {
                if (examples.get(i).fold() == fold) {
                    out[i] = model.predict(wording(examples.get(i).row())).probabilities();
                }
            }
        });
        return out;
    }

    /**
     * Per code, the lowest threshold at which the model adds that code to at most {@link #NEUTRAL_BUDGET} of the
     * neutral questions, as the linter runs it: a neutral question the rules already give the code, or on which the
     * linter would not ask the model for it (DOUBLE_BARRELED without a joining word, CLOSED on a polite request),
     * costs no alarm.
     */
    static Map<LintCode, Double> thresholds(String locale, List<Example> examples, double[][] probabilities) {
        QuestionLinter rulesOnly = new QuestionLinter(Map.of());
        Map<LintCode, Double> thresholds = new EnumMap<>(LintCode.class);
        for (LintCode code : CODES) {
            for (int step = 30; step <= 100; step++) {
                double threshold = step / 100.0;
                long neutral = 0;
                long alarms = 0;
                for (int i = 0; i < examples.size(); i++) {
                    if (examples.get(i).label() == 0) {
                        neutral++;
                        alarms += addedByModel(rulesOnly, locale, examples.get(i).row(), probabilities[i], code,
                                threshold) ? 1 : 0;
                    }
                }
                if (alarms <= NEUTRAL_BUDGET * neutral || step == 100) {
                    thresholds.put(code, threshold);
                    break;
                }
            }
        }
        return thresholds;
    }

    private static boolean addedByModel(QuestionLinter rulesOnly, String locale, LabelledSet.Row row,
                                        double[] probabilities, LintCode code, double threshold) {
        if (probabilities[LintModel.CLASSES.indexOf(code.name())] < threshold) {
            return false;
        }
        return rulesOnly.lintWith(row.text(), locale, row.type(), ContentLanguage.EN,
                        new LintModel.Prediction(probabilities), Map.of(code, threshold)).findings().stream()
                .anyMatch(f -> f.code() == code && f.reason() == LintReason.MODEL);
    }

    public static void main(String[] args) throws IOException {
        Path module = Files.isDirectory(Path.of("question-bank-service")) ? Path.of("question-bank-service")
                : Path.of(".");
        StringBuilder doc = new StringBuilder("""
                # The lint model

                Written by `LintModelTrainer` (question-bank-service test sources); do not edit by hand. Retrain after \
                a change of a training set, of the features or of the rules (the thresholds are chosen with them), \
                from the repository root (`$M2` as in [benchmarks.md](benchmarks.md), "Building and running"), and \
                commit both files it writes:

                ```bash
                M2="-Dmaven.repo.local=$PWD/target/m2 -Dmaven.repo.local.tail=$HOME/.m2/repository"
                ./mvnw -q -B -ntp $M2 -pl question-bank-service -am install -DskipTests
                ./mvnw -q -B -ntp $M2 -pl question-bank-service test-compile exec:java -Dexec.classpathScope=test \\
                    -Dexec.mainClass=io.pmi.questionbank.domain.lint.LintModelTrainer
                ```

                "With the rules" is the linter as it runs, with the model's cross-validated probabilities: on these \
                rows the rules were written, so those figures are training figures; the held-out sets give the \
                honest ones (README, "Question linting").

                """);
        doc.append("Training sets: ").append(LabelledSet.TRAINING.stream().map(s -> s.equals(LabelledSet.LIBRARY)
                        ? "the default bank's texts (`library/questions.json`, all NEUTRAL)" : "`lint/" + s + "-questions.tsv`")
                .collect(Collectors.joining(", "))).append(" (rows labelled NEUTRAL, LEADING, CLOSED or DOUBLE_BARRELED). ")
                .append(LabelledSet.HELD_OUT.stream().map(s -> "`" + s + "`").collect(Collectors.joining(", ")))
                .append(" are never trained on. Training: ")
                .append(String.format(
                        Locale.ROOT, "%d epochs, learning rate %.1f, momentum %.1f, L2 %.0e, features seen at least %d times; "
                                + "thresholds: at most %.1f%% of neutral questions flagged per code by the model beyond the rules, in "
                                + "cross-validation by set (%d folds: each set predicted by a model trained on the "
                                + "others, the default bank's texts dealt out over them).%n",
                        EPOCHS, LEARNING_RATE, MOMENTUM, L2, MIN_COUNT, NEUTRAL_BUDGET * 100, FOLDS));
        for (String locale : List.of(QuestionLinter.ZH_CN, QuestionLinter.EN)) {
            List<Example> examples = examples(locale);
            double[][] oof = crossValidate(locale, examples);
            Map<LintCode, Double> thresholds = thresholds(locale, examples, oof);
            LintModel model = train(locale, examples, thresholds);
            Files.writeString(module.resolve("src/main/resources/lint/model-" + locale + ".tsv"),
                    model.format(header(locale, examples)));
            doc.append(figures(locale, examples, oof, thresholds));
        }
        Path docs = module.toAbsolutePath().normalize().getParent().resolve("docs/lint-model.md");
        Files.writeString(docs, doc.toString());
        System.out.println(doc);
    }

    static String header(String locale, List<Example> examples) {
        Map<String, Long> bySet = new TreeMap<>();
        for (String name : LabelledSet.TRAINING) {
            bySet.put(name, LabelledSet.read(name).rows().stream().filter(r -> r.locale().equals(locale)
                    && LintModel.CLASSES.contains(r.expected())).count());
        }
        return "# The lint model of " + locale + ", written by LintModelTrainer (see docs/lint-model.md); "
                + examples.size() + " training rows: " + bySet + "\n";
    }

    /** Cross-validated figures of the model alone and of the linter with it, per code. */
    static String figures(String locale, List<Example> examples, double[][] oof, Map<LintCode, Double> thresholds) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%n## %s (%d training rows)%n%n| code | threshold | rows | model alone: recall | with the rules: "
                        + "recall | neutral rows flagged, with the rules |%n|---|---|---|---|---|---|%n",
                locale, examples.size()));
        Map<Integer, List<Integer>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            byLabel.computeIfAbsent(examples.get(i).label(), k -> new ArrayList<>()).add(i);
        }
        QuestionLinter rulesOnly = new QuestionLinter(Map.of());
        List<Set<LintCode>> combined = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            LabelledSet.Row row = examples.get(i).row();
            LintModel.Prediction prediction = new LintModel.Prediction(oof[i]);
            combined.add(rulesOnly.lintWith(row.text(), locale, row.type(), ContentLanguage.EN, prediction,
                            thresholds).findings().stream().filter(f -> f.severity() != Severity.INFO)
                    .map(LintFinding::code).collect(Collectors.toSet()));
        }
        List<Integer> neutral = byLabel.getOrDefault(0, List.of());
        for (LintCode code : CODES) {
            int k = LintModel.CLASSES.indexOf(code.name());
            List<Integer> rows = byLabel.getOrDefault(k, List.of());
            long model = rows.stream().filter(i -> oof[i][k] >= thresholds.get(code)).count();
            long both = rows.stream().filter(i -> combined.get(i).contains(code)).count();
            long alarms = neutral.stream().filter(i -> combined.get(i).contains(code)).count();
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %d | %.1f%% | %.1f%% | %.1f%% |%n", code,
                    thresholds.get(code), rows.size(), 100.0 * model / rows.size(), 100.0 * both / rows.size(),
                    100.0 * alarms / neutral.size()));
        }
        if (Boolean.getBoolean("lint.misses")) {
            for (int i = 0; i < examples.size(); i++) {
                int label = examples.get(i).label();
                Set<LintCode> codes = combined.get(i);
                boolean miss = label == 0 ? !codes.isEmpty()
                        : !codes.contains(LintCode.valueOf(LintModel.CLASSES.get(label)));
                if (miss) {
                    System.out.printf(Locale.ROOT, "MISS %s %s %s %s%n", LintModel.CLASSES.get(label), codes,
                            Arrays.toString(Arrays.stream(oof[i])
                                    .mapToObj(p -> String.format(Locale.ROOT, "%.2f", p)).toArray()),
                            examples.get(i).row().text());
                }
            }
        }
        long anyAlarm = neutral.stream().filter(i -> !combined.get(i).isEmpty()).count();
        out.append(String.format(Locale.ROOT, "%nNeutral rows with any finding, with the rules: %.1f%% of %d.%n",
                100.0 * anyAlarm / neutral.size(), neutral.size()));
        return out.toString();
    }
}
