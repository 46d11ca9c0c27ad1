package io.pmi.platform.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RetryScheduleTest {

    @Test
    void theNthRetryWaitsTheNthDurationAndThereIsNoneAfterTheLast() {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5)));
        assertEquals(Optional.of(Duration.ofSeconds(5)), schedule.after(1));
        assertEquals(Optional.of(Duration.ofMinutes(5)), schedule.after(2));
        assertEquals(Optional.empty(), schedule.after(3));
        assertEquals(Optional.empty(), schedule.after(0));
    }

    @Test
    void negativeWaitsAreAConfigurationError() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(List.of(Duration.ofSeconds(-1))));
    }
}
