package io.pmi.questionbank.benchmark;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.questionbank.domain.QuestionType;
import io.pmi.questionbank.domain.lint.QuestionLinter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * In-process lint latency per question, per language, over both labelled sets. Not a test: run it with
 * <pre>./mvnw -q -pl question-bank-service -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.pmi.questionbank.benchmark.LintBenchmark</pre>
 * and record the figures in docs/benchmarks.md. Target: median under 1 ms per question.
 */
public final class LintBenchmark {

    private static final int WARM_UP_ROUNDS = 50;
    private static final int MEASURED_ROUNDS = 50;

    private LintBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        QuestionLinter linter = new QuestionLinter();
        for (String locale : List.of("zh-CN", "en")) {
            List<String[]> rows = read("lint/labelled-questions.tsv", locale);
            rows.addAll(read("lint/held-out-questions.tsv", locale));
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                rows.forEach(row -> linter.lint(row[3], null, QuestionType.valueOf(row[1]), ContentLanguage.ZH_CN));
            }
            long[] nanos = new long[rows.size() * MEASURED_ROUNDS];
            int i = 0;
            for (int round = 0; round < MEASURED_ROUNDS; round++) {
                for (String[] row : rows) {
                    long start = System.nanoTime();
                    linter.lint(row[3], null, QuestionType.valueOf(row[1]), ContentLanguage.ZH_CN);
                    nanos[i++] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("%-5s %d questions x %d rounds: median %.1f us, p99 %.1f us, max %.1f us%n", locale,
                    rows.size(), MEASURED_ROUNDS, nanos[nanos.length / 2] / 1000.0,
                    nanos[(int) (nanos.length * 0.99)] / 1000.0, nanos[nanos.length - 1] / 1000.0);
        }
    }

    private static List<String[]> read(String resource, String locale) throws IOException {
        try (InputStream in = LintBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
            return new java.util.ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split("\t", 4)).filter(f -> f[0].equals(locale)).toList());
        }
    }
}
