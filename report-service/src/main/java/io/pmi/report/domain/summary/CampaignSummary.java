package io.pmi.report.domain.summary;

import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.analysis.FindingType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a campaign's summary says, computed by {@link CampaignSummarizer}: immutable, every list in a fixed order.
 * The field names are the public JSON contract of {@code GET /summaries/{id}}'s {@code result}.
 *
 * @param subjects          subjects with at least one completed, consented interview
 * @param interviews        the interviews read
 * @param anonymityThreshold the campaign's k: every score cell pools at least k interviews
 */
public record CampaignSummary(int subjects, int interviews, int anonymityThreshold, FindingCounts findings,
                              List<DepartmentScore> scoresByDepartment, List<RoleScore> scoresBySourceRole,
                              List<SubjectFindings> mostSevere, List<Suppression> suppressed) {

    public CampaignSummary {
        scoresByDepartment = List.copyOf(scoresByDepartment);
        scoresBySourceRole = List.copyOf(scoresBySourceRole);
        mostSevere = List.copyOf(mostSevere);
        suppressed = List.copyOf(suppressed);
    }

    /** Every subject's findings counted: in all, by severity, and by type with each type's severities. */
    public record FindingCounts(int total, Severities bySeverity, List<TypeCount> byType) {

        public FindingCounts {
            byType = List.copyOf(byType);
        }
    }

    public record Severities(int high, int medium, int low) {

        public int total() {
            return high + medium + low;
        }
    }

    public record TypeCount(FindingType type, int high, int medium, int low, int total) {
    }

    /**
     * A dimension's score in one department: the mean of the scale answers on it, each placed on 0 to 100 by its
     * own scale; {@code respondents} the interviews that gave them. {@code department} is null for subjects
     * without one.
     */
    public record DepartmentScore(String department, String dimension, Map<String, String> names, BigDecimal score,
                                  int respondents, int answers) {
    }

    /** A dimension's score from one source role, as {@link DepartmentScore}. */
    public record RoleScore(SourceRole role, String dimension, Map<String, String> names, BigDecimal score,
                            int respondents, int answers) {
    }

    /** One of the subjects with the most severe findings. */
    public record SubjectFindings(String subjectExternalId, String department, int high, int medium, int low,
                                  List<FindingType> types) {

        public SubjectFindings {
            types = List.copyOf(types);
        }
    }

    /**
     * A score cell that is not shown: below k ({@code BELOW_THRESHOLD}), or withheld with it so that it cannot be
     * worked out from the shown cells and the other grouping's totals ({@code COMPLEMENTARY}).
     *
     * @param scope {@code department} or {@code sourceRole}
     * @param group the department (null for none) or the role's name
     */
    public record Suppression(String scope, String group, String dimension, Reason reason) {
    }

    public enum Reason {
        BELOW_THRESHOLD,
        COMPLEMENTARY
    }
}
