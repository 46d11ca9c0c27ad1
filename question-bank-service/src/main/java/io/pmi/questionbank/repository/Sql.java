package io.pmi.questionbank.repository;

import java.util.Collections;

/** Small helpers for the statements written by hand. */
final class Sql {

    private Sql() {
    }

    /** {@code ?, ?, ?} for an IN list of {@code count} values. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
