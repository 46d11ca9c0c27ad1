package io.pmi.questionbank.domain.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A multinomial logistic regression over {@link TextFeatures}, one per language, that reads a whole question and
 * gives the probability of each of NEUTRAL, LEADING, CLOSED and DOUBLE_BARRELED. The rules know the forms they
 * were written for; the model recognises wordings like those of the labelled sets that no rule names, and the
 * linter adds its finding only above the threshold chosen at training (see {@code LintModelTrainer}).
 *
 * <p>Weights are data, {@code lint/model-<locale>.tsv}: a line {@code classes}, a line {@code threshold} (the
 * probability above which a code is reported, per class), a line {@code bias}, then one line per feature with its
 * weight per class. The trainer writes the file; nothing is downloaded or computed at start-up.
 */
public final class LintModel {

    /** The classes in the file's order; NEUTRAL is the class of a question without a problem. */
    public static final List<String> CLASSES = List.of("NEUTRAL", "LEADING", "CLOSED", "DOUBLE_BARRELED");

    private final String locale;
    private final double[] bias;
    private final Map<String, double[]> weights;
    private final Map<LintCode, Double> thresholds;

    /** What the model read in one question. */
    public record Prediction(double[] probabilities) {

        public double probability(LintCode code) {
            return probabilities[CLASSES.indexOf(code.name())];
        }

        public double neutral() {
            return probabilities[0];
        }
    }

    public LintModel(String locale, double[] bias, Map<String, double[]> weights, Map<LintCode, Double> thresholds) {
        this.locale = locale;
        this.bias = bias.clone();
        this.weights = Map.copyOf(weights);
        this.thresholds = new EnumMap<>(LintCode.class);
        this.thresholds.putAll(thresholds);
    }

    public String locale() {
        return locale;
    }

    /** The probability above which the linter reports {@code code}; above 1 (never) for a code it cannot give. */
    public double threshold(LintCode code) {
        return thresholds.getOrDefault(code, 2.0);
    }

    public Prediction predict(String text) {
        return new Prediction(softmax(scores(TextFeatures.features(text, locale))));
    }

    /** The raw class scores of a feature set, as the trainer computes them. */
    double[] scores(Iterable<String> features) {
        double[] z = bias.clone();
        int n = 0;
        List<double[]> known = new ArrayList<>();
        for (String feature : features) {
            n++;
            double[] w = weights.get(feature);
            if (w != null) {
                known.add(w);
            }
        }
        double scale = n == 0 ? 0 : 1 / Math.sqrt(n);
        for (double[] w : known) {
            for (int k = 0; k < z.length; k++) {
                z[k] += w[k] * scale;
            }
        }
        return z;
    }

    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            p[k] = Math.exp(z[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < z.length; k++) {
            p[k] /= sum;
        }
        return p;
    }

    /**
     * The clause of the text ({@code ,;:?!。} delimit clauses) whose features push hardest towards {@code code}
     * against NEUTRAL: the words a model finding points at, as {@code {start, end}} in the original text, from its
     * first letter or digit (not a leading space, emoji or quote).
     */
    public int[] evidence(String original, LintCode code) {
        int k = CLASSES.indexOf(code.name());
        String text = TextFeatures.clean(original);
        double[] push = new double[text.length() + 1];
        for (TextFeatures.Occurrence o : TextFeatures.occurrences(original, locale)) {
            double[] w = weights.get(o.feature());
            if (w != null) {
                push[Math.min(o.start(), text.length())] += w[k] - w[0];
            }
        }
        int bestStart = 0;
        int bestEnd = text.length();
        double best = Double.NEGATIVE_INFINITY;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || ",;:?!。".indexOf(text.charAt(i)) >= 0) {
                double sum = 0;
                for (int j = start; j < i; j++) {
                    sum += push[j];
                }
                if (i > start && sum > best) {
                    best = sum;
                    bestStart = start;
                    bestEnd = i;
                }
                start = i + 1;
            }
        }
        while (bestStart < bestEnd && !Character.isLetterOrDigit(text.codePointAt(bestStart))) {
            bestStart += Character.charCount(text.codePointAt(bestStart));
        }
        while (bestEnd > bestStart && text.charAt(bestEnd - 1) == ' ') {
            bestEnd--;
        }
        return new int[]{bestStart, bestEnd};
    }

    /** The committed model of a language. */
    public static LintModel load(String locale) {
        String resource = "lint/model-" + locale + ".tsv";
        try (InputStream in = LintModel.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return parse(locale, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    static LintModel parse(String locale, String tsv) {
        double[] bias = null;
        Map<LintCode, Double> thresholds = new EnumMap<>(LintCode.class);
        Map<String, double[]> weights = new HashMap<>();
        for (String line : tsv.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            switch (f[0]) {
                case "classes" -> {
                    if (!List.of(f).subList(1, f.length).equals(CLASSES)) {
                        throw new IllegalStateException("The model's classes are " + List.of(f) + ", not " + CLASSES);
                    }
                }
                case "threshold" -> {
                    for (int k = 1; k < CLASSES.size(); k++) {
                        thresholds.put(LintCode.valueOf(CLASSES.get(k)), Double.parseDouble(f[k + 1]));
                    }
                }
                case "bias" -> bias = numbers(f);
                default -> weights.put(f[0], numbers(f));
            }
        }
        if (bias == null) {
            throw new IllegalStateException("The model of " + locale + " has no bias line");
        }
        return new LintModel(locale, bias, weights, thresholds);
    }

    private static double[] numbers(String[] fields) {
        double[] values = new double[fields.length - 1];
        for (int i = 1; i < fields.length; i++) {
            values[i - 1] = Double.parseDouble(fields[i]);
        }
        return values;
    }

    /** The model as its file, weights rounded to 4 decimals: what the trainer commits. */
    String format(String header) {
        StringBuilder out = new StringBuilder(header);
        out.append("classes\t").append(String.join("\t", CLASSES)).append('\n');
        out.append("threshold\t-");
        for (int k = 1; k < CLASSES.size(); k++) {
            out.append('\t').append(String.format(java.util.Locale.ROOT, "%.2f",
                    threshold(LintCode.valueOf(CLASSES.get(k)))));
        }
        out.append('\n').append("bias");
        appendNumbers(out, bias);
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            out.append('\n').append(e.getKey());
            appendNumbers(out, e.getValue());
        });
        return out.append('\n').toString();
    }

    private static void appendNumbers(StringBuilder out, double[] values) {
        for (double v : values) {
            out.append('\t').append(String.format(java.util.Locale.ROOT, "%.4f", v));
        }
    }
}
