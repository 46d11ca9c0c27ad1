package io.pmi.report.domain.analysis;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every library code the rules depend on, in one place: the measure keys of question-bank-service's
 * {@code library/questions.json}, the seeded dimensions and topics, and the option values rules look for.
 * Measures outside the library are routed by their topic, then their dimension.
 */
final class LibraryMeasures {

    static final String KPI_REASONABLENESS = "indicators.kpi-reasonableness";
    static final String KPI_REACHABILITY = "indicators.kpi-reachability";
    static final String QUALITATIVE_ROLE = "indicators.qualitative-role";
    static final String QUALITATIVE_MEASUREMENT = "indicators.qualitative-measurement";
    static final String TEAMWORK_RATING = "indicators.teamwork-rating";
    static final String INNOVATION_RATING = "indicators.innovation-rating";
    static final String STRATEGY_SOURCE = "goals.strategy-source";
    static final String ALIGNMENT_UPDATES = "goals.alignment-updates";
    static final String FEEDBACK_FREQUENCY = "feedback.frequency";
    static final String FEEDBACK_GIVEN_TO_TEAM = "feedback.given-to-team";
    static final String UPWARD_CHANNEL = "collaboration.upward-channel";

    static final String OUT_OF_REACH = "OUT_OF_REACH";
    static final String EXCEEDED = "EXCEEDED";
    static final String RARELY = "RARELY";

    /** Dimensions in the seed's order; reports list unknown dimensions after these, alphabetically. */
    static final List<String> DIMENSIONS = List.of("GOALS", "INDICATORS", "FEEDBACK", "INCENTIVES", "DIFFICULTIES",
            "COLLABORATION");

    /** Topics in the seed's order, likewise. */
    static final List<String> TOPICS = List.of("STRATEGY_AWARENESS", "GOAL_ALIGNMENT", "KPI_DESIGN", "QUALITATIVE",
            "FREQUENCY_MODE", "ACCEPTANCE", "MATERIAL", "NON_MATERIAL", "SKILLS", "RESOURCES", "UPWARD",
            "CROSS_DEPARTMENT");

    /** Dimension and topic code of measures the report cannot place. */
    static final String UNCLASSIFIED = "UNCLASSIFIED";

    /** A modal choice that is a signal of its measure's finding (e.g. feedback RARELY given). */
    static final Map<String, Set<String>> CONCERN_CHOICES = Map.of(
            STRATEGY_SOURCE, Set.of("NONE"),
            ALIGNMENT_UPDATES, Set.of("NOT_UPDATED"),
            KPI_REACHABILITY, Set.of(OUT_OF_REACH),
            FEEDBACK_FREQUENCY, Set.of(RARELY),
            FEEDBACK_GIVEN_TO_TEAM, Set.of(RARELY),
            UPWARD_CHANNEL, Set.of(RARELY));

    /** Measures whose finding is not their topic's: the teamwork and innovation ratings rate the subject. */
    private static final Map<String, FindingType> BY_MEASURE = Map.of(
            TEAMWORK_RATING, FindingType.DEVELOPMENT_NEED,
            INNOVATION_RATING, FindingType.DEVELOPMENT_NEED);

    private static final Map<String, FindingType> BY_TOPIC = Map.ofEntries(
            Map.entry("STRATEGY_AWARENESS", FindingType.STRATEGY_UNCLEAR),
            Map.entry("GOAL_ALIGNMENT", FindingType.GOAL_MISALIGNED),
            Map.entry("KPI_DESIGN", FindingType.KPI_UNREASONABLE),
            Map.entry("QUALITATIVE", FindingType.QUALITATIVE_UNMEASURED),
            Map.entry("FREQUENCY_MODE", FindingType.FEEDBACK_GAP),
            Map.entry("ACCEPTANCE", FindingType.FEEDBACK_STYLE_MISMATCH),
            Map.entry("MATERIAL", FindingType.INCENTIVE_UNCLEAR),
            Map.entry("NON_MATERIAL", FindingType.INCENTIVE_UNCLEAR),
            Map.entry("SKILLS", FindingType.DEVELOPMENT_NEED),
            Map.entry("RESOURCES", FindingType.RESOURCE_OBSTACLE),
            Map.entry("UPWARD", FindingType.COLLABORATION_FRICTION),
            Map.entry("CROSS_DEPARTMENT", FindingType.COLLABORATION_FRICTION));

    /** A tenant's own topic under a seeded dimension. */
    private static final Map<String, FindingType> BY_DIMENSION = Map.of(
            "INCENTIVES", FindingType.INCENTIVE_UNCLEAR,
            "COLLABORATION", FindingType.COLLABORATION_FRICTION);

    private LibraryMeasures() {
    }

    /** The finding a measure's signals feed: by measure, then topic, then dimension, else DIMENSION_CONCERN. */
    static FindingType route(String measure, String dimension, String topic) {
        FindingType type = BY_MEASURE.get(measure);
        if (type == null) {
            type = BY_TOPIC.get(topic);
        }
        if (type == null) {
            type = BY_DIMENSION.get(dimension);
        }
        return type == null ? FindingType.DIMENSION_CONCERN : type;
    }

    /** The claims a measure's figures can make. */
    static List<Claim> claimsOf(String measure) {
        return switch (measure) {
            case KPI_REASONABLENESS -> List.of(Claim.KPI_TARGETS_UNREASONABLE);
            case KPI_REACHABILITY -> List.of(Claim.KPI_TARGETS_UNREASONABLE, Claim.KPI_TARGETS_EASY);
            case QUALITATIVE_ROLE, QUALITATIVE_MEASUREMENT -> List.of(Claim.QUALITATIVE_NOT_MEASURED);
            default -> List.of();
        };
    }

    /** The claim whose CONTRADICTED verdict keeps a finding from firing, and whose corroboration raises it. */
    static Claim gatingClaim(FindingType type) {
        return switch (type) {
            case KPI_UNREASONABLE -> Claim.KPI_TARGETS_UNREASONABLE;
            case QUALITATIVE_UNMEASURED -> Claim.QUALITATIVE_NOT_MEASURED;
            default -> null;
        };
    }

    /** Position in the seed's order, unknown codes after all known ones. */
    static int order(List<String> codes, String code) {
        int i = codes.indexOf(code);
        return i < 0 ? codes.size() : i;
    }
}
