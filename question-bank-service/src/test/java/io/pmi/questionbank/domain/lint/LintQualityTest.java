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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the linter over three labelled sets, holds each set and language to the floors of
 * {@code lint/quality-floors.tsv}, and writes the figures, with precision per code, to
 * {@code target/lint-quality.md} (quoted in the README) and the measured figures as a ready floor set to
 * {@code target/lint-quality-floors.tsv}.
 *
 * <p>The floors file keeps every floor set ever committed, numbered and dated: a change of floors appends a new
 * set, and the test fails when a set lowers or drops a floor of the set before it, so a floor can be raised but
 * never quietly lowered. The latest set is the one applied, and it must name a recall and a precision floor for
 * every code that has rows in a set, and a floor for the share of neutral rows left without any finding.
 * {@code labelled-questions.tsv}, which the rules were tuned on, is held to the quality bar (LEADING and CLOSED
 * recall 90%, DOUBLE_BARRELED 70%, 90% of neutral rows clean) and to its measured precision and LOADED and
 * TOO_LONG recall; the first two held-out sets, tuned on by now and since issue 14 training sets of the lint
 * model (see the README), to their measured figures; held-out-3 to held-out-10, never trained or tuned on,
 * likewise.
 */
class LintQualityTest {

    /**
     * One floor: a set's figure for a language, {@code CODE.recall}, {@code CODE.precision} or neutral.clean, and,
     * when it is lower than the round before, why (a change of what the linter is asked to find).
     */
    private record Floor(int round, LocalDate date, String set, String locale, String metric, double floor,
                         String lowered) {
        String key() {
            return set + " " + locale + " " + metric;
        }
    }

    static final String NEUTRAL_CLEAN = "neutral.clean";
    private static final String FLOORS = "lint/quality-floors.tsv";
    private static final QuestionLinter LINTER = new QuestionLinter();
    private static final Map<String, List<LabelledSet.Row>> SETS = new LinkedHashMap<>();
    private static List<Floor> floors;
    /** Tables and measured figures by set and language, so that the reports do not depend on the test order. */
    private static final Map<String, String> REPORT = new ConcurrentSkipListMap<>();
    private static final Map<String, String> MEASURED = new ConcurrentSkipListMap<>();

    @BeforeAll
    static void load() throws IOException {
        for (String name : List.of("labelled", "held-out", "held-out-2", "held-out-3", "held-out-4",
                "held-out-5", "held-out-6", "held-out-7", "held-out-8", "held-out-9", "held-out-10",
                "premises")) {
            SETS.put(name, LabelledSet.read(name).rows());
        }
        floors = new ArrayList<>();
        for (String line : resource(FLOORS).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            floors.add(new Floor(Integer.parseInt(f[0]), LocalDate.parse(f[1]), f[2], f[3], f[4],
                    Double.parseDouble(f[5]), f.length > 6 && !f[6].isBlank() ? f[6] : null));
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LintQualityTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }


    private static Set<LintCode> flagged(LabelledSet.Row row) {
        return LINTER.lint(row.text(), null, row.type(), ContentLanguage.EN).findings().stream()
                .filter(f -> f.severity() != Severity.INFO).map(LintFinding::code)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(LintCode.class)));
    }

    @Test
    void floorsAreNeverLowered() {
        List<String> defects = new ArrayList<>();
        Map<Integer, Map<String, Floor>> rounds = new TreeMap<>();
        Floor previous = null;
        for (Floor floor : floors) {
            if (previous != null && (floor.round() < previous.round() || floor.round() > previous.round() + 1
                    || floor.date().isBefore(previous.date()))) {
                defects.add("round " + floor.round() + " (" + floor.date() + ") after round " + previous.round() + " ("
                        + previous.date() + "): rounds are appended in order, numbered from 1 and dated");
            }
            if (floor.floor() <= 0 || floor.floor() > 1) {
                defects.add(floor + ": a floor is a share above 0 and at most 1");
            }
            if (rounds.computeIfAbsent(floor.round(), r -> new LinkedHashMap<>()).put(floor.key(), floor) != null) {
                defects.add("round " + floor.round() + " names " + floor.key() + " twice");
            }
            previous = floor;
        }
        assertTrue(!rounds.isEmpty() && rounds.keySet().iterator().next() == 1, FLOORS + " starts at round 1");
        Map<String, Floor> before = null;
        for (Map<String, Floor> round : rounds.values()) {
            if (before != null) {
                for (Floor earlier : before.values()) {
                    Floor later = round.get(earlier.key());
                    if (later == null) {
                        defects.add(earlier.key() + ": floor " + earlier.floor() + " of round " + earlier.round()
                                + " is dropped by the round after it");
                    } else if (later.floor() < earlier.floor() && later.lowered() == null) {
                        defects.add(earlier.key() + ": round " + later.round() + " lowers the floor from "
                                + earlier.floor() + " (round " + earlier.round() + ") to " + later.floor());
                    }
                }
            }
            before = round;
        }
        assertTrue(defects.isEmpty(), FLOORS + ": a floor can be raised, never dropped, and lowered only with its "
                + "reason in the last column; append a new round instead of editing one.\n"
                + String.join("\n", defects));
    }

    @Test
    void zhCnMeetsTheQualityBar() throws IOException {
        assertQuality("labelled", "zh-CN");
    }

    @Test
    void enMeetsTheQualityBar() throws IOException {
        assertQuality("labelled", "en");
    }

    /**
     * {@code premises} (2026-12-03, a helper that saw only the seed): near twins, a premise that states a plain change
     * ("Since the team moved to a new office in March, …") against one that takes a judgement as given, 130 pairs per
     * language. The factual-premise gate and the judgement the 既然/given/since rules need were written from its
     * misses, so it is a tuned-on set; it is not trained on, and holds what it was written for.
     */
    @Test
    void zhCnPremisesAreReadForTheirJudgement() throws IOException {
        assertQuality("premises", "zh-CN");
    }

    @Test
    void enPremisesAreReadForTheirJudgement() throws IOException {
        assertQuality("premises", "en");
    }

    @Test
    void zhCnHeldOutDoesNotRegress() throws IOException {
        assertQuality("held-out", "zh-CN");
    }

    @Test
    void enHeldOutDoesNotRegress() throws IOException {
        assertQuality("held-out", "en");
    }

    @Test
    void zhCnHeldOut2DoesNotRegress() throws IOException {
        assertQuality("held-out-2", "zh-CN");
    }

    /** English LEADING (40 of 46) is below the bar here: the floor guards what was measured, it is not the bar. */
    @Test
    void enHeldOut2DoesNotRegress() throws IOException {
        assertQuality("held-out-2", "en");
    }

    /**
     * The third outside set (issue 14), written by a helper that had seen neither the rules nor the other sets, and
     * committed with its first figures as floors before any rule change of that issue: never tuned on.
     */
    @Test
    void zhCnHeldOut3DoesNotRegress() throws IOException {
        assertQuality("held-out-3", "zh-CN");
    }

    @Test
    void enHeldOut3DoesNotRegress() throws IOException {
        assertQuality("held-out-3", "en");
    }

    /**
     * The fourth outside set, written like the third by a helper that had seen neither the rules nor any other set
     * (2026-12-02), committed with its first figures as floors before the rule and model changes of that day:
     * never trained or tuned on.
     */
    @Test
    void zhCnHeldOut4DoesNotRegress() throws IOException {
        assertQuality("held-out-4", "zh-CN");
    }

    @Test
    void enHeldOut4DoesNotRegress() throws IOException {
        assertQuality("held-out-4", "en");
    }

    /**
     * The fifth outside set, written like the fourth (2026-12-02, later), committed with its first figures as floors
     * before the rule and model changes that followed: read only as totals, never trained or tuned on.
     */
    @Test
    void zhCnHeldOut5DoesNotRegress() throws IOException {
        assertQuality("held-out-5", "zh-CN");
    }

    @Test
    void enHeldOut5DoesNotRegress() throws IOException {
        assertQuality("held-out-5", "en");
    }

    /**
     * The sixth outside set, written like the fifth by helpers that saw only the seed (2026-12-02, at the end of that
     * day's work), committed with its first figures as floors before any later change: read only as totals.
     */
    @Test
    void zhCnHeldOut6DoesNotRegress() throws IOException {
        assertQuality("held-out-6", "zh-CN");
    }

    @Test
    void enHeldOut6DoesNotRegress() throws IOException {
        assertQuality("held-out-6", "en");
    }

    /**
     * The seventh outside set (580 questions), written by two helpers that saw only the seed and the labels' definitions
     * (2026-12-02, a later session), committed with its first figures as floors before the changes of that day: read only as totals.
     */
    @Test
    void zhCnHeldOut7DoesNotRegress() throws IOException {
        assertQuality("held-out-7", "zh-CN");
    }

    @Test
    void enHeldOut7DoesNotRegress() throws IOException {
        assertQuality("held-out-7", "en");
    }

    /**
     * {@code held-out-8}: 580 questions from a helper that saw only the seed and the labels' definitions (2026-12-03,
     * after that day's changes), committed with its first figures as floors: read only as totals.
     */
    @Test
    void zhCnHeldOut8DoesNotRegress() throws IOException {
        assertQuality("held-out-8", "zh-CN");
    }

    @Test
    void enHeldOut8DoesNotRegress() throws IOException {
        assertQuality("held-out-8", "en");
    }

    /**
     * {@code held-out-9}: 580 questions from a helper that saw only the seed and the labels' definitions (2026-12-03,
     * a later session), committed with its first figures as floors before any change of that session: read only as
     * totals.
     */
    @Test
    void zhCnHeldOut9DoesNotRegress() throws IOException {
        assertQuality("held-out-9", "zh-CN");
    }

    @Test
    void enHeldOut9DoesNotRegress() throws IOException {
        assertQuality("held-out-9", "en");
    }

    /**
     * {@code held-out-10}: 640 questions from two helpers, one per language, that saw only the seed and the labels'
     * definitions (2026-12-03, a third session), with 120 neutral questions per language so that one false alarm is
     * under 1%; committed with its first figures as floors before any change of that session: read only as totals.
     */
    @Test
    void zhCnHeldOut10DoesNotRegress() throws IOException {
        assertQuality("held-out-10", "zh-CN");
    }

    @Test
    void enHeldOut10DoesNotRegress() throws IOException {
        assertQuality("held-out-10", "en");
    }

    private static void assertQuality(String name, String locale) throws IOException {
        List<LabelledSet.Row> set = SETS.get(name).stream().filter(r -> r.locale().equals(locale)).toList();
        Map<LabelledSet.Row, Set<LintCode>> flags = new LinkedHashMap<>();
        set.forEach(r -> flags.put(r, flagged(r)));
        List<String> misses = new ArrayList<>();
        Map<String, Double> measured = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder("\n### " + name + ", " + locale + " (" + set.size() + " questions)\n\n"
                + "| code | rows | recall | precision |\n|---|---|---|---|\n");
        for (LintCode code : LintCode.values()) {
            List<LabelledSet.Row> labelled = set.stream().filter(r -> r.expected().equals(code.name())).toList();
            if (labelled.isEmpty()) {
                continue;
            }
            long found = labelled.stream().filter(r -> flags.get(r).contains(code)).count();
            long flaggedRows = set.stream().filter(r -> flags.get(r).contains(code)).count();
            double recall = (double) found / labelled.size();
            double precision = flaggedRows == 0 ? 0 : (double) found / flaggedRows;
            measured.put(code + ".recall", recall);
            measured.put(code + ".precision", precision);
            table.append(String.format("| %s | %d | %.1f%% | %.1f%% |%n", code, labelled.size(), recall * 100,
                    precision * 100));
            labelled.stream().filter(r -> !flags.get(r).contains(code))
                    .forEach(r -> misses.add("missed " + code + ": " + r.text() + " -> " + flags.get(r)));
            set.stream().filter(r -> flags.get(r).contains(code) && !r.expected().equals(code.name()))
                    .forEach(r -> misses.add("flagged " + code + " on a " + r.expected() + " row: " + r.text()));
        }
        List<LabelledSet.Row> neutral = set.stream().filter(r -> r.expected().equals("NEUTRAL")).toList();
        List<LabelledSet.Row> falseAlarms = neutral.stream().filter(r -> !flags.get(r).isEmpty()).toList();
        falseAlarms.forEach(r -> misses.add("false alarm: " + r.text() + " -> " + flags.get(r)));
        measured.put(NEUTRAL_CLEAN, 1 - (double) falseAlarms.size() / neutral.size());
        table.append(String.format("| NEUTRAL given any error or warning | %d | %.1f%% | |%n", neutral.size(),
                100.0 * falseAlarms.size() / neutral.size()));
        long closedPairs = set.stream().filter(r -> r.expected().equals(LintCode.DOUBLE_BARRELED.name())
                && flags.get(r).contains(LintCode.CLOSED)).count();
        table.append(String.format("| DOUBLE_BARRELED rows also CLOSED (yes/no questions, counted against CLOSED "
                + "precision) | %d | | |%n", closedPairs));
        table.append(suggestions(name, set, measured));
        writeReports(name + ", " + locale, table.toString(), name, locale, measured);
        System.out.println(table);

        int latest = floors.stream().mapToInt(Floor::round).max().orElseThrow();
        Map<String, Floor> applied = floors.stream()
                .filter(f -> f.round() == latest && f.set().equals(name) && f.locale().equals(locale))
                .collect(Collectors.toMap(Floor::metric, f -> f));
        List<String> defects = new ArrayList<>();
        measured.forEach((metric, value) -> {
            Floor floor = applied.get(metric);
            if (floor == null) {
                defects.add(metric + ": no floor in round " + latest + " of " + FLOORS);
            } else if (value < floor.floor()) {
                defects.add(String.format("%s: %.4f, below its floor %s (round %d)", metric, value, floor.floor(),
                        latest));
            }
        });
        applied.keySet().stream().filter(metric -> !measured.containsKey(metric))
                .forEach(metric -> defects.add(metric + ": a floor, but the set has no such figure"));
        assertTrue(defects.isEmpty(), name + ", " + locale + ":\n" + String.join("\n", defects) + "\n" + table
                + "\n" + rows(name, misses));
        assertTrue(neutral.size() >= 40, "the set has too few neutral questions");
    }

    /**
     * The share of LEADING and CLOSED findings that carry a suggestion ({@code CODE.suggested}, held to its floor
     * like any figure); and every suggestion, on every row of every set, lints clean itself (a rewrite that is
     * leading again helps nobody).
     */
    private static String suggestions(String name, List<LabelledSet.Row> set, Map<String, Double> measured) {
        StringBuilder out = new StringBuilder();
        List<String> unclean = new ArrayList<>();
        for (LintCode code : List.of(LintCode.LEADING, LintCode.CLOSED)) {
            long findings = 0;
            long suggested = 0;
            for (LabelledSet.Row row : set) {
                for (LintFinding f : LINTER.lint(row.text(), null, row.type(), ContentLanguage.EN).findings()) {
                    if (f.code() != code) {
                        continue;
                    }
                    findings++;
                    if (f.suggestion() != null) {
                        suggested++;
                        List<LintFinding> again = LINTER.lint(f.suggestion(), null, QuestionType.OPEN,
                                ContentLanguage.EN).findings();
                        if (!again.isEmpty()) {
                            unclean.add(row.text() + " -> " + f.suggestion() + " -> " + again);
                        }
                    }
                }
            }
            double share = findings == 0 ? 1 : (double) suggested / findings;
            measured.put(code + ".suggested", share);
            out.append(String.format("| %s findings with a suggestion | %d | %.1f%% | |%n", code, findings,
                    100 * share));
        }
        assertTrue(unclean.isEmpty(), "suggestions that do not lint clean:\n" + rows(name, unclean));
        return out.toString();
    }

    /**
     * The rows behind a failure, listed for a set the rules are written on; for a held-out set only their number,
     * so that nobody reads its questions one by one and tunes on them by accident.
     */
    private static String rows(String name, List<String> lines) {
        return LabelledSet.HELD_OUT.contains(name)
                ? lines.size() + " rows (a held-out set is read only as totals: its rows are not listed)"
                : String.join("\n", lines);
    }

    /** The tables, and the measured figures as the lines of a floor set (rounded down), for the next round. */
    private static void writeReports(String title, String table, String name, String locale,
                                     Map<String, Double> measured) throws IOException {
        REPORT.put(title, table);
        MEASURED.put(title, measured.entrySet().stream()
                .map(e -> String.join("\t", "ROUND", "DATE", name, locale, e.getKey(),
                        Double.toString(Math.floor(e.getValue() * 1000 + 1e-9) / 1000)))
                .collect(Collectors.joining("\n", "", "\n")));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "lint-quality.md"),
                "# Linter quality on the labelled sets\n" + String.join("", REPORT.values()));
        Files.writeString(Path.of("target", "lint-quality-floors.tsv"), String.join("", MEASURED.values()));
    }
}
