package io.pmi.interview.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pmi.interview.domain.SourceRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "CampaignExport", description = "One page of a campaign's completed, consented interviews for "
        + "reports. Interviewees are not named: only the source role says who spoke.")
public record ExportView(Campaign campaign, Subject subject, List<Item> items,
                         @Schema(description = "Pass as cursor for the next page; absent on the last page.")
                         String nextCursor,
                         @Schema(description = "On the first page only: the number of interviews in the whole "
                                 + "export at that moment (for progress; interviews completed later come too).",
                                 example = "120")
                         Long total) {

    @Schema(name = "ExportCampaign")
    public record Campaign(String id, @Schema(example = "2026-H2") String period,
                           @Schema(example = "3") int anonymityThreshold,
                           @Schema(description = "Absent: a third of each scale's range.", example = "1.5")
                           Double gapThreshold) {
    }

    @Schema(name = "ExportSubject", description = "Present when the export is for one subject.")
    public record Subject(@Schema(example = "E1001") String externalId, @Schema(example = "销售部") String department,
                          ManagerChainView managerChain, List<PerformanceRecordView> performanceRecords) {
    }

    @Schema(name = "ExportItem")
    public record Item(String id, @Schema(description = "The interview's revision.") long version,
                       @Schema(example = "E1001") String subjectExternalId,
                       @Schema(description = "The subject's department; absent when the subject was erased or has "
                               + "none.", example = "销售部") String subjectDepartment,
                       SourceRole sourceRole,
                       Instant completedAt, List<AnswerView> answers, List<InterviewQuestionView> questions,
                       List<EmotionView> emotions) {
    }
}
