package io.pmi.report.domain.analysis;

/**
 * The catalogue of findings (ANALYSIS.md, "Findings"). Most types collect <em>signals</em> from the measures routed
 * to them by {@link LibraryMeasures#route}: a usable source whose scale mean is low, whose majority stance is
 * NEGATIVE, or whose modal choice is a concern option; some also count contradictions between sources.
 */
public enum FindingType {
    /** GOALS / STRATEGY_AWARENESS: the strategy is not clear to the people asked. */
    STRATEGY_UNCLEAR(false),
    /** GOALS / GOAL_ALIGNMENT: personal goals do not follow the company's. */
    GOAL_MISALIGNED(false),
    /** INDICATORS / KPI_DESIGN; never fires when history contradicts the claim that KPIs are unreasonable. */
    KPI_UNREASONABLE(false),
    /** INDICATORS / QUALITATIVE (the measurement questions); never fires when history contradicts it. */
    QUALITATIVE_UNMEASURED(false),
    /** FEEDBACK / FREQUENCY_MODE: feedback rarely happens, or the sides disagree on how often or how. */
    FEEDBACK_GAP(true),
    /** FEEDBACK / ACCEPTANCE: feedback is given in a way the employee does not take, or not accepted. */
    FEEDBACK_STYLE_MISMATCH(true),
    /** INCENTIVES: bonus rules or promotion paths unclear, or the supervisor misjudges what motivates. */
    INCENTIVE_UNCLEAR(true),
    /** DIFFICULTIES / SKILLS, and low teamwork or innovation ratings: a skill or training need. */
    DEVELOPMENT_NEED(false),
    /** DIFFICULTIES / RESOURCES: resources short or processes in the way. */
    RESOURCE_OBSTACLE(false),
    /** COLLABORATION: communication with the supervisor or across departments does not flow. */
    COLLABORATION_FRICTION(false),
    /** A blind spot or hidden strength: one finding per gap. */
    PERCEPTION_GAP(false),
    /** Strong emotions (intensity 4 or more) on one dimension in at least three interviews. */
    SENSITIVE_TOPIC(false),
    /** Signals on a measure of a topic or dimension outside the catalogue (a tenant's own). */
    DIMENSION_CONCERN(false);

    private final boolean countsContradictions;

    FindingType(boolean countsContradictions) {
        this.countsContradictions = countsContradictions;
    }

    /** Whether a contradiction between two sources on a routed measure is a signal of its own. */
    boolean countsContradictions() {
        return countsContradictions;
    }
}
