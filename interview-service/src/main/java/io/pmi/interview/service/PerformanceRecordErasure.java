package io.pmi.interview.service;

import io.pmi.interview.repository.Participant;
import io.pmi.interview.repository.PerformanceRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** An erasure removes the participant's performance history. */
@ApplicationScoped
public class PerformanceRecordErasure implements ErasureStep {

    private final PerformanceRecordRepository records;

    public PerformanceRecordErasure(PerformanceRecordRepository records) {
        this.records = records;
    }

    @Override
    public String name() {
        return "performanceRecords";
    }

    @Override
    public long erase(Participant participant) {
        return records.deleteByParticipant(participant.tenantId, participant.id);
    }
}
