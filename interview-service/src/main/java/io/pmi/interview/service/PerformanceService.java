package io.pmi.interview.service;

import io.pmi.interview.domain.BatchOutcome;
import io.pmi.interview.domain.Numbers;
import io.pmi.interview.domain.PerformanceData;
import io.pmi.interview.domain.Period;
import io.pmi.interview.repository.Participant;
import io.pmi.interview.repository.ParticipantRef;
import io.pmi.interview.repository.ParticipantRepository;
import io.pmi.interview.repository.PerformanceRecord;
import io.pmi.interview.repository.PerformanceRecordRepository;
import io.pmi.interview.repository.Slice;
import io.pmi.platform.paging.Cursor;
import io.pmi.platform.paging.CursorPage;
import io.pmi.platform.problem.FieldError;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Performance history from the HRIS: upserts keyed by participant, period and indicator, and its reading. */
@ApplicationScoped
public class PerformanceService {

    private final ParticipantService participantService;
    private final ParticipantRepository participants;
    private final PerformanceRecordRepository records;
    private final CampaignLookup campaigns;
    private final CurrentTenant tenant;

    public PerformanceService(ParticipantService participantService, ParticipantRepository participants,
                              PerformanceRecordRepository records, CampaignLookup campaigns, CurrentTenant tenant) {
        this.participantService = participantService;
        this.participants = participants;
        this.records = records;
        this.campaigns = campaigns;
        this.tenant = tenant;
    }

    private record Key(String participantId, String period, String indicator) {
    }

    /**
     * Upserts a batch in one transaction, or nothing: a row naming a participant that does not exist refuses the
     * whole batch, every such row reported at once. Rows of erased participants are skipped and counted. The
     * participants and the records a batch may touch are read in one query each.
     */
    @Transactional
    public BatchOutcome upsertAll(List<PerformanceData> rows) {
        String owner = tenant.id();
        Map<String, ParticipantRef> byExternalId = participants.findRefs(owner,
                        rows.stream().map(PerformanceData::participantExternalId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(ParticipantRef::externalId, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String externalId = rows.get(i).participantExternalId();
            if (!byExternalId.containsKey(externalId)) {
                errors.add(BatchErrors.row(i, "participantExternalId", "unknown",
                        "no participant has external id '" + externalId + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw BatchErrors.refused(errors);
        }
        Set<String> participantIds = byExternalId.values().stream().filter(p -> !p.erased()).map(ParticipantRef::id)
                .collect(Collectors.toSet());
        Set<String> periods = rows.stream().map(row -> row.period().text()).collect(Collectors.toSet());
        Map<Key, PerformanceRecord> existing = new HashMap<>();
        for (PerformanceRecord found : records.findCandidates(owner, participantIds, periods)) {
            existing.put(new Key(found.participantId, found.period, found.indicator), found);
        }
        Instant now = Clock.now();
        List<PerformanceRecord> created = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        int erased = 0;
        for (PerformanceData row : rows) {
            ParticipantRef participant = byExternalId.get(row.participantExternalId());
            if (participant.erased()) {
                erased++;
                continue;
            }
            PerformanceRecord record = existing.get(new Key(participant.id(), row.period().text(), row.indicator()));
            if (record == null) {
                created.add(create(participant, row, now));
            } else if (apply(record, row, now)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        records.persist(created);
        records.flush();
        return new BatchOutcome(created.size(), updated, unchanged, erased);
    }

    /**
     * A page of a participant's records whose period lies wholly within {@code from} (from its first day) and
     * {@code to} (to its last day); either may be null.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<PerformanceRecord> list(String participantExternalId, Period from, Period to, int page, int size) {
        Participant participant = participantService.get(participantExternalId);
        if (from != null && to != null && from.start().isAfter(to.end())) {
            throw new ProblemException(ProblemType.VALIDATION, "The request has 1 invalid input.",
                    List.of(new FieldError("query", "to", "range", "must not end before from starts")), Map.of(),
                    Map.of());
        }
        return records.page(tenant.id(), participant.id, from == null ? null : from.start(),
                to == null ? null : to.end(), page, size);
    }

    /**
     * One page of the records of every subject of a campaign, by subject and then record id, for campaign
     * summaries: a keyset page, so a reader going to the end sees every record once while others are synced.
     */
    @Transactional
    public CursorPage<PerformanceRecordRepository.OfParticipant> ofCampaign(String campaignId, String cursor,
                                                                           int size) {
        campaigns.get(campaignId);
        Cursor after = Cursor.decode(cursor, 2);
        return CursorPage.of(records.ofCampaignSubjects(tenant.id(), campaignId, after == null ? null : after.part(0),
                after == null ? null : after.part(1), size + 1), size, last -> Cursor.of(last.externalId(),
                last.record().id));
    }

    private static PerformanceRecord create(ParticipantRef participant, PerformanceData row, Instant now) {
        PerformanceRecord record = new PerformanceRecord();
        record.id = UUID.randomUUID().toString();
        record.participantId = participant.id();
        record.period = row.period().text();
        record.periodStart = row.period().start();
        record.periodEnd = row.period().end();
        record.indicator = row.indicator();
        record.createdAt = now;
        copy(record, row, now);
        return record;
    }

    /** Replaces the record's values with the row's; false (and nothing touched) when they are the same. */
    private static boolean apply(PerformanceRecord record, PerformanceData row, Instant now) {
        boolean same = record.kind == row.kind()
                && Numbers.same(record.target, row.target())
                && Numbers.same(record.actual, row.actual())
                && Objects.equals(record.unit, row.unit())
                && record.direction == row.direction()
                && Objects.equals(record.rating, row.rating());
        if (same) {
            return false;
        }
        copy(record, row, now);
        return true;
    }

    private static void copy(PerformanceRecord record, PerformanceData row, Instant now) {
        record.kind = row.kind();
        record.target = row.target();
        record.actual = row.actual();
        record.unit = row.unit();
        record.direction = row.direction();
        record.rating = row.rating();
        record.updatedAt = now;
    }
}
