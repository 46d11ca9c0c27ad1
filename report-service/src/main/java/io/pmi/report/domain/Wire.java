package io.pmi.report.domain;

import java.util.Locale;

/** Reads enum values that arrive over the wire, where a newer peer may send values this service does not know. */
final class Wire {

    private Wire() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, E unknown) {
        if (value == null || value.isBlank()) {
            return unknown;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return unknown;
        }
    }
}
