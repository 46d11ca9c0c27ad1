package io.pmi.interview.mapping;

import io.pmi.interview.domain.BatchOutcome;
import io.pmi.interview.domain.ParticipantData;
import io.pmi.interview.domain.ReportingLine;
import io.pmi.interview.repository.Participant;
import io.pmi.interview.rest.api.ChainLinkView;
import io.pmi.interview.rest.api.ErasureView;
import io.pmi.interview.rest.api.ManagerChainView;
import io.pmi.interview.rest.api.ParticipantBatchItem;
import io.pmi.interview.rest.api.ParticipantRequest;
import io.pmi.interview.rest.api.ParticipantView;
import io.pmi.interview.rest.api.UpsertResult;
import io.pmi.interview.service.ParticipantErasure;

import java.util.List;

/** Participants between the API and the service. */
public final class ParticipantMapper {

    private ParticipantMapper() {
    }

    public static ParticipantData toData(String externalId, ParticipantRequest request) {
        return new ParticipantData(externalId, request.name(), request.email(), request.department(),
                request.position(), request.managerExternalId(), request.employmentStatus());
    }

    public static List<ParticipantData> toData(List<ParticipantBatchItem> items) {
        return items.stream().map(item -> new ParticipantData(item.externalId(), item.name(), item.email(),
                item.department(), item.position(), item.managerExternalId(), item.employmentStatus())).toList();
    }

    public static ParticipantView toView(Participant participant) {
        return new ParticipantView(participant.id, participant.externalId, participant.name, participant.email,
                participant.department, participant.position, participant.managerExternalId,
                participant.employmentStatus, participant.erased(), participant.erasedAt, participant.createdAt,
                participant.updatedAt, participant.version);
    }

    public static ManagerChainView toView(String externalId, ReportingLine.Chain<Participant> chain) {
        return new ManagerChainView(externalId, chain.managers().stream()
                .map(m -> new ChainLinkView(m.externalId, m.name, m.department, m.position, m.employmentStatus,
                        m.erased())).toList(), chain.end(), chain.pendingManager());
    }

    public static ErasureView toView(ParticipantErasure.Erasure erasure) {
        return new ErasureView(erasure.tombstone().externalId, erasure.tombstone().erasedAt, erasure.removed());
    }

    public static UpsertResult toResult(BatchOutcome outcome) {
        return new UpsertResult(outcome.created(), outcome.updated(), outcome.unchanged(), outcome.erased());
    }
}
