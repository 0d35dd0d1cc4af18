package io.github.jiracloud.bench.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock shifted by an offset the harness sets, so that the emulator's hour turns when a scenario wants it:
 * a spent hourly quota resets seconds, not an hour, later.
 */
final class OffsetClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock so that the next top of the hour is {@code seconds} away. */
    void secondsBeforeTheHour(long seconds) {
        Instant now = Instant.now();
        Instant nextHour = now.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(1));
        offset = Duration.between(now, nextHour.minusSeconds(seconds));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
