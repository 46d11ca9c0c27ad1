package io.pmi.report.domain.summary;

import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.analysis.AnalysisInput;
import io.pmi.report.domain.analysis.FindingType;
import io.pmi.report.domain.analysis.ReportAnalysis;
import io.pmi.report.domain.analysis.Severity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Adds up a campaign one subject at a time (README, "Campaign summaries"): each subject's findings, as its report computes them, and
 * its interviews' scale answers per dimension, by department and by source role. What it keeps grows with the
 * number of departments, dimensions and finding types, and with {@code top}, never with the number of subjects or
 * interviews. Not thread-safe: one summary, one thread.
 */
public final class CampaignSummarizer {

    /** Subjects ranked first: more HIGH findings, then MEDIUM, then LOW, then the external id. */
    static final Comparator<CampaignSummary.SubjectFindings> MOST_SEVERE = Comparator
            .comparingInt(CampaignSummary.SubjectFindings::high).reversed()
            .thenComparing(Comparator.comparingInt(CampaignSummary.SubjectFindings::medium).reversed())
            .thenComparing(Comparator.comparingInt(CampaignSummary.SubjectFindings::low).reversed())
            .thenComparing(CampaignSummary.SubjectFindings::subjectExternalId);

    private static final String NO_DEPARTMENT = "";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final int anonymityThreshold;
    private final int top;
    private final Map<FindingType, int[]> byType = new EnumMap<>(FindingType.class);
    private final Map<String, Map<String, Cell>> byDepartment = new TreeMap<>();
    private final Map<SourceRole, Map<String, Cell>> byRole = new EnumMap<>(SourceRole.class);
    private final TreeSet<CampaignSummary.SubjectFindings> mostSevere = new TreeSet<>(MOST_SEVERE);
    private int subjects;
    private int interviews;

    public CampaignSummarizer(int anonymityThreshold, int top) {
        if (anonymityThreshold < 1 || top < 0) {
            throw new IllegalArgumentException("k must be at least 1 and top not negative");
        }
        this.anonymityThreshold = anonymityThreshold;
        this.top = top;
    }

    /** One subject: what its report was computed from, and the report (either audience: findings are the same). */
    public void add(AnalysisInput input, ReportAnalysis analysis) {
        subjects++;
        int[] severities = new int[Severity.values().length];
        Set<FindingType> types = EnumSet.noneOf(FindingType.class);
        for (ReportAnalysis.Finding finding : analysis.findings()) {
            byType.computeIfAbsent(finding.type(), t -> new int[Severity.values().length])[finding.severity()
                    .ordinal()]++;
            severities[finding.severity().ordinal()]++;
            types.add(finding.type());
        }
        if (!types.isEmpty() && top > 0) {
            mostSevere.add(new CampaignSummary.SubjectFindings(input.subject().externalId(),
                    input.subject().department(), severities[Severity.HIGH.ordinal()],
                    severities[Severity.MEDIUM.ordinal()], severities[Severity.LOW.ordinal()], List.copyOf(types)));
            if (mostSevere.size() > top) {
                mostSevere.pollLast();
            }
        }
        String department = input.subject().department() == null ? NO_DEPARTMENT : input.subject().department();
        for (AnalysisInput.Interview interview : input.interviews()) {
            interviews++;
            if (interview.sourceRole() == SourceRole.UNKNOWN) {
                continue;
            }
            Map<String, Cell> scores = scores(interview);
            Map<String, Cell> departmentCells = byDepartment.computeIfAbsent(department, d -> new TreeMap<>());
            Map<String, Cell> roleCells = byRole.computeIfAbsent(interview.sourceRole(), r -> new TreeMap<>());
            scores.forEach((dimension, cell) -> {
                departmentCells.computeIfAbsent(dimension, d -> new Cell()).add(cell);
                roleCells.computeIfAbsent(dimension, d -> new Cell()).add(cell);
            });
        }
    }

    /** The summary so far, with dimension names from {@code names}. */
    public CampaignSummary result(AnalysisInput.DisplayNames names) {
        List<CampaignSummary.Suppression> suppressed = new ArrayList<>();
        Set<Object> hiddenDepartments = hidden("department", byDepartment, d -> d.isEmpty() ? null : d, suppressed);
        Set<Object> hiddenRoles = hidden("sourceRole", byRole, SourceRole::name, suppressed);
        List<CampaignSummary.DepartmentScore> departments = new ArrayList<>();
        byDepartment.forEach((department, cells) -> cells.forEach((dimension, cell) -> {
            if (!hiddenDepartments.contains(List.of(department, dimension))) {
                departments.add(new CampaignSummary.DepartmentScore(department.isEmpty() ? null : department,
                        dimension, names(names, dimension), cell.score(), cell.respondents, cell.answers));
            }
        }));
        List<CampaignSummary.RoleScore> roles = new ArrayList<>();
        byRole.forEach((role, cells) -> cells.forEach((dimension, cell) -> {
            if (!hiddenRoles.contains(List.of(role, dimension))) {
                roles.add(new CampaignSummary.RoleScore(role, dimension, names(names, dimension), cell.score(),
                        cell.respondents, cell.answers));
            }
        }));
        List<CampaignSummary.TypeCount> types = new ArrayList<>();
        int[] all = new int[Severity.values().length];
        byType.forEach((type, counts) -> {
            types.add(new CampaignSummary.TypeCount(type, counts[0], counts[1], counts[2],
                    counts[0] + counts[1] + counts[2]));
            for (int i = 0; i < all.length; i++) {
                all[i] += counts[i];
            }
        });
        CampaignSummary.Severities severities = new CampaignSummary.Severities(all[Severity.HIGH.ordinal()],
                all[Severity.MEDIUM.ordinal()], all[Severity.LOW.ordinal()]);
        return new CampaignSummary(subjects, interviews, anonymityThreshold,
                new CampaignSummary.FindingCounts(severities.total(), severities, types), departments, roles,
                List.copyOf(mostSevere), suppressed);
    }

    /** The interview's scale answers per dimension, each on 0 to 100 by its own scale; one respondent each. */
    private static Map<String, Cell> scores(AnalysisInput.Interview interview) {
        Map<String, AnalysisInput.Question> questions = new HashMap<>();
        interview.questions().forEach(q -> questions.put(q.key(), q));
        Map<String, Cell> cells = new HashMap<>();
        for (AnalysisInput.Answer answer : interview.answers()) {
            AnalysisInput.Question question = questions.get(answer.questionKey());
            if (question == null || question.type() != QuestionType.SCALE || answer.scaleValue() == null
                    || answer.redacted() || question.dimension() == null) {
                continue;
            }
            AnalysisInput.Scale scale = question.scale() == null ? AnalysisInput.Scale.DEFAULT : question.scale();
            if (scale.max() <= scale.min()) {
                continue;
            }
            double placed = (answer.scaleValue() - scale.min()) * 100.0 / (scale.max() - scale.min());
            Cell cell = cells.computeIfAbsent(question.dimension(), d -> new Cell());
            cell.sum += Math.max(0, Math.min(100, placed));
            cell.answers++;
            cell.respondents = 1;
        }
        return cells;
    }

    /**
     * The (group, dimension) cells of one grouping that are not shown: those below k, and, while the withheld cells
     * of a dimension pool fewer than k interviews together, the smallest shown one too. The other grouping's cells
     * add up to the same total per dimension, so a lone withheld cell could otherwise be worked out by subtraction;
     * withheld together, they give away only a pool of at least k.
     */
    private <G> Set<Object> hidden(String scope, Map<G, Map<String, Cell>> grouping, Function<G, String> label,
                                   List<CampaignSummary.Suppression> suppressed) {
        Map<String, List<Map.Entry<G, Cell>>> byDimension = new TreeMap<>();
        grouping.forEach((group, cells) -> cells.forEach((dimension, cell) ->
                byDimension.computeIfAbsent(dimension, d -> new ArrayList<>()).add(Map.entry(group, cell))));
        Set<Object> hidden = new HashSet<>();
        byDimension.forEach((dimension, cells) -> {
            int withheld = 0;
            List<Map.Entry<G, Cell>> shown = new ArrayList<>();
            for (Map.Entry<G, Cell> entry : cells) {
                if (entry.getValue().respondents < anonymityThreshold) {
                    withheld += entry.getValue().respondents;
                    hidden.add(List.of(entry.getKey(), dimension));
                    suppressed.add(new CampaignSummary.Suppression(scope, label.apply(entry.getKey()), dimension,
                            CampaignSummary.Reason.BELOW_THRESHOLD));
                } else {
                    shown.add(entry);
                }
            }
            shown.sort(Comparator.comparingInt(e -> e.getValue().respondents));
            boolean any = withheld > 0;
            for (int i = 0; any && withheld < anonymityThreshold && i < shown.size(); i++) {
                Map.Entry<G, Cell> entry = shown.get(i);
                withheld += entry.getValue().respondents;
                hidden.add(List.of(entry.getKey(), dimension));
                suppressed.add(new CampaignSummary.Suppression(scope, label.apply(entry.getKey()), dimension,
                        CampaignSummary.Reason.COMPLEMENTARY));
            }
        });
        return hidden;
    }

    private static Map<String, String> names(AnalysisInput.DisplayNames names, String dimension) {
        return Objects.requireNonNullElse(names.dimensions().get(dimension), Map.of());
    }

    /** A running mean: the sum of placed answers, their number and the interviews they came from. */
    private static final class Cell {
        double sum;
        int answers;
        int respondents;

        void add(Cell other) {
            sum += other.sum;
            answers += other.answers;
            respondents += other.respondents;
        }

        BigDecimal score() {
            return BigDecimal.valueOf(sum / answers).setScale(1, RoundingMode.HALF_EVEN).min(HUNDRED);
        }
    }
}
