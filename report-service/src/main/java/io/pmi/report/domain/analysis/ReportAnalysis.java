package io.pmi.report.domain.analysis;

import io.pmi.report.domain.Audience;
import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A subject's verification report as computed by {@link ReportAnalyzer}: immutable, every list sorted, every figure
 * rounded to 2 places half even. The field names are the public JSON contract of {@code POST /reports}.
 * <p>
 * Gaps, contradictions, history checks and findings are the same in both audiences: they use only groups that
 * pass anonymity. The audiences differ in what {@link #dimensions}, {@link #inputs} and {@link #suppressed} show;
 * see {@link #forAudience}.
 */
public record ReportAnalysis(Audience audience, List<InputInterview> inputs, List<Dimension> dimensions,
                             List<Gap> gaps, List<Contradiction> contradictions, List<HistoryCheck> historyChecks,
                             List<Finding> findings, List<Suppression> suppressed, List<Notice> notices) {

    /** The language tags every bilingual text carries, in this order. */
    public static final List<String> LANGUAGES = List.of("zh-CN", "en");

    /** Scopes of {@link Suppression}. */
    public static final String SCOPE_MEASURE = "measure";
    public static final String SCOPE_QUOTES = "quotes";
    public static final String SCOPE_INPUTS = "inputs";

    public ReportAnalysis {
        Objects.requireNonNull(audience, "audience");
        inputs = List.copyOf(inputs);
        dimensions = List.copyOf(dimensions);
        gaps = List.copyOf(gaps);
        contradictions = List.copyOf(contradictions);
        historyChecks = List.copyOf(historyChecks);
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        notices = List.copyOf(notices);
    }

    /**
     * The report as {@code target} may read it. HR reads everything. The MANAGER projection withholds, outside
     * {@link #suppressed}, every PEER or SUBORDINATE group below k (its figures, distribution, stances, quotes and
     * count) and the interviews that only such groups used; it shows no completion times and no verbatim quotes of
     * SELF or SUPERVISOR, who are identifiable by their role alone. The projection of a MANAGER report is itself;
     * an HR report cannot be made from one.
     */
    public ReportAnalysis forAudience(Audience target) {
        if (target == audience) {
            return this;
        }
        if (target == Audience.HR) {
            throw new IllegalStateException("a manager's projection cannot be turned back into the HR report");
        }
        List<Suppression> withheld = new ArrayList<>(suppressed);
        Set<SourceRole> quotesWithheld = EnumSet.noneOf(SourceRole.class);
        List<Dimension> shownDimensions = new ArrayList<>();
        for (Dimension dimension : dimensions) {
            List<Topic> shownTopics = new ArrayList<>();
            for (Topic topic : dimension.topics()) {
                List<Measure> shownMeasures = new ArrayList<>();
                for (Measure measure : topic.measures()) {
                    List<Source> shown = new ArrayList<>();
                    for (Source source : measure.sources()) {
                        if (source.belowThreshold()) {
                            continue;
                        }
                        if (!source.role().needsAnonymity() && !source.quotes().isEmpty()) {
                            quotesWithheld.add(source.role());
                            source = source.withoutQuotes();
                        }
                        shown.add(source);
                    }
                    if (!shown.isEmpty()) {
                        shownMeasures.add(new Measure(measure.measure(), measure.type(), measure.scale(), shown,
                                measure.agreement()));
                    }
                }
                if (!shownMeasures.isEmpty()) {
                    shownTopics.add(new Topic(topic.topic(), topic.names(), shownMeasures));
                }
            }
            if (!shownTopics.isEmpty()) {
                shownDimensions.add(new Dimension(dimension.dimension(), dimension.names(), shownTopics));
            }
        }
        quotesWithheld.forEach(role -> withheld.add(new Suppression(null, SCOPE_QUOTES, role,
                SuppressionReason.SINGLE_SOURCE_QUOTES)));
        List<InputInterview> shownInputs = new ArrayList<>();
        Set<SourceRole> inputsWithheld = EnumSet.noneOf(SourceRole.class);
        for (InputInterview input : inputs) {
            if (input.belowThreshold()) {
                inputsWithheld.add(input.sourceRole());
            } else {
                shownInputs.add(new InputInterview(input.id(), input.version(), input.sourceRole(), null, false));
            }
        }
        inputsWithheld.forEach(role -> withheld.add(new Suppression(null, SCOPE_INPUTS, role,
                SuppressionReason.BELOW_ANONYMITY_THRESHOLD)));
        withheld.sort(Suppression.ORDER);
        List<Notice> shownNotices = notices.stream().filter(n -> n.code() != NoticeCode.UNKNOWN_SOURCE_ROLE).toList();
        return new ReportAnalysis(Audience.MANAGER, shownInputs, shownDimensions, gaps, contradictions, historyChecks,
                findings, withheld, shownNotices);
    }

    /**
     * An interview the report used.
     *
     * @param completedAt    null in the MANAGER audience
     * @param belowThreshold true (HR audience only) when the interview is a PEER or SUBORDINATE one that no group
     *                       passing anonymity used, so managers do not see it
     */
    public record InputInterview(String id, long version, SourceRole sourceRole, Instant completedAt,
                                 boolean belowThreshold) {
    }

    /** A dimension; {@code names} by language tag, the code where no name was given. */
    public record Dimension(String dimension, Map<String, String> names, List<Topic> topics) {

        public Dimension {
            names = ordered(names);
            topics = List.copyOf(topics);
        }
    }

    /** A topic of a dimension. */
    public record Topic(String topic, Map<String, String> names, List<Measure> measures) {

        public Topic {
            names = ordered(names);
            measures = List.copyOf(measures);
        }
    }

    /**
     * One measure with a figure per source, sources in the order SELF, SUPERVISOR, PEER, SUBORDINATE.
     *
     * @param scale     the range, for SCALE measures; else null
     * @param agreement for SCALE measures answered by at least two respondents of usable groups; else null
     */
    public record Measure(String measure, QuestionType type, AnalysisInput.Scale scale, List<Source> sources,
                          Agreement agreement) {

        public Measure {
            sources = List.copyOf(sources);
        }
    }

    /**
     * What one source said on one measure. A respondent is an interview of the role with at least one usable
     * answer on the measure.
     *
     * @param belowThreshold true (HR audience only) for a PEER or SUBORDINATE group with fewer than k respondents,
     *                       which no comparison uses
     * @param mean           SCALE: the mean of the respondents' ratings; else null
     * @param spread         SCALE: the population standard deviation of the respondents' ratings; else null
     * @param distribution   choice measures: respondents per option, in the question's option order; else null
     * @param stances        coded answers per stance, POSITIVE, NEUTRAL, NEGATIVE
     * @param quotes         OPEN answers' texts and other answers' comments, by answer id
     */
    public record Source(SourceRole role, int respondents, boolean belowThreshold, BigDecimal mean,
                         BigDecimal spread, Map<String, Integer> distribution, Map<Stance, Integer> stances,
                         List<Quote> quotes) {

        public Source {
            distribution = distribution == null ? null : ordered(distribution);
            stances = ordered(stances);
            quotes = List.copyOf(quotes);
        }

        Source withoutQuotes() {
            return new Source(role, respondents, belowThreshold, mean, spread, distribution, stances, List.of());
        }
    }

    /** A verbatim quote, labelled only by the source it sits under. */
    public record Quote(String answerId, String text, Stance stance, List<String> tags, boolean vague) {

        public Quote {
            tags = List.copyOf(tags);
        }
    }

    /**
     * Burke and Dunlap's average deviation around the mean, AD_M, over the ratings of every respondent of the
     * usable groups; agreement when it is at most the cutoff A/6, A being the number of scale points.
     *
     * @param index always {@code AD_M}
     * @param raters the number of ratings
     */
    public record Agreement(String index, BigDecimal value, BigDecimal cutoff, int raters, boolean agrees) {
    }

    /**
     * Self against the others on a SCALE measure.
     *
     * @param others       the unweighted mean of the means of the other usable sources, listed in otherSources
     * @param gap          self minus others
     * @param threshold    |gap| exceeds it
     */
    public record Gap(String measure, String dimension, GapKind kind, BigDecimal self, BigDecimal others,
                      BigDecimal gap, BigDecimal threshold, List<SourceRole> otherSources) {

        public Gap {
            otherSources = List.copyOf(otherSources);
        }
    }

    /**
     * Two usable sources far apart on one measure.
     *
     * @param values     each source's figure: its mean, modal choice or majority stance
     * @param difference SCALE: the means' distance; SINGLE_CHOICE: the options' distance in positions; else null
     */
    public record Contradiction(String measure, String dimension, List<SourceRole> sources, ContradictionKind kind,
                                Map<SourceRole, String> values, BigDecimal difference, Evidence evidence) {

        public Contradiction {
            sources = List.copyOf(sources);
            values = ordered(values);
        }
    }

    /**
     * A claim made on a measure, checked against the performance records.
     *
     * @param sources   the usable sources making the claim
     * @param answerIds the answers the claim rests on
     * @param recordIds the records the verdict rests on
     * @param periods   the periods looked at, latest first; attainment is their KPIs' mean, null for claims that
     *                  do not look at attainment
     */
    public record HistoryCheck(String measure, Claim claim, Verdict verdict, List<SourceRole> sources,
                               List<String> answerIds, List<String> recordIds, List<PeriodAttainment> periods) {

        public HistoryCheck {
            sources = List.copyOf(sources);
            answerIds = List.copyOf(answerIds);
            recordIds = List.copyOf(recordIds);
            periods = List.copyOf(periods);
        }
    }

    /** A period of the performance history and its mean KPI attainment. */
    public record PeriodAttainment(String period, BigDecimal attainment) {
    }

    /**
     * A finding of the catalogue ({@link FindingType}). {@code summary} and {@code recommendation} carry both
     * {@link #LANGUAGES}; {@link #summary(String)} picks one.
     */
    public record Finding(FindingType type, Severity severity, String dimension, Map<String, String> summary,
                          Evidence evidence, Map<String, String> recommendation) {

        public Finding {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(severity, "severity");
            if (evidence.answerIds().isEmpty() && evidence.performanceRecordIds().isEmpty()) {
                throw new IllegalArgumentException("a finding needs evidence");
            }
            summary = ordered(summary);
            recommendation = ordered(recommendation);
        }

        /** The summary in a language tag's language: Chinese for {@code zh*}, English otherwise. */
        public String summary(String language) {
            return pick(summary, language);
        }

        /** The recommendation in a language tag's language, as {@link #summary(String)}. */
        public String recommendation(String language) {
            return pick(recommendation, language);
        }
    }

    /** What a finding or a contradiction rests on, every list sorted. */
    public record Evidence(List<String> answerIds, List<String> performanceRecordIds, List<String> measures,
                           List<String> emotionIds) {

        public Evidence {
            answerIds = sorted(answerIds);
            performanceRecordIds = sorted(performanceRecordIds);
            measures = sorted(measures);
            emotionIds = sorted(emotionIds);
        }
    }

    /**
     * Something withheld for anonymity, never with a count.
     *
     * @param measure the measure, for scope {@value #SCOPE_MEASURE}; else null
     * @param scope   {@value #SCOPE_MEASURE}, {@value #SCOPE_QUOTES} or {@value #SCOPE_INPUTS}
     */
    public record Suppression(String measure, String scope, SourceRole role, SuppressionReason reason) {

        static final Comparator<Suppression> ORDER = Comparator
                .comparing(Suppression::measure, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Suppression::scope)
                .thenComparing(Suppression::role)
                .thenComparing(Suppression::reason);
    }

    /** Something about the input the reader should know. */
    public record Notice(NoticeCode code, String scope) {
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().distinct().sorted().toList();
    }

    private static String pick(Map<String, String> texts, String language) {
        boolean zh = language == null || language.toLowerCase(Locale.ROOT).startsWith("zh");
        return texts.get(zh ? "zh-CN" : "en");
    }
}
