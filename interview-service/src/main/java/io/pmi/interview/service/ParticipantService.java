package io.pmi.interview.service;

import io.pmi.interview.domain.BatchOutcome;
import io.pmi.interview.domain.EmploymentStatus;
import io.pmi.interview.domain.ParticipantData;
import io.pmi.interview.domain.ReportingLine;
import io.pmi.interview.repository.Participant;
import io.pmi.interview.repository.ParticipantRepository;
import io.pmi.interview.repository.Slice;
import io.pmi.platform.http.ETags;
import io.pmi.platform.problem.ProblemException;
import io.pmi.platform.problem.ProblemType;
import io.pmi.platform.tenancy.CurrentTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Participants as the HRIS syncs them: upserts by external id, which are idempotent (the same data again changes
 * nothing, not even the version), and never bring an erased participant's data back.
 */
@ApplicationScoped
public class ParticipantService {

    private final ParticipantRepository participants;
    private final CurrentTenant tenant;

    public ParticipantService(ParticipantRepository participants, CurrentTenant tenant) {
        this.participants = participants;
        this.tenant = tenant;
    }

    /** The participant after an upsert, and whether the upsert created it. */
    public record Upserted(Participant participant, boolean created) {
    }

    /**
     * Creates or replaces one participant. {@code ifMatch} is optional: an HR admin who sends the ETag they read
     * is protected from overwriting a change they never saw; a sync that sends none simply replaces.
     */
    @Transactional
    public Upserted upsert(ParticipantData data, String ifMatch) {
        Participant existing = participants.findByExternalId(tenant.id(), data.externalId()).orElse(null);
        if (existing == null) {
            if (ifMatch != null) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED, "Participant '" + data.externalId()
                        + "' does not exist, so no ETag matches it. Send the request without If-Match to create it.");
            }
            Participant created = create(data, Clock.now());
            participants.persist(created);
            participants.flush();
            return new Upserted(created, true);
        }
        if (existing.erased()) {
            throw erased(data.externalId());
        }
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, existing.version);
        }
        if (apply(existing, data, Clock.now())) {
            participants.flush();
        }
        return new Upserted(existing, false);
    }

    /**
     * Upserts a batch in one transaction: the existing rows are read in one query, new rows are inserted and
     * changed rows updated in JDBC batches. Rows of erased participants are skipped and counted.
     */
    @Transactional
    public BatchOutcome upsertAll(List<ParticipantData> rows) {
        Map<String, Participant> existing = participants.findByExternalIds(tenant.id(),
                        rows.stream().map(ParticipantData::externalId).toList()).stream()
                .collect(Collectors.toMap(p -> p.externalId, Function.identity()));
        Instant now = Clock.now();
        List<Participant> created = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        int erased = 0;
        for (ParticipantData row : rows) {
            Participant participant = existing.get(row.externalId());
            if (participant == null) {
                created.add(create(row, now));
            } else if (participant.erased()) {
                erased++;
            } else if (apply(participant, row, now)) {
                updated++;
            } else {
                unchanged++;
            }
        }
        participants.persist(created);
        participants.flush();
        return new BatchOutcome(created.size(), updated, unchanged, erased);
    }

    /** A participant, erased ones included (as their tombstone); another tenant's is as missing as a made-up id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Participant get(String externalId) {
        return participants.findByExternalId(tenant.id(), externalId)
                .orElseThrow(() -> ProblemException.notFound("Participant", externalId));
    }

    /** The participants among {@code externalIds}, in one query; erased ones have no department. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Participant> byExternalIds(Collection<String> externalIds) {
        return participants.findByExternalIds(tenant.id(), externalIds);
    }

    /** Participants that are not erased, in external id order; each filter applies when it is not null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Slice<Participant> list(String department, String managerExternalId, EmploymentStatus employmentStatus,
                                   int page, int size) {
        return participants.page(tenant.id(), department, managerExternalId, employmentStatus, page, size);
    }

    /** The participant's managers upward, from the direct manager, as far as the HRIS data allows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportingLine.Chain<Participant> chain(String externalId) {
        String owner = tenant.id();
        return ReportingLine.walk(get(externalId), next -> participants.findByExternalId(owner, next));
    }

    static ProblemException erased(String externalId) {
        return new ProblemException(InterviewProblems.PARTICIPANT_ERASED, "The personal data of participant '"
                + externalId + "' was erased on request; it cannot be synced again under this external id.");
    }

    private static Participant create(ParticipantData data, Instant now) {
        Participant participant = new Participant();
        participant.id = UUID.randomUUID().toString();
        participant.externalId = data.externalId();
        participant.createdAt = now;
        copy(participant, data, now);
        return participant;
    }

    /** Replaces the participant's fields with {@code data}; false (and nothing touched) when they are the same. */
    private static boolean apply(Participant participant, ParticipantData data, Instant now) {
        boolean same = Objects.equals(participant.name, data.name())
                && Objects.equals(participant.email, data.email())
                && Objects.equals(participant.department, data.department())
                && Objects.equals(participant.position, data.position())
                && Objects.equals(participant.managerExternalId, data.managerExternalId())
                && participant.employmentStatus == data.employmentStatus();
        if (same) {
            return false;
        }
        copy(participant, data, now);
        return true;
    }

    private static void copy(Participant participant, ParticipantData data, Instant now) {
        participant.name = data.name();
        participant.email = data.email();
        participant.department = data.department();
        participant.position = data.position();
        participant.managerExternalId = data.managerExternalId();
        participant.employmentStatus = data.employmentStatus();
        participant.updatedAt = now;
    }
}
