package io.pmi.interview.repository;

import java.time.Instant;

/** What a performance batch needs of a participant: no entity to load and dirty-check per row. */
public record ParticipantRef(String id, String externalId, Instant erasedAt) {

    public boolean erased() {
        return erasedAt != null;
    }
}
