package io.pmi.report.domain.analysis;

import io.pmi.report.domain.IndicatorKind;
import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;
import io.pmi.report.domain.analysis.AnalysisInput.PerformanceRecord;
import io.pmi.report.domain.analysis.Corpus.Group;
import io.pmi.report.domain.analysis.Corpus.MeasureData;
import io.pmi.report.domain.analysis.ReportAnalysis.HistoryCheck;
import io.pmi.report.domain.analysis.ReportAnalysis.PeriodAttainment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The claims of {@link Claim}, made by usable sources, checked against the subject's performance records. */
final class HistoryChecks {

    /** Periods a verdict looks back over. */
    static final int PERIODS = 3;
    /** Of those, how many must agree for a verdict. */
    static final int AGREEING = 2;

    static final Ratio LOW_ATTAINMENT = Ratio.of(7, 10);
    static final Ratio FULL_ATTAINMENT = Ratio.of(1);

    private record Period(String text, LocalDate start, List<PerformanceRecord> records) {
    }

    private HistoryChecks() {
    }

    static List<HistoryCheck> check(Corpus corpus, AnalysisInput input) {
        List<HistoryCheck> checks = new ArrayList<>();
        for (MeasureData measure : corpus.measures.values()) {
            for (Claim claim : LibraryMeasures.claimsOf(measure.key)) {
                List<SourceRole> sources = new ArrayList<>();
                List<String> answerIds = new ArrayList<>();
                for (Group group : measure.usableGroups()) {
                    List<String> cited = claimed(claim, measure, group);
                    if (!cited.isEmpty()) {
                        sources.add(group.role);
                        answerIds.addAll(cited);
                    }
                }
                if (!sources.isEmpty()) {
                    checks.add(verdict(claim, measure.key, sources, answerIds, input));
                }
            }
        }
        checks.sort(Comparator.comparing(HistoryCheck::claim).thenComparing(HistoryCheck::measure));
        return List.copyOf(checks);
    }

    /** The answers with which a group makes the claim, or none when it does not make it. */
    private static List<String> claimed(Claim claim, MeasureData measure, Group group) {
        Corpus.Definition definition = measure.definition;
        if (claim == Claim.QUALITATIVE_NOT_MEASURED) {
            return group.majorityStance() == Stance.NEGATIVE ? group.answersWithStance(Stance.NEGATIVE) : List.of();
        }
        if (definition.type() == QuestionType.SCALE && claim == Claim.KPI_TARGETS_UNREASONABLE) {
            Ratio low = ReportAnalyzer.lowCutoff(definition.scale());
            return group.mean().compareTo(low) <= 0 ? group.answersRatedAtMost(low) : List.of();
        }
        if (definition.type() == QuestionType.SINGLE_CHOICE) {
            String option = claim == Claim.KPI_TARGETS_UNREASONABLE ? LibraryMeasures.OUT_OF_REACH
                    : claim == Claim.KPI_TARGETS_EASY ? LibraryMeasures.EXCEEDED : null;
            String modal = group.modal(definition.options());
            return option != null && option.equals(modal) ? group.answersChoosing(option) : List.of();
        }
        return List.of();
    }

    private static HistoryCheck verdict(Claim claim, String measure, List<SourceRole> sources,
                                        List<String> answerIds, AnalysisInput input) {
        List<String> sortedAnswers = answerIds.stream().distinct().sorted().toList();
        if (claim == Claim.QUALITATIVE_NOT_MEASURED) {
            List<Period> window = lastPeriods(input, r -> true);
            List<PerformanceRecord> records = window.stream().flatMap(p -> p.records().stream()).toList();
            List<PerformanceRecord> assessed = records.stream()
                    .filter(r -> r.kind() == IndicatorKind.QUALITATIVE && r.actual() != null).toList();
            Verdict verdict = !assessed.isEmpty() ? Verdict.CONTRADICTED
                    : records.isEmpty() ? Verdict.INCONCLUSIVE : Verdict.CORROBORATED;
            List<PerformanceRecord> cited = assessed.isEmpty() ? records : assessed;
            return new HistoryCheck(measure, claim, verdict, sources, sortedAnswers, ids(cited),
                    window.stream().map(p -> new PeriodAttainment(p.text(), null)).toList());
        }
        List<Period> window = lastPeriods(input, r -> r.kind() == IndicatorKind.KPI && r.attainment() != null);
        int below = 0;
        int above = 0;
        List<PeriodAttainment> periods = new ArrayList<>();
        for (Period period : window) {
            Ratio attainment = Ratio.mean(period.records().stream().map(r -> Ratio.of(r.attainment())).toList());
            below += attainment.compareTo(LOW_ATTAINMENT) < 0 ? 1 : 0;
            above += attainment.compareTo(FULL_ATTAINMENT) > 0 ? 1 : 0;
            periods.add(new PeriodAttainment(period.text(), attainment.rounded()));
        }
        int supporting = claim == Claim.KPI_TARGETS_UNREASONABLE ? below : above;
        int opposing = claim == Claim.KPI_TARGETS_UNREASONABLE ? above : below;
        Verdict verdict = supporting >= AGREEING ? Verdict.CORROBORATED
                : opposing >= AGREEING ? Verdict.CONTRADICTED : Verdict.INCONCLUSIVE;
        return new HistoryCheck(measure, claim, verdict, sources, sortedAnswers,
                ids(window.stream().flatMap(p -> p.records().stream()).toList()), periods);
    }

    /**
     * The latest {@link #PERIODS} periods among the records that pass {@code filter} and start no later than the
     * end of the campaign's period (all of them when the campaign's period is not a period), latest first: by
     * first day, then by period text.
     */
    private static List<Period> lastPeriods(AnalysisInput input, Predicate<PerformanceRecord> filter) {
        LocalDate until = Periods.end(input.campaign().period());
        Map<String, List<PerformanceRecord>> byPeriod = new TreeMap<>();
        Map<String, LocalDate> starts = new TreeMap<>();
        for (PerformanceRecord record : input.subject().performanceRecords()) {
            LocalDate start = record.periodStart() != null ? record.periodStart() : Periods.start(record.period());
            if (record.period() == null || start == null || !filter.test(record)
                    || (until != null && start.isAfter(until))) {
                continue;
            }
            byPeriod.computeIfAbsent(record.period(), p -> new ArrayList<>()).add(record);
            starts.merge(record.period(), start, (a, b) -> a.isBefore(b) ? a : b);
        }
        return byPeriod.entrySet().stream()
                .map(e -> new Period(e.getKey(), starts.get(e.getKey()), e.getValue()))
                .sorted(Comparator.comparing(Period::start).thenComparing(Period::text).reversed())
                .limit(PERIODS).toList();
    }

    private static List<String> ids(List<PerformanceRecord> records) {
        return records.stream().map(PerformanceRecord::id).distinct().sorted().toList();
    }
}
