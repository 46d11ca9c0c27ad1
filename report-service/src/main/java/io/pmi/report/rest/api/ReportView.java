package io.pmi.report.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pmi.report.domain.Audience;
import io.pmi.report.domain.QuestionType;
import io.pmi.report.domain.SourceRole;
import io.pmi.report.domain.Stance;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A verification report as one audience reads it. Interviewees are never named: only source roles say who spoke.
 */
@Schema(name = "Report", description = "A subject's cross-source verification report in one campaign, as one "
        + "audience reads it. Gaps, contradictions, history checks and findings use only the groups that pass "
        + "anonymity, so they are the same in both audiences.")
public record ReportView(
        String id,
        @Schema(description = "1 for the subject's first report in the campaign, one more for each generation.",
                example = "1") int version,
        String campaignId,
        @Schema(example = "E1001") String subjectExternalId,
        Audience audience,
        @Schema(description = "True when an optional source could not be read; see missing.") boolean partial,
        @Schema(description = "What could not be read (dimension-names: codes stand in for names).")
        List<String> missing,
        @Schema(description = "True when an interview it used left the exports afterwards (consent withdrawn, "
                + "interviewee erased): the report no longer shows anything of it.") boolean stale,
        Instant generatedAt,
        List<Input> inputs,
        List<Dimension> dimensions,
        List<Gap> gaps,
        List<Contradiction> contradictions,
        List<HistoryCheck> historyChecks,
        List<Finding> findings,
        List<Suppression> suppressed,
        @Schema(description = "What the analysis noticed about its input (for example names missing).")
        List<Notice> notices) {

    @Schema(name = "ReportInput", description = "An interview the report used. In the MANAGER audience without "
            + "completion times and without interviews of suppressed groups.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Input(String interviewId, long version, SourceRole sourceRole, Instant completedAt) {
    }

    @Schema(name = "ReportDimension")
    public record Dimension(@Schema(example = "FEEDBACK") String dimension,
                            @Schema(example = "反馈机制") String name, List<Topic> topics) {
    }

    @Schema(name = "ReportTopic")
    public record Topic(@Schema(example = "FREQUENCY_MODE") String topic, @Schema(example = "反馈频率与方式") String name,
                        List<Measure> measures) {
    }

    @Schema(name = "ReportMeasure")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Measure(@Schema(example = "feedback.frequency") String measure, QuestionType type,
                          Scale scale, List<Source> sources, Agreement agreement) {
    }

    @Schema(name = "ReportScale")
    public record Scale(int min, int max) {
    }

    @Schema(name = "ReportSource", description = "What one source role said on a measure. A PEER or SUBORDINATE "
            + "group below the campaign's k shows, in the MANAGER audience, nothing but its role (see suppressed).")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(SourceRole role, int respondents, boolean belowThreshold,
                         @Schema(description = "Scale measures: the mean.") BigDecimal mean,
                         @Schema(description = "Scale measures: the population standard deviation.")
                         BigDecimal spread,
                         @Schema(description = "Choice measures: answers per option, in the question's order.")
                         Map<String, Integer> distribution,
                         Map<Stance, Integer> stances, List<Quote> quotes) {
    }

    @Schema(name = "ReportQuote")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Quote(String answerId, String text, Stance stance, List<String> tags, boolean vague) {
    }

    @Schema(name = "ReportAgreement", description = "Agreement across the sources shown: the average deviation "
            + "index AD_M (Burke & Dunlap) against its cutoff c/6, c the number of scale points.")
    public record Agreement(String index, BigDecimal value, BigDecimal cutoff, int raters, boolean agrees) {
    }

    @Schema(name = "ReportGap", description = "Self against the mean of the other sources that pass anonymity.")
    public record Gap(String measure, String dimension,
                      @Schema(type = SchemaType.STRING,
                              enumeration = {"BLIND_SPOT", "HIDDEN_STRENGTH"}) String kind,
                      BigDecimal self, BigDecimal others, BigDecimal gap, BigDecimal threshold,
                      List<SourceRole> otherSources) {
    }

    @Schema(name = "ReportContradiction")
    public record Contradiction(String measure, String dimension, List<SourceRole> sources, String kind,
                                Map<SourceRole, String> values, BigDecimal difference, Evidence evidence) {
    }

    @Schema(name = "ReportHistoryCheck", description = "A claim checked against the performance records.")
    public record HistoryCheck(String measure, String claim,
                               @Schema(type = SchemaType.STRING,
                                       enumeration = {"CORROBORATED", "CONTRADICTED", "INCONCLUSIVE"})
                               String verdict, List<SourceRole> sources, List<String> answerIds,
                               List<String> recordIds, List<PeriodAttainment> periods) {
    }

    @Schema(name = "ReportPeriodAttainment")
    public record PeriodAttainment(String period, BigDecimal attainment) {
    }

    @Schema(name = "ReportFinding")
    public record Finding(@Schema(example = "FEEDBACK_GAP") String type,
                          @Schema(type = SchemaType.STRING,
                                  enumeration = {"HIGH", "MEDIUM", "LOW"}) String severity,
                          String dimension,
                          @Schema(description = "In the request's language.") String summary,
                          Evidence evidence,
                          @Schema(description = "In the request's language.") String recommendation) {
    }

    @Schema(name = "ReportEvidence", description = "performanceRecordIds are interview-service's record ids.")
    public record Evidence(List<String> answerIds, List<String> performanceRecordIds, List<String> measures,
                           List<String> emotionIds) {
    }

    @Schema(name = "ReportSuppression")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Suppression(String measure, String scope, SourceRole role, String reason) {
    }

    @Schema(name = "ReportNotice")
    public record Notice(String code, String scope) {
    }
}
