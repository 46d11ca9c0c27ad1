package io.pmi.platform.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When to try again after a failed attempt: the first attempt is immediate, the n-th retry waits the n-th duration
 * of the schedule (by default the Standard Webhooks one: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h), and
 * after the last one there is no other.
 */
public record RetrySchedule(List<Duration> waits) {

    public RetrySchedule {
        waits = List.copyOf(waits);
        if (waits.stream().anyMatch(Duration::isNegative)) {
            throw new IllegalArgumentException("pmi.webhooks.retry-schedule: waits cannot be negative: " + waits);
        }
    }

    /** The wait before the next attempt, after {@code attemptsMade} failed ones; empty when none is left. */
    public Optional<Duration> after(int attemptsMade) {
        return attemptsMade >= 1 && attemptsMade <= waits.size() ? Optional.of(waits.get(attemptsMade - 1))
                : Optional.empty();
    }
}
