package io.pmi.report.rest;

import io.pmi.report.domain.Audience;
import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The printable report's labels in en. */
@Localized("en")
public interface EnglishReportLabels extends ReportLabels {

    @Override
    @Message("Cross-source verification report")
    String title();

    @Override
    @Message("Employee")
    String subject();

    @Override
    @Message("Campaign")
    String campaign();

    @Override
    @Message("Version")
    String version();

    @Override
    @Message("Generated")
    String generatedAt();

    @Override
    @Message("Audience")
    String audience();

    @Override
    @Message("{#when audience}{#is HR}HR: every source and quote{#is MANAGER}Manager: anonymised view"
            + "{#else}{audience}{/when}")
    String audienceName(Audience audience);

    @Override
    @Message("The report is partial; this could not be read:")
    String partial();

    @Override
    @Message("{#when missing}{#is 'dimension-names'}the dimension names (codes stand in for them)"
            + "{#else}{missing}{/when}")
    String missing(String missing);

    @Override
    @Message("An interview left the exports after the report was generated (consent withdrawn or erased): the "
            + "report no longer shows anything of it.")
    String stale();

    @Override
    @Message("Sources")
    String sources();

    @Override
    @Message("Interviews")
    String interviews();

    @Override
    @Message("Dimension scores by source")
    String chart();

    @Override
    @Message("One group of bars per dimension; each bar is the mean of that source's means over the dimension's "
            + "scale questions, on the scale.")
    String chartNote();

    @Override
    @Message("Light dashed bars: groups below the anonymity threshold, shown to HR only and left out of gaps, "
            + "contradictions and findings.")
    String chartBelowThreshold();

    @Override
    @Message("The report has no scale questions, so there is no score chart.")
    String chartEmpty();

    @Override
    @Message("no scale questions")
    String noScale();

    @Override
    @Message("Findings and recommendations")
    String findings();

    @Override
    @Message("No findings.")
    String noFindings();

    @Override
    @Message("{#when severity}{#is 'HIGH'}High{#is 'MEDIUM'}Medium{#is 'LOW'}Low{#else}{severity}{/when}")
    String severity(String severity);

    @Override
    @Message("{#when type}"
            + "{#is 'STRATEGY_UNCLEAR'}Strategy unclear"
            + "{#is 'GOAL_MISALIGNED'}Goals misaligned"
            + "{#is 'KPI_UNREASONABLE'}KPIs unreasonable"
            + "{#is 'QUALITATIVE_UNMEASURED'}Qualitative indicators unmeasured"
            + "{#is 'FEEDBACK_GAP'}Feedback gap"
            + "{#is 'FEEDBACK_STYLE_MISMATCH'}Feedback style mismatch"
            + "{#is 'INCENTIVE_UNCLEAR'}Incentives unclear"
            + "{#is 'DEVELOPMENT_NEED'}Development need"
            + "{#is 'RESOURCE_OBSTACLE'}Resource obstacle"
            + "{#is 'COLLABORATION_FRICTION'}Collaboration friction"
            + "{#is 'PERCEPTION_GAP'}Perception gap"
            + "{#is 'SENSITIVE_TOPIC'}Sensitive topic"
            + "{#is 'DIMENSION_CONCERN'}Dimension concern"
            + "{#else}{type}{/when}")
    String findingType(String type);

    @Override
    @Message("Dimension")
    String dimension();

    @Override
    @Message("Recommendation")
    String recommendation();

    @Override
    @Message("Evidence")
    String evidence();

    @Override
    @Message("Measures")
    String measures();

    @Override
    @Message("Answers")
    String answers();

    @Override
    @Message("Performance records")
    String records();

    @Override
    @Message("Emotion notes")
    String emotions();

    @Override
    @Message("Quotes cited")
    String citedQuotes();

    @Override
    @Message("Self against others")
    String gaps();

    @Override
    @Message("No gap above the threshold.")
    String noGaps();

    @Override
    @Message("{#when kind}{#is 'BLIND_SPOT'}Blind spot: self above others"
            + "{#is 'HIDDEN_STRENGTH'}Hidden strength: self below others{#else}{kind}{/when}")
    String gapKind(String kind);

    @Override
    @Message("Kind")
    String kind();

    @Override
    @Message("Self")
    String self();

    @Override
    @Message("Others")
    String others();

    @Override
    @Message("Gap")
    String gap();

    @Override
    @Message("Threshold")
    String threshold();

    @Override
    @Message("Other sources")
    String otherSources();

    @Override
    @Message("Contradictions between sources")
    String contradictions();

    @Override
    @Message("No contradictions between sources.")
    String noContradictions();

    @Override
    @Message("{#when kind}{#is 'SCALE_MEANS'}Means further apart than the threshold"
            + "{#is 'MODAL_CHOICES'}Most common choices far apart{#is 'MAJORITY_STANCES'}Opposite majority stances"
            + "{#else}{kind}{/when}")
    String contradictionKind(String kind);

    @Override
    @Message("What each said")
    String values();

    @Override
    @Message("Difference")
    String difference();

    @Override
    @Message("Checks against performance history")
    String historyChecks();

    @Override
    @Message("No claim to check against the performance history.")
    String noHistoryChecks();

    @Override
    @Message("Claim")
    String claim();

    @Override
    @Message("{#when claim}{#is 'KPI_TARGETS_UNREASONABLE'}KPI targets unreasonable or out of reach"
            + "{#is 'KPI_TARGETS_EASY'}KPI targets too easy{#is 'QUALITATIVE_NOT_MEASURED'}Qualitative indicators "
            + "not measured{#else}{claim}{/when}")
    String claimName(String claim);

    @Override
    @Message("Verdict")
    String verdict();

    @Override
    @Message("{#when verdict}{#is 'CORROBORATED'}Corroborated{#is 'CONTRADICTED'}Contradicted"
            + "{#is 'INCONCLUSIVE'}Inconclusive{#else}{verdict}{/when}")
    String verdictName(String verdict);

    @Override
    @Message("Periods and attainment")
    String periods();

    @Override
    @Message("Details by measure")
    String details();

    @Override
    @Message("{#when role}{#is SELF}Self{#is SUPERVISOR}Supervisor{#is PEER}Peers{#is SUBORDINATE}Subordinates"
            + "{#else}Other sources{/when}")
    String role(SourceRole role);

    @Override
    @Message("{#when type}{#is OPEN}open{#is SCALE}scale{#is SINGLE_CHOICE}single choice"
            + "{#is MULTI_CHOICE}multiple choice{#else}unknown type{/when}")
    String questionType(QuestionType type);

    @Override
    @Message("Scale")
    String scale();

    @Override
    @Message("Respondents")
    String respondents();

    @Override
    @Message("Mean")
    String mean();

    @Override
    @Message("Spread")
    String spread();

    @Override
    @Message("Choices")
    String distribution();

    @Override
    @Message("Stances")
    String stances();

    @Override
    @Message("{#when stance}{#is POSITIVE}positive{#is NEUTRAL}neutral{#is NEGATIVE}negative{#else}{stance}{/when}")
    String stance(Stance stance);

    @Override
    @Message("Quotes")
    String quotes();

    @Override
    @Message("vague")
    String vague();

    @Override
    @Message("below the anonymity threshold")
    String belowThreshold();

    @Override
    @Message("Agreement (AD_M, cutoff a sixth of the scale points)")
    String agreement();

    @Override
    @Message("{#if agrees}the sources agree{#else}the sources disagree{/if}")
    String agrees(boolean agrees);

    @Override
    @Message("What is not shown")
    String suppressed();

    @Override
    @Message("Nothing is withheld.")
    String noSuppressed();

    @Override
    @Message("{#when scope}{#is 'measure'}answers on the measure{#is 'quotes'}quotes"
            + "{#is 'inputs'}interviews only withheld groups used{#else}{scope}{/when}")
    String scope(String scope);

    @Override
    @Message("{#when reason}{#is 'BELOW_ANONYMITY_THRESHOLD'}fewer respondents than the anonymity threshold k"
            + "{#is 'SINGLE_SOURCE_QUOTES'}a single source, whom the quotes would identify{#else}{reason}{/when}")
    String reason(String reason);

    @Override
    @Message("Scope")
    String scopeTitle();

    @Override
    @Message("Reason")
    String reasonTitle();

    @Override
    @Message("Notes")
    String notices();

    @Override
    @Message("{#when code}{#is 'DISPLAY_NAME_MISSING'}a display name is missing; the code stands in"
            + "{#is 'UNKNOWN_SOURCE_ROLE'}an interview of an unknown source role was left out"
            + "{#is 'UNKNOWN_QUESTION_TYPE'}a question of an unknown type was left out"
            + "{#is 'MEASURE_DEFINITION_CONFLICT'}questions define the measure differently; only the most common "
            + "definition counts{#else}{code}{/when}")
    String notice(String code);

    @Override
    @Message("none")
    String none();

    @Override
    @Message("The report names no interviewee: only source roles say who spoke.")
    String footer();
}
