package io.pmi.questionbank.service.lint;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.questionbank.service.QuestionType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the linter over the labelled set in {@code src/test/resources/lint/labelled-questions.tsv} and holds it to
 * the quality bar per language: LEADING and CLOSED found in at least 90% of their rows, DOUBLE_BARRELED in 70%,
 * and at most 10% of neutral questions given any error or warning. The figures, with precision per code, are
 * written to {@code target/lint-quality.md} and quoted in the README.
 */
class LintQualityTest {

    private record Row(String locale, QuestionType type, String expected, String text) {
    }

    private static final QuestionLinter LINTER = new QuestionLinter();
    private static List<Row> rows;
    private static final StringBuilder REPORT = new StringBuilder();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = LintQualityTest.class.getClassLoader()
                .getResourceAsStream("lint/labelled-questions.tsv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", 4))
                    .map(f -> new Row(f[0], QuestionType.valueOf(f[1]), f[2], f[3]))
                    .toList();
        }
    }

    private static Set<LintCode> flagged(Row row) {
        return LINTER.lint(row.text(), null, row.type(), ContentLanguage.EN).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).map(LintFinding::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LintCode.class)));
    }

    @Test
    void zhCnMeetsTheQualityBar() throws IOException {
        assertQuality("zh-CN");
    }

    @Test
    void enMeetsTheQualityBar() throws IOException {
        assertQuality("en");
    }

    private static void assertQuality(String locale) throws IOException {
        List<Row> set = rows.stream().filter(r -> r.locale().equals(locale)).toList();
        List<String> misses = new ArrayList<>();
        StringBuilder table = new StringBuilder("\n### " + locale + " (" + set.size() + " questions)\n\n"
                + "| code | rows | recall | precision |\n|---|---|---|---|\n");
        double leading = 0;
        double closed = 0;
        double doubleBarreled = 0;
        for (LintCode code : LintCode.values()) {
            List<Row> labelled = set.stream().filter(r -> r.expected().equals(code.name())).toList();
            long found = labelled.stream().filter(r -> flagged(r).contains(code)).count();
            long flaggedRows = set.stream().filter(r -> flagged(r).contains(code)).count();
            double recall = labelled.isEmpty() ? 0 : (double) found / labelled.size();
            double precision = flaggedRows == 0 ? 0 : (double) set.stream()
                    .filter(r -> r.expected().equals(code.name()) && flagged(r).contains(code)).count() / flaggedRows;
            table.append(String.format("| %s | %d | %.1f%% | %.1f%% |%n", code, labelled.size(), recall * 100,
                    precision * 100));
            labelled.stream().filter(r -> !flagged(r).contains(code))
                    .forEach(r -> misses.add("missed " + code + ": " + r.text() + " -> " + flagged(r)));
            switch (code) {
                case LEADING -> leading = recall;
                case CLOSED -> closed = recall;
                case DOUBLE_BARRELED -> doubleBarreled = recall;
                default -> { }
            }
        }
        List<Row> neutral = set.stream().filter(r -> r.expected().equals("NEUTRAL")).toList();
        List<Row> falseAlarms = neutral.stream().filter(r -> !flagged(r).isEmpty()).toList();
        falseAlarms.forEach(r -> misses.add("false alarm: " + r.text() + " -> " + flagged(r)));
        double falseAlarmRate = (double) falseAlarms.size() / neutral.size();
        table.append(String.format("| NEUTRAL given any error or warning | %d | %.1f%% | |%n", neutral.size(),
                falseAlarmRate * 100));
        REPORT.append(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "lint-quality.md"), "# Linter quality on the labelled set\n" + REPORT);
        System.out.println(table);
        String detail = table + "\n" + String.join("\n", misses);
        assertTrue(leading >= 0.90, "LEADING recall below 90%" + detail);
        assertTrue(closed >= 0.90, "CLOSED recall below 90%" + detail);
        assertTrue(doubleBarreled >= 0.70, "DOUBLE_BARRELED recall below 70%" + detail);
        assertTrue(falseAlarmRate <= 0.10, "more than 10% of neutral questions flagged" + detail);
        assertTrue(neutral.size() >= 80 && set.size() >= 280, "the labelled set is too small");
    }
}
