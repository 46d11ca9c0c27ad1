package io.pmi.report.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.analysis.FindingType;
import io.pmi.report.domain.summary.SummaryStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CampaignSummaryJob", description = "A campaign summary: a job that reads the campaign's interviews "
        + "and performance records page by page. Poll it until status is DONE (result) or FAILED (failure).")
public record SummaryView(
        String id,
        String campaignId,
        @Schema(description = "RUNNING, then DONE or FAILED. New statuses may be added.") SummaryStatus status,
        @Schema(description = "The share of the campaign's interviews read so far, 0 to 1; 1 when DONE.",
                example = "0.42") BigDecimal progress,
        @Schema(description = "Subjects analysed so far.", example = "210") int subjectsDone,
        @Schema(description = "Interviews read so far.", example = "4200") int interviewsDone,
        @Schema(description = "The campaign's interviews when the job began (completions after that may add "
                + "to interviewsDone); absent until the first page is read.", example = "10000")
        Integer interviewsTotal,
        @Schema(description = "The language of the dimension names in result.", example = "zh-CN") String language,
        @Schema(description = "The subject of the token that started it.") String requestedBy,
        Instant createdAt,
        @Schema(description = "When it became DONE or FAILED.") Instant finishedAt,
        @Schema(description = "Why it failed: token-expired, downstream-refused, downstream-unavailable, orphaned "
                + "(its replica stopped without a word), stopped (its replica was shut down) or internal-error. New "
                + "codes may be added.") Failure failure,
        @Schema(description = "Present when DONE.") Result result) {

    @Schema(name = "CampaignSummaryFailure")
    public record Failure(@Schema(example = "token-expired") String code, String detail) {
    }

    @Schema(name = "CampaignSummary", description = "Findings of every subject's report counted, the subjects with "
            + "the most severe findings, and dimension scores by department and by source role. A score is the "
            + "mean of the scale answers on the dimension, each placed on 0 to 100 by its own scale; every score "
            + "cell pools at least k interviews (the campaign's anonymityThreshold); cells below k are withheld, "
            + "and with them the smallest other cell of the dimension when it alone would let them be worked out "
            + "(suppressed lists both).")
    public record Result(@Schema(example = "500") int subjects, @Schema(example = "10000") int interviews,
                         @Schema(example = "3") int anonymityThreshold, Findings findings,
                         List<DepartmentScore> scoresByDepartment, List<RoleScore> scoresBySourceRole,
                         @Schema(description = "At most 10, most HIGH findings first, then MEDIUM, then LOW.")
                         List<SubjectFindings> mostSevere,
                         List<Suppression> suppressed) {
    }

    @Schema(name = "CampaignSummaryFindings")
    public record Findings(int total, Severities bySeverity, List<TypeCount> byType) {
    }

    @Schema(name = "CampaignSummarySeverities")
    public record Severities(int high, int medium,
                             int low) {
    }

    @Schema(name = "CampaignSummaryTypeCount")
    public record TypeCount(FindingType type, int high, int medium,
                            int low, int total) {
    }

    @Schema(name = "CampaignSummaryDepartmentScore")
    public record DepartmentScore(@Schema(description = "Absent for subjects without a department.",
                                          example = "华东销售部") String department,
                                  @Schema(example = "FEEDBACK") String dimension,
                                  @Schema(example = "反馈机制") String dimensionName,
                                  @Schema(example = "62.5") BigDecimal score,
                                  @Schema(description = "Interviews pooled.", example = "48") int respondents,
                                  @Schema(description = "Scale answers pooled.", example = "96") int answers) {
    }

    @Schema(name = "CampaignSummaryRoleScore")
    public record RoleScore(SourceRole role, @Schema(example = "FEEDBACK") String dimension,
                            @Schema(example = "反馈机制") String dimensionName,
                            @Schema(example = "58.3") BigDecimal score,
                            @Schema(example = "120") int respondents, @Schema(example = "240") int answers) {
    }

    @Schema(name = "CampaignSummarySubject")
    public record SubjectFindings(@Schema(example = "E1001") String subjectExternalId,
                                  @Schema(example = "华东销售部") String department,
                                  int high, int medium,
                                  int low, List<FindingType> types) {
    }

    @Schema(name = "CampaignSummarySuppression")
    public record Suppression(@Schema(description = "department or sourceRole.") String scope,
                              @Schema(description = "The department (absent: none) or the role.") String group,
                              String dimension,
                              @Schema(description = "BELOW_THRESHOLD, or COMPLEMENTARY: withheld so that a cell "
                                      + "below k cannot be worked out by subtraction.") String reason) {
    }
}
