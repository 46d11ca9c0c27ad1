package io.pmi.interview.service;

import io.pmi.interview.repository.Participant;

/**
 * One kind of personal data that {@link ParticipantErasure} removes with a participant. Each slice that stores data
 * about participants adds a bean implementing this (performance records now; answers, interviews and consent
 * records later), so an erasure can never forget a table that a later slice adds.
 */
public interface ErasureStep {

    /** The key of this step's count in the erasure's answer, e.g. {@code performanceRecords}. */
    String name();

    /**
     * Removes this kind of data of {@code participant}, inside the erasure's transaction. Runs again on a repeated
     * erasure, so it must be idempotent.
     *
     * @return how many rows it removed
     */
    long erase(Participant participant);
}
