package io.pmi.interview.service;

import io.pmi.interview.repository.Interview;
import io.pmi.interview.repository.Participant;
import io.pmi.interview.repository.ParticipantRepository;
import io.pmi.interview.repository.PerformanceRecord;
import io.pmi.interview.repository.PerformanceRecordRepository;
import io.pmi.platform.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the interviewer should know before the interview (the seed's 缺乏准备 pitfall): who the interviewee is, in
 * which department and under whom, and how the subject performed in their latest periods. The interviewee's own
 * performance is shown only when they are the subject: a peer's or subordinate's record is none of the
 * interviewer's business for this interview.
 */
@ApplicationScoped
public class PreparationPackService {

    /** The subject's periods shown: the latest three, every indicator of each. */
    public static final int PERIODS = 3;
    /** More records than a preparation can use; bounds the read whatever the history's length. */
    static final int MAX_RECORDS = 60;

    /**
     * @param manager the interviewee's manager when the HRIS knows them, else null (see the interviewee's
     *                managerExternalId)
     */
    public record Pack(Interview interview, Participant interviewee, Participant manager, Participant subject,
                       List<PerformanceRecord> subjectRecords) {
    }

    private final InterviewAccess access;
    private final ParticipantRepository participants;
    private final PerformanceRecordRepository records;
    private final CurrentTenant tenant;
    private final AuditLog audit;

    public PreparationPackService(InterviewAccess access, ParticipantRepository participants,
                                  PerformanceRecordRepository records, CurrentTenant tenant, AuditLog audit) {
        this.access = access;
        this.participants = participants;
        this.records = records;
        this.tenant = tenant;
        this.audit = audit;
    }

    @Transactional
    public Pack pack(String interviewId) {
        Interview interview = access.find(interviewId);
        String owner = tenant.id();
        Participant interviewee = participants.findByExternalId(owner, interview.intervieweeExternalId).orElse(null);
        Participant subject = interview.subjectExternalId.equals(interview.intervieweeExternalId) ? interviewee
                : participants.findByExternalId(owner, interview.subjectExternalId).orElse(null);
        Participant manager = interviewee == null || interviewee.managerExternalId == null ? null
                : participants.findByExternalId(owner, interviewee.managerExternalId).orElse(null);
        List<PerformanceRecord> subjectRecords = subject == null ? List.of()
                : latestPeriods(records.latest(owner, subject.id, MAX_RECORDS));
        audit.record("interview.preparation-pack.read", interviewId, null);
        return new Pack(interview, interviewee, manager, subject, subjectRecords);
    }

    /** The records of the first {@value #PERIODS} distinct periods of a newest-first list. */
    static List<PerformanceRecord> latestPeriods(List<PerformanceRecord> newestFirst) {
        Set<String> periods = new LinkedHashSet<>();
        List<PerformanceRecord> kept = new ArrayList<>();
        for (PerformanceRecord record : newestFirst) {
            if (periods.add(record.period) && periods.size() > PERIODS) {
                break;
            }
            kept.add(record);
        }
        return kept;
    }
}
