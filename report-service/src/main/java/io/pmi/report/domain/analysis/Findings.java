package io.pmi.report.domain.analysis;

import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;
import io.pmi.report.domain.analysis.Corpus.Group;
import io.pmi.report.domain.analysis.Corpus.MeasureData;
import io.pmi.report.domain.analysis.Corpus.StrongEmotion;
import io.pmi.report.domain.analysis.ReportAnalysis.Contradiction;
import io.pmi.report.domain.analysis.ReportAnalysis.Evidence;
import io.pmi.report.domain.analysis.ReportAnalysis.Finding;
import io.pmi.report.domain.analysis.ReportAnalysis.Gap;
import io.pmi.report.domain.analysis.ReportAnalysis.HistoryCheck;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The deterministic finding rules of {@link FindingType}. Only usable groups give signals, so a finding never
 * rests on a group below the anonymity threshold, and every finding cites the answers (and records) it rests on.
 */
final class Findings {

    /** Interviews with strong emotions on one dimension that make it a sensitive topic. */
    static final int SENSITIVE_INTERVIEWS = 3;

    private enum SignalKind {
        /** A SCALE mean at or below the low cutoff. */
        LOW,
        /** A modal choice of {@link LibraryMeasures#CONCERN_CHOICES}. */
        CONCERN_CHOICE,
        /** More than half of the coded answers NEGATIVE. */
        NEGATIVE,
        /** A contradiction between two sources, for types that count them. */
        CONTRADICTION
    }

    private record Signal(SignalKind kind, String measure, Set<SourceRole> roles, List<String> answerIds) {
    }

    private record Key(FindingType type, String dimension) {
    }

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> LibraryMeasures.order(LibraryMeasures.DIMENSIONS, f.dimension()))
            .thenComparing(Finding::dimension)
            .thenComparing(Finding::type)
            .thenComparing(f -> String.join(",", f.evidence().measures()));

    private Findings() {
    }

    static List<Finding> of(Corpus corpus, List<Gap> gaps, List<Contradiction> contradictions,
                            List<HistoryCheck> checks, Names names) {
        Map<Key, List<Signal>> signals = new TreeMap<>(Comparator.comparing(Key::type).thenComparing(Key::dimension));
        for (MeasureData measure : corpus.measures.values()) {
            Key key = new Key(measure.route(), measure.definition.dimension());
            for (Group group : measure.usableGroups()) {
                for (Signal signal : signals(measure, group)) {
                    signals.computeIfAbsent(key, k -> new ArrayList<>()).add(signal);
                }
            }
        }
        for (Contradiction contradiction : contradictions) {
            MeasureData measure = corpus.measures.get(contradiction.measure());
            if (measure.route().countsContradictions()) {
                signals.computeIfAbsent(new Key(measure.route(), measure.definition.dimension()), k -> new ArrayList<>())
                        .add(new Signal(SignalKind.CONTRADICTION, contradiction.measure(),
                                Set.copyOf(contradiction.sources()), contradiction.evidence().answerIds()));
            }
        }
        List<Finding> findings = new ArrayList<>();
        signals.forEach((key, found) -> {
            Finding finding = signalFinding(key, found, checks, names);
            if (finding != null) {
                findings.add(finding);
            }
        });
        for (Gap gap : gaps) {
            findings.add(gapFinding(gap, corpus.measures.get(gap.measure())));
        }
        findings.addAll(sensitive(corpus, names));
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    private static List<Signal> signals(MeasureData measure, Group group) {
        List<Signal> found = new ArrayList<>();
        Corpus.Definition definition = measure.definition;
        Set<SourceRole> role = Set.of(group.role);
        if (definition.type() == QuestionType.SCALE) {
            Ratio low = ReportAnalyzer.lowCutoff(definition.scale());
            if (group.mean().compareTo(low) <= 0) {
                found.add(new Signal(SignalKind.LOW, measure.key, role, group.answersRatedAtMost(low)));
            }
        }
        if (definition.type() == QuestionType.SINGLE_CHOICE) {
            String modal = group.modal(definition.options());
            if (modal != null && LibraryMeasures.CONCERN_CHOICES.getOrDefault(measure.key, Set.of()).contains(modal)) {
                found.add(new Signal(SignalKind.CONCERN_CHOICE, measure.key, role, group.answersChoosing(modal)));
            }
        }
        if (group.majorityStance() == Stance.NEGATIVE) {
            found.add(new Signal(SignalKind.NEGATIVE, measure.key, role, group.answersWithStance(Stance.NEGATIVE)));
        }
        return found;
    }

    private static Finding signalFinding(Key key, List<Signal> signals, List<HistoryCheck> checks, Names names) {
        Claim gate = LibraryMeasures.gatingClaim(key.type());
        List<HistoryCheck> related = checks.stream().filter(c -> c.claim() == gate).toList();
        if (related.stream().anyMatch(c -> c.verdict() == Verdict.CONTRADICTED)) {
            return null;
        }
        List<HistoryCheck> corroborating = related.stream().filter(c -> c.verdict() == Verdict.CORROBORATED).toList();
        Set<SourceRole> claimants = EnumSet.noneOf(SourceRole.class);
        Set<SourceRole> everyone = EnumSet.noneOf(SourceRole.class);
        Set<String> answerIds = new TreeSet<>();
        Set<String> measures = new TreeSet<>();
        boolean firm = false;
        for (Signal signal : signals) {
            everyone.addAll(signal.roles());
            if (signal.kind() != SignalKind.CONTRADICTION) {
                claimants.addAll(signal.roles());
            }
            firm |= signal.kind() != SignalKind.NEGATIVE;
            answerIds.addAll(signal.answerIds());
            measures.add(signal.measure());
        }
        Set<String> recordIds = new TreeSet<>();
        for (HistoryCheck check : corroborating) {
            recordIds.addAll(check.recordIds());
            answerIds.addAll(check.answerIds());
            measures.add(check.measure());
        }
        Severity severity = !corroborating.isEmpty() || claimants.size() >= 2 ? Severity.HIGH
                : firm ? Severity.MEDIUM : Severity.LOW;
        Texts.Wording wording = Texts.signal(key.type(), everyone, !corroborating.isEmpty(),
                names.dimension(key.dimension()));
        return new Finding(key.type(), severity, key.dimension(), wording.summary(),
                new Evidence(List.copyOf(answerIds), List.copyOf(recordIds), List.copyOf(measures), List.of()),
                wording.recommendation());
    }

    private static Finding gapFinding(Gap gap, MeasureData measure) {
        List<String> answerIds = new ArrayList<>(measure.groups.get(SourceRole.SELF).answerIds());
        for (SourceRole role : gap.otherSources()) {
            answerIds.addAll(measure.groups.get(role).answerIds());
        }
        Severity severity = gap.gap().abs().compareTo(gap.threshold().multiply(BigDecimal.valueOf(2))) >= 0
                ? Severity.HIGH : Severity.MEDIUM;
        Texts.Wording wording = Texts.gap(gap.kind(), gap.measure(), gap.self().toPlainString(),
                gap.others().toPlainString(), gap.gap().abs().toPlainString());
        return new Finding(FindingType.PERCEPTION_GAP, severity, gap.dimension(), wording.summary(),
                new Evidence(answerIds, List.of(), List.of(gap.measure()), List.of()), wording.recommendation());
    }

    private static List<Finding> sensitive(Corpus corpus, Names names) {
        Map<String, List<StrongEmotion>> byDimension = new TreeMap<>();
        for (StrongEmotion emotion : corpus.strongEmotions) {
            MeasureData measure = corpus.measures.get(emotion.measure());
            if (measure != null && measure.usable(emotion.role()) != null) {
                byDimension.computeIfAbsent(measure.definition.dimension(), d -> new ArrayList<>()).add(emotion);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byDimension.forEach((dimension, emotions) -> {
            int interviews = (int) emotions.stream().map(StrongEmotion::interviewId).distinct().count();
            if (interviews < SENSITIVE_INTERVIEWS) {
                return;
            }
            boolean unacknowledged = emotions.stream().anyMatch(e -> !e.acknowledged());
            Texts.Wording wording = Texts.sensitive(interviews, unacknowledged, names.dimension(dimension));
            findings.add(new Finding(FindingType.SENSITIVE_TOPIC, unacknowledged ? Severity.HIGH : Severity.MEDIUM,
                    dimension, wording.summary(),
                    new Evidence(emotions.stream().flatMap(e -> e.answerIds().stream()).toList(), List.of(),
                            emotions.stream().map(StrongEmotion::measure).toList(),
                            emotions.stream().map(StrongEmotion::emotionId).toList()),
                    wording.recommendation()));
        });
        return findings;
    }
}
