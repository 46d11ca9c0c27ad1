package io.pmi.interview.rest.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.pmi.interview.domain.CampaignPeriod;
import io.pmi.interview.domain.CampaignRules;
import io.pmi.interview.domain.SourceRole;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What an HR admin sends to create or change a campaign. The limits are {@link CampaignRules}' (checked there, all
 * at once, so that one response lists every invalid field, the one-guide-per-role rule included); the schema
 * names the same constants.
 */
@JsonIgnoreProperties(value = {"id", "status", "createdAt", "createdBy", "updatedAt", "closedAt"})
@Schema(name = "CampaignRequest", description = "A campaign (访谈项目). Read-only fields of a campaign sent back from "
        + "a GET (id, status, createdAt, createdBy, updatedAt, closedAt) are ignored; any other unknown field is "
        + "rejected. Every invalid field is listed in one 400, each at its JSON path.")
public record CampaignRequest(
        @Schema(required = true, maxLength = CampaignRules.NAME_MAX, pattern = "\\S",
                description = "Name, in the campaign's language.", example = "2026 上半年销售部绩效管理访谈")
        String name,
        @Schema(maxLength = CampaignRules.DESCRIPTION_MAX, description = "What the campaign is for.",
                example = "了解销售部目标设定、考核指标、反馈和激励的实际情况。")
        String description,
        @Schema(maxItems = CampaignRules.DEPARTMENTS_MAX, description = "The departments in scope, as the HRIS names "
                + "them: up to " + CampaignRules.DEPARTMENTS_MAX + ", each 1 to " + CampaignRules.DEPARTMENT_MAX
                + " characters and listed once. Empty or absent: the whole company.",
                example = "[\"销售部\", \"市场部\"]")
        List<String> departments,
        @Schema(required = true, pattern = CampaignPeriod.PATTERN, description = "The performance period the "
                + "campaign looks at, written as in performance records: a year (2026), a half (2026-H1), a quarter "
                + "(2026-Q3) or a month (2026-07).", example = "2026-H1")
        String period,
        @Schema(enumeration = {"zh-CN", "en"}, defaultValue = CampaignRules.DEFAULT_LOCALE,
                description = "The language the interviews are held in (default zh-CN).", example = "zh-CN")
        String locale,
        @Schema(maxItems = CampaignRules.GUIDES_MAX, description = "The guide per source role, at most one per role. "
                + "Each is checked with the question bank (with your token): it must exist for you, be written for "
                + "that role and have the version named, or, without a version, be published.")
        List<Guide> guides,
        @Schema(type = SchemaType.INTEGER, minimum = "" + CampaignRules.ANONYMITY_MIN,
                maximum = "" + CampaignRules.ANONYMITY_MAX, defaultValue = "" + CampaignRules.DEFAULT_ANONYMITY,
                description = "k: PEER and SUBORDINATE answers are shown only in groups of at least k people "
                        + "(default 3).", example = "3")
        Integer anonymityThreshold,
        @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1",
                defaultValue = "" + CampaignRules.DEFAULT_COMPLETENESS, description = "The completeness score (0 to "
                + "1) an interview record needs to be completed without an override (default 0.8).", example = "0.8")
        Double completenessThreshold,
        @Schema(type = SchemaType.NUMBER, minimum = "0", exclusiveMinimum = true,
                maximum = "" + CampaignRules.GAP_MAX, nullable = true, description = "How far apart two sources must "
                + "be on a scale for a gap or contradiction, in scale points. Absent or null: a third of each scale's "
                + "range (1.33 on a 1 to 5 scale).", example = "1.5")
        Double gapThreshold) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CampaignGuide", description = "The question-bank guide a campaign uses for one source role.")
    public record Guide(
            @Schema(required = true, description = "Whom the guide interviews, relative to the subject.")
            SourceRole role,
            @Schema(required = true, pattern = CampaignRules.GUIDE_ID_PATTERN,
                    description = "The guide's id in the question bank.", example = "guide.self")
            String guideId,
            @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + CampaignRules.VERSION_MAX,
                    nullable = true, description = "A published version to use. Absent: the guide's latest published "
                    + "version at the time each interview is planned.", example = "1")
            Integer version) {
    }
}
