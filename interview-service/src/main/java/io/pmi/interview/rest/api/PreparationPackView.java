package io.pmi.interview.rest.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.pmi.interview.domain.EmploymentStatus;
import io.pmi.interview.domain.SourceRole;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "PreparationPack", description = "What to know before the interview: the interviewee, their "
        + "department and manager, the subject's latest performance records, and the checklist as it stands.")
public record PreparationPackView(
        String interviewId,
        SourceRole sourceRole,
        @Schema(description = "The interviewee; null fields after erasure.") Person interviewee,
        @Schema(description = "The interviewee's manager; absent when the HRIS does not know them (see "
                + "interviewee.managerExternalId).") @JsonInclude(JsonInclude.Include.NON_NULL) ChainLinkView manager,
        @Schema(description = "The subject whose performance management is discussed; the interviewee for SELF.")
        Person subject,
        @Schema(description = "The subject's records of their latest three periods, newest first (every indicator "
                + "of each), with attainment. An interviewee's own records are shown only when they are the subject.")
        List<PerformanceRecordView> subjectPerformance,
        @Schema(description = "The preparation checklist as recorded so far.") PreparationView preparation) {

    @Schema(name = "PreparationPackPerson")
    public record Person(@Schema(example = "E1002") String externalId,
                         @Schema(example = "王芳") String name,
                         @Schema(example = "华东销售部") String department,
                         @Schema(example = "销售经理") String position,
                         @Schema(example = "E1001") String managerExternalId,
                         EmploymentStatus employmentStatus,
                         boolean erased) {
    }
}
