package io.pmi.report.domain.analysis;

import io.pmi.report.domain.Audience;
import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;
import io.pmi.report.domain.analysis.AnalysisInput.Answer;
import io.pmi.report.domain.analysis.AnalysisInput.Scale;
import io.pmi.report.domain.analysis.Corpus.Group;
import io.pmi.report.domain.analysis.Corpus.MeasureData;
import io.pmi.report.domain.analysis.ReportAnalysis.Agreement;
import io.pmi.report.domain.analysis.ReportAnalysis.Contradiction;
import io.pmi.report.domain.analysis.ReportAnalysis.Dimension;
import io.pmi.report.domain.analysis.ReportAnalysis.Evidence;
import io.pmi.report.domain.analysis.ReportAnalysis.Gap;
import io.pmi.report.domain.analysis.ReportAnalysis.HistoryCheck;
import io.pmi.report.domain.analysis.ReportAnalysis.InputInterview;
import io.pmi.report.domain.analysis.ReportAnalysis.Measure;
import io.pmi.report.domain.analysis.ReportAnalysis.Notice;
import io.pmi.report.domain.analysis.ReportAnalysis.Quote;
import io.pmi.report.domain.analysis.ReportAnalysis.Source;
import io.pmi.report.domain.analysis.ReportAnalysis.Suppression;
import io.pmi.report.domain.analysis.ReportAnalysis.Topic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The entry point: a subject's verification report from the campaign export, as a pure function. The same input,
 * in any order of interviews, questions, answers, emotions or records, gives an equal report.
 * <pre>
 *   ReportAnalysis hr = ReportAnalyzer.analyze(input);
 *   ReportAnalysis forManagers = hr.forAudience(Audience.MANAGER);
 * </pre>
 * ANALYSIS.md describes every figure and rule.
 */
public final class ReportAnalyzer {

    /** The name of the agreement index reported. */
    public static final String AGREEMENT_INDEX = "AD_M";

    private static final Comparator<Dimension> DIMENSION_ORDER = Comparator
            .comparing((Dimension d) -> LibraryMeasures.order(LibraryMeasures.DIMENSIONS, d.dimension()))
            .thenComparing(Dimension::dimension);

    private ReportAnalyzer() {
    }

    /** The complete report, as HR reads it; {@link ReportAnalysis#forAudience} gives the manager's projection. */
    public static ReportAnalysis analyze(AnalysisInput input) {
        Set<Notice> notices = new HashSet<>();
        Corpus corpus = Corpus.of(input, notices);
        Names names = new Names(input.names(), notices);
        List<Gap> gaps = gaps(corpus, input.campaign());
        List<Contradiction> contradictions = contradictions(corpus, input.campaign());
        List<HistoryCheck> checks = HistoryChecks.check(corpus, input);
        List<Dimension> dimensions = dimensions(corpus, names);
        List<ReportAnalysis.Finding> findings = Findings.of(corpus, gaps, contradictions, checks, names);
        return new ReportAnalysis(Audience.HR, inputs(corpus), dimensions, gaps, contradictions, checks, findings,
                suppressed(corpus), notices.stream().sorted(Comparator.comparing(Notice::code)
                        .thenComparing(Notice::scope)).toList());
    }

    /** The report as {@code audience} reads it. */
    public static ReportAnalysis analyze(AnalysisInput input, Audience audience) {
        return analyze(input).forAudience(audience);
    }

    /** A SCALE mean at or below this is low: the bottom quarter of the range (2 on a 1 to 5 scale). */
    static Ratio lowCutoff(Scale scale) {
        return Ratio.of(scale.min()).plus(Ratio.of(scale.max() - scale.min(), 4));
    }

    /** How far apart two figures must be: the campaign's gap threshold, or a third of the scale's range. */
    static Ratio threshold(AnalysisInput.Campaign campaign, Scale scale) {
        return campaign.gapThreshold() != null ? Ratio.of(campaign.gapThreshold())
                : Ratio.of(scale.max() - scale.min(), 3);
    }

    private static List<InputInterview> inputs(Corpus corpus) {
        Set<String> shown = new HashSet<>();
        for (MeasureData measure : corpus.measures.values()) {
            for (Group group : measure.usableGroups()) {
                group.respondents.forEach(r -> shown.add(r.interviewId()));
            }
        }
        return corpus.interviews.stream()
                .map(i -> new InputInterview(i.id(), i.version(), i.sourceRole(), i.completedAt(),
                        i.sourceRole().needsAnonymity() && !shown.contains(i.id())))
                .sorted(Comparator.comparing(InputInterview::sourceRole).thenComparing(InputInterview::id))
                .toList();
    }

    private static List<Dimension> dimensions(Corpus corpus, Names names) {
        Map<String, Map<String, List<Measure>>> tree = new TreeMap<>();
        for (MeasureData measure : corpus.measures.values()) {
            tree.computeIfAbsent(measure.definition.dimension(), d -> new TreeMap<>())
                    .computeIfAbsent(measure.definition.topic(), t -> new ArrayList<>()).add(measure(measure));
        }
        List<Dimension> dimensions = new ArrayList<>();
        tree.forEach((dimension, topics) -> {
            List<Topic> shown = new ArrayList<>();
            topics.forEach((topic, measures) -> shown.add(new Topic(topic, names.topic(topic), measures)));
            shown.sort(Comparator.comparing((Topic t) -> LibraryMeasures.order(LibraryMeasures.TOPICS, t.topic()))
                    .thenComparing(Topic::topic));
            dimensions.add(new Dimension(dimension, names.dimension(dimension), shown));
        });
        dimensions.sort(DIMENSION_ORDER);
        return dimensions;
    }

    private static Measure measure(MeasureData measure) {
        Corpus.Definition definition = measure.definition;
        List<Source> sources = new ArrayList<>();
        for (Group group : measure.groups.values()) {
            boolean scale = definition.type() == QuestionType.SCALE;
            sources.add(new Source(group.role, group.respondents.size(), !group.usable,
                    scale ? group.mean().rounded() : null,
                    scale ? Ratio.standardDeviation(group.ratings()) : null,
                    definition.type().isChoice() ? group.distribution(definition.options()) : null,
                    group.stances(), quotes(group, definition.type())));
        }
        return new Measure(measure.key, definition.type(), definition.scale(), sources, agreement(measure));
    }

    private static List<Quote> quotes(Group group, QuestionType type) {
        List<Quote> quotes = new ArrayList<>();
        for (Answer answer : group.answers()) {
            String text = type == QuestionType.OPEN ? answer.text() : answer.comment();
            if (text != null && !text.isBlank()) {
                quotes.add(new Quote(answer.id(), text, answer.stance(),
                        answer.tags().stream().distinct().sorted().toList(), answer.vague()));
            }
        }
        return quotes;
    }

    /** AD_M over every usable respondent's rating against the cutoff A/6; null below two ratings. */
    private static Agreement agreement(MeasureData measure) {
        if (measure.definition.type() != QuestionType.SCALE) {
            return null;
        }
        List<Ratio> ratings = measure.usableGroups().stream().flatMap(g -> g.ratings().stream()).toList();
        if (ratings.size() < 2) {
            return null;
        }
        Scale scale = measure.definition.scale();
        Ratio deviation = Ratio.averageDeviation(ratings);
        Ratio cutoff = Ratio.of(scale.max() - scale.min() + 1, 6);
        return new Agreement(AGREEMENT_INDEX, deviation.rounded(), cutoff.rounded(), ratings.size(),
                deviation.compareTo(cutoff) <= 0);
    }

    private static List<Gap> gaps(Corpus corpus, AnalysisInput.Campaign campaign) {
        List<Gap> gaps = new ArrayList<>();
        for (MeasureData measure : corpus.measures.values()) {
            Group self = measure.usable(SourceRole.SELF);
            if (measure.definition.type() != QuestionType.SCALE || self == null) {
                continue;
            }
            List<Group> others = measure.usableGroups().stream().filter(g -> g.role != SourceRole.SELF).toList();
            if (others.isEmpty()) {
                continue;
            }
            Ratio othersMean = Ratio.mean(others.stream().map(Group::mean).toList());
            Ratio gap = self.mean().minus(othersMean);
            Ratio threshold = threshold(campaign, measure.definition.scale());
            if (gap.abs().compareTo(threshold) > 0) {
                gaps.add(new Gap(measure.key, measure.definition.dimension(),
                        gap.signum() > 0 ? GapKind.BLIND_SPOT : GapKind.HIDDEN_STRENGTH, self.mean().rounded(),
                        othersMean.rounded(), gap.rounded(), threshold.rounded(),
                        others.stream().map(g -> g.role).toList()));
            }
        }
        return gaps;
    }

    private static List<Contradiction> contradictions(Corpus corpus, AnalysisInput.Campaign campaign) {
        List<Contradiction> found = new ArrayList<>();
        for (MeasureData measure : corpus.measures.values()) {
            List<Group> groups = measure.usableGroups();
            for (int i = 0; i < groups.size(); i++) {
                for (int j = i + 1; j < groups.size(); j++) {
                    Contradiction contradiction = contradiction(measure, groups.get(i), groups.get(j), campaign);
                    if (contradiction != null) {
                        found.add(contradiction);
                    }
                }
            }
        }
        return found;
    }

    private static Contradiction contradiction(MeasureData measure, Group a, Group b,
                                               AnalysisInput.Campaign campaign) {
        Corpus.Definition definition = measure.definition;
        Map<SourceRole, String> values = new LinkedHashMap<>();
        Set<String> answerIds = new TreeSet<>();
        ContradictionKind kind;
        BigDecimal difference;
        switch (definition.type()) {
            case SCALE -> {
                Ratio apart = a.mean().minus(b.mean()).abs();
                if (apart.compareTo(threshold(campaign, definition.scale())) <= 0) {
                    return null;
                }
                kind = ContradictionKind.SCALE_MEANS;
                difference = apart.rounded();
                values.put(a.role, a.mean().rounded().toPlainString());
                values.put(b.role, b.mean().rounded().toPlainString());
                answerIds.addAll(a.answerIds());
                answerIds.addAll(b.answerIds());
            }
            case SINGLE_CHOICE -> {
                List<String> options = definition.options();
                String modalA = a.modal(options);
                String modalB = b.modal(options);
                if (modalA == null || modalB == null || options.size() < 2) {
                    return null;
                }
                int apart = Math.abs(options.indexOf(modalA) - options.indexOf(modalB));
                if (apart == 0 || apart * 3 < options.size() - 1) {
                    return null;
                }
                kind = ContradictionKind.MODAL_CHOICES;
                difference = BigDecimal.valueOf(apart);
                values.put(a.role, modalA);
                values.put(b.role, modalB);
                answerIds.addAll(a.answersChoosing(modalA));
                answerIds.addAll(b.answersChoosing(modalB));
            }
            case OPEN -> {
                Stance stanceA = a.majorityStance();
                Stance stanceB = b.majorityStance();
                boolean opposite = stanceA == Stance.POSITIVE && stanceB == Stance.NEGATIVE
                        || stanceA == Stance.NEGATIVE && stanceB == Stance.POSITIVE;
                if (!opposite) {
                    return null;
                }
                kind = ContradictionKind.MAJORITY_STANCES;
                difference = null;
                values.put(a.role, stanceA.name());
                values.put(b.role, stanceB.name());
                answerIds.addAll(a.answersWithStance(stanceA));
                answerIds.addAll(b.answersWithStance(stanceB));
            }
            default -> {
                return null;
            }
        }
        return new Contradiction(measure.key, definition.dimension(), List.of(a.role, b.role), kind, values,
                difference, new Evidence(List.copyOf(answerIds), List.of(), List.of(measure.key), List.of()));
    }

    private static List<Suppression> suppressed(Corpus corpus) {
        List<Suppression> suppressed = new ArrayList<>();
        for (MeasureData measure : corpus.measures.values()) {
            for (Group group : measure.groups.values()) {
                if (!group.usable) {
                    suppressed.add(new Suppression(measure.key, ReportAnalysis.SCOPE_MEASURE, group.role,
                            SuppressionReason.BELOW_ANONYMITY_THRESHOLD));
                }
            }
        }
        suppressed.sort(Suppression.ORDER);
        return suppressed;
    }
}
