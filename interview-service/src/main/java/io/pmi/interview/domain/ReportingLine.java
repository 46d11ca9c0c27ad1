package io.pmi.interview.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The manager chain of a participant, walked upward one manager at a time. HRIS data may be incomplete (a manager
 * not synced yet) or wrong (a loop), so the walk always ends and says why.
 */
public final class ReportingLine {

    /** Longer chains are cut here: no real organisation is this deep, so a longer one is bad data. */
    public static final int MAX_DEPTH = 50;

    private ReportingLine() {
    }

    /** A participant as the walk sees it. */
    public interface Member {
        String externalId();

        /** Null at the top of the organisation (or after erasure). */
        String managerExternalId();

        boolean erased();
    }

    /**
     * @param managers       from the direct manager upward
     * @param end            why the chain ends there
     * @param pendingManager the external id that is not known yet, when {@code end} is {@link ChainEnd#UNKNOWN_MANAGER}
     */
    public record Chain<T extends Member>(List<T> managers, ChainEnd end, String pendingManager) {
    }

    /** Walks from {@code subject} upward, looking each manager up by external id. */
    public static <T extends Member> Chain<T> walk(T subject, Function<String, Optional<T>> find) {
        List<T> managers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(subject.externalId());
        Member current = subject;
        while (true) {
            if (current.erased()) {
                return new Chain<>(managers, ChainEnd.ERASED, null);
            }
            String next = current.managerExternalId();
            if (next == null || next.equals(current.externalId())) {
                return new Chain<>(managers, ChainEnd.TOP, null);
            }
            if (seen.contains(next)) {
                return new Chain<>(managers, ChainEnd.CYCLE, null);
            }
            if (managers.size() == MAX_DEPTH) {
                return new Chain<>(managers, ChainEnd.DEPTH_LIMIT, null);
            }
            Optional<T> manager = find.apply(next);
            if (manager.isEmpty()) {
                return new Chain<>(managers, ChainEnd.UNKNOWN_MANAGER, next);
            }
            managers.add(manager.get());
            seen.add(next);
            current = manager.get();
        }
    }
}
