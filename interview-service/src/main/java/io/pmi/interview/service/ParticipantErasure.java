package io.pmi.interview.service;

import io.pmi.interview.repository.Participant;
import io.pmi.interview.repository.ParticipantRepository;
import io.pmi.platform.webhooks.WebhookOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Erasure of a participant's personal data on request (PIPL, GDPR). Every {@link ErasureStep} removes its kind of
 * data, then the participant's own fields are cleared and the row stays as a tombstone: its external id and the
 * erasure time, so that a later sync of the same id is refused (a single upsert) or skipped (a batch) instead of
 * silently bringing the data back. All of it happens in one transaction.
 */
@ApplicationScoped
public class ParticipantErasure {

    private final ParticipantService participantService;
    private final ParticipantRepository participants;
    private final List<ErasureStep> steps;
    private final WebhookOutbox webhooks;

    public ParticipantErasure(ParticipantService participantService, ParticipantRepository participants,
                              Instance<ErasureStep> steps, WebhookOutbox webhooks) {
        this.participantService = participantService;
        this.participants = participants;
        this.webhooks = webhooks;
        this.steps = steps.stream().sorted(Comparator.comparing(ErasureStep::name)).toList();
    }

    /**
     * What an erasure did.
     *
     * @param tombstone the participant as it now stands
     * @param removed   rows removed per step, in step name order (all 0 when the participant was erased before)
     */
    public record Erasure(Participant tombstone, Map<String, Long> removed) {
    }

    /** Erases the participant; erasing again is harmless and keeps the first erasure's time. */
    @Transactional
    public Erasure erase(String externalId) {
        Participant participant = participantService.get(externalId);
        Map<String, Long> removed = new LinkedHashMap<>();
        for (ErasureStep step : steps) {
            removed.put(step.name(), step.erase(participant));
        }
        if (!participant.erased()) {
            Instant now = Clock.now();
            participant.name = null;
            participant.email = null;
            participant.department = null;
            participant.position = null;
            participant.managerExternalId = null;
            participant.employmentStatus = null;
            participant.erasedAt = now;
            participant.updatedAt = now;
            participants.flush();
            webhooks.publish(participant.tenantId, WebhookEvents.PARTICIPANT_ERASED, participant.externalId,
                    Map.of("participantExternalId", participant.externalId));
        }
        return new Erasure(participant, removed);
    }
}
