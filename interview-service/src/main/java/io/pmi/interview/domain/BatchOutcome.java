package io.pmi.interview.domain;

/**
 * What an upsert batch did with its rows.
 *
 * @param erased rows skipped because their participant was erased: an erasure is never undone by a sync
 */
public record BatchOutcome(int created, int updated, int unchanged, int erased) {
}
