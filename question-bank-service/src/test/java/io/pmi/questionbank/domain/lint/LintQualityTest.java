package io.pmi.questionbank.domain.lint;

import io.pmi.platform.i18n.ContentLanguage;
import io.pmi.questionbank.domain.QuestionType;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the linter over three labelled sets and writes the figures, with precision per code, to
 * {@code target/lint-quality.md} (quoted in the README).
 *
 * <p>{@code labelled-questions.tsv}, which the rules were tuned on, is held to the quality bar per language:
 * LEADING and CLOSED found in at least 90% of their rows, DOUBLE_BARRELED in 70%, and at most 10% of neutral
 * questions given any error or warning. {@code held-out-questions.tsv} was written separately and never tuned
 * on at first; it was then used for tuning and is held to its latest figures. {@code held-out-2-questions.tsv}
 * was written before the second round of rule changes and never tuned on; it is held to the figures measured
 * after that round, so that rule changes cannot make it worse (raise them when a change improves it, and judge a
 * change on a new held-out set).
 */
class LintQualityTest {

    private record Row(String locale, QuestionType type, String expected, String text) {
    }

    private static final QuestionLinter LINTER = new QuestionLinter();
    private static List<Row> rows;
    private static List<Row> heldOut;
    private static List<Row> heldOut2;
    /** Tables by set and language, so that the report's order does not depend on the order tests run in. */
    private static final Map<String, String> REPORT = new ConcurrentSkipListMap<>();

    private record Bar(double leading, double closed, double doubleBarreled, double falseAlarms) {
    }

    @BeforeAll
    static void load() throws IOException {
        rows = read("lint/labelled-questions.tsv");
        heldOut = read("lint/held-out-questions.tsv");
        heldOut2 = read("lint/held-out-2-questions.tsv");
    }

    private static List<Row> read(String resource) throws IOException {
        try (InputStream in = LintQualityTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
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

    private static final Bar TARGET = new Bar(0.90, 0.90, 0.70, 0.10);

    @Test
    void zhCnMeetsTheQualityBar() throws IOException {
        assertQuality("labelled", rows, "zh-CN", TARGET);
    }

    @Test
    void enMeetsTheQualityBar() throws IOException {
        assertQuality("labelled", rows, "en", TARGET);
    }

    @Test
    void zhCnHeldOutDoesNotRegress() throws IOException {
        assertQuality("held-out", heldOut, "zh-CN", new Bar(1.0, 1.0, 18 / 20.0, 0.0));
    }

    @Test
    void enHeldOutDoesNotRegress() throws IOException {
        assertQuality("held-out", heldOut, "en", new Bar(1.0, 1.0, 1.0, 0.0));
    }

    @Test
    void zhCnHeldOut2DoesNotRegress() throws IOException {
        assertQuality("held-out-2", heldOut2, "zh-CN", new Bar(43 / 45.0, 45 / 47.0, 39 / 46.0, 2 / 68.0));
    }

    /** English LEADING (40 of 46) is below the bar here: the floor guards what was measured, it is not the bar. */
    @Test
    void enHeldOut2DoesNotRegress() throws IOException {
        assertQuality("held-out-2", heldOut2, "en", new Bar(40 / 46.0, 45 / 46.0, 35 / 46.0, 1 / 67.0));
    }

    private static void assertQuality(String name, List<Row> rows, String locale, Bar bar) throws IOException {
        List<Row> set = rows.stream().filter(r -> r.locale().equals(locale)).toList();
        List<String> misses = new ArrayList<>();
        StringBuilder table = new StringBuilder("\n### " + name + ", " + locale + " (" + set.size() + " questions)\n\n"
                + "| code | rows | recall | precision |\n|---|---|---|---|\n");
        double leading = 0;
        double closed = 0;
        double doubleBarreled = 0;
        for (LintCode code : LintCode.values()) {
            List<Row> labelled = set.stream().filter(r -> r.expected().equals(code.name())).toList();
            long found = labelled.stream().filter(r -> flagged(r).contains(code)).count();
            long flaggedRows = set.stream().filter(r -> flagged(r).contains(code)).count();
            if (labelled.isEmpty()) {
                continue;
            }
            double recall = (double) found / labelled.size();
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
        long closedPairs = set.stream().filter(r -> r.expected().equals(LintCode.DOUBLE_BARRELED.name())
                && flagged(r).contains(LintCode.CLOSED)).count();
        table.append(String.format("| DOUBLE_BARRELED rows also CLOSED (yes/no questions, counted against CLOSED "
                + "precision) | %d | | |%n", closedPairs));
        REPORT.put(name + ", " + locale, table.toString());
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "lint-quality.md"),
                "# Linter quality on the labelled sets\n" + String.join("", REPORT.values()));
        System.out.println(table);
        String detail = table + "\n" + String.join("\n", misses);
        assertTrue(leading >= bar.leading(), "LEADING recall below " + bar.leading() + detail);
        assertTrue(closed >= bar.closed(), "CLOSED recall below " + bar.closed() + detail);
        assertTrue(doubleBarreled >= bar.doubleBarreled(), "DOUBLE_BARRELED recall below " + bar.doubleBarreled() + detail);
        assertTrue(falseAlarmRate <= bar.falseAlarms(), "too many neutral questions flagged" + detail);
        assertTrue(neutral.size() >= 40, "the set has too few neutral questions");
    }
}
