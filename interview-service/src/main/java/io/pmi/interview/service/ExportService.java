package io.pmi.interview.service;

import io.pmi.interview.domain.ExportDetail;
import io.pmi.interview.domain.ExportOrder;
import io.pmi.interview.domain.ReportingLine;
import io.pmi.interview.repository.AnswerRepository;
import io.pmi.interview.repository.Campaign;
import io.pmi.interview.repository.EmotionRecordRepository;
import io.pmi.interview.repository.ExportRows;
import io.pmi.interview.repository.InterviewQuestionRepository;
import io.pmi.interview.repository.InterviewRepository;
import io.pmi.interview.repository.Participant;
import io.pmi.interview.repository.PerformanceRecord;
import io.pmi.platform.paging.Cursor;
import io.pmi.platform.paging.CursorPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A campaign's exportable interviews for reports: completed, consented and not excluded, in completion order, one
 * page per call with everything about each interview (questions, answers, emotions) read in three more queries
 * whatever the page size. The cursor is the last interview's (completion time, id), so it stays stable while
 * interviews are completed and withdrawn; memory is bounded by the page size. The page's rows are read as plain
 * values, never as managed entities (building and dirty-checking those was most of a page's cost), and without
 * the questions' wording, or the answers' follow-ups, timestamps and version, when the detail leaves them out. The
 * transaction is not read-only: it writes the page's audit events.
 */
@ApplicationScoped
public class ExportService {

    /** The subject, when the export is for one: the report's context. */
    public record Subject(Participant participant, ReportingLine.Chain<Participant> chain,
                          List<PerformanceRecord> records) {
    }

    /**
     * One page: {@code departments} holds each subject's department by external id; {@code total} the number of
     * interviews in the whole export, on the first page only.
     */
    public record Page(Campaign campaign, Subject subject, List<ExportRows.Item> interviews,
                       Map<String, List<ExportRows.Question>> questions, Map<String, List<ExportRows.Answer>> answers,
                       Map<String, List<ExportRows.Note>> emotions, Map<String, String> departments, Long total,
                       String nextCursor) {
    }

    private final CampaignLookup campaigns;
    private final ParticipantService participants;
    private final PerformanceService performance;
    private final InterviewRepository interviews;
    private final InterviewQuestionRepository questions;
    private final AnswerRepository answers;
    private final EmotionRecordRepository emotions;
    private final AuditLog audit;

    public ExportService(CampaignLookup campaigns, ParticipantService participants, PerformanceService performance,
                         InterviewRepository interviews, InterviewQuestionRepository questions,
                         AnswerRepository answers, EmotionRecordRepository emotions, AuditLog audit) {
        this.campaigns = campaigns;
        this.participants = participants;
        this.performance = performance;
        this.interviews = interviews;
        this.questions = questions;
        this.answers = answers;
        this.emotions = emotions;
        this.audit = audit;
    }

    @Transactional
    public Page page(String campaignId, String subjectExternalId, ExportOrder order, ExportDetail detail,
                     String cursor, int size) {
        Campaign campaign = campaigns.get(campaignId);
        Subject subject = null;
        if (subjectExternalId != null) {
            Participant participant = participants.get(subjectExternalId);
            subject = new Subject(participant, participants.chain(subjectExternalId),
                    performance.list(subjectExternalId, null, null, 0, 200).items());
        }
        boolean bySubject = order == ExportOrder.SUBJECT;
        Cursor after = Cursor.decode(cursor, bySubject ? 3 : 2);
        int at = bySubject ? 1 : 0;
        CursorPage<ExportRows.Item> page = CursorPage.of(interviews.exportPage(campaignId, subjectExternalId, order,
                        after == null || !bySubject ? null : after.part(0), after == null ? null : after.instant(at),
                        after == null ? null : after.part(at + 1), size + 1),
                size, last -> bySubject ? Cursor.of(last.subjectExternalId(), Cursor.micros(last.completedAt()),
                        last.id()) : Cursor.of(Cursor.micros(last.completedAt()), last.id()));
        List<String> ids = page.items().stream().map(ExportRows.Item::id).toList();
        ids.forEach(id -> audit.record("interview.export", id, null));
        Map<String, String> departments = new HashMap<>();
        participants.byExternalIds(page.items().stream().map(ExportRows.Item::subjectExternalId).distinct().toList())
                .forEach(p -> departments.put(p.externalId, p.department));
        return new Page(campaign, subject, page.items(),
                questions.exportRows(ids, detail == ExportDetail.FULL).stream()
                        .collect(Collectors.groupingBy(ExportRows.Question::interviewId)),
                answers.exportRows(ids, detail != ExportDetail.MINIMAL).stream()
                        .collect(Collectors.groupingBy(ExportRows.Answer::interviewId)),
                emotions.exportRows(ids).stream().collect(Collectors.groupingBy(ExportRows.Note::interviewId)),
                departments, cursor == null ? interviews.exportable(campaignId, subjectExternalId) : null,
                page.nextCursor());
    }
}
