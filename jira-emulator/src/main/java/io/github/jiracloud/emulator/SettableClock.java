package io.github.jiracloud.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock that tests move, handed to the emulator ({@link Builder#clock}) and to the code under test, so both
 * see a token, a code or a lease expire at once. Frozen at a given time unless made {@link #ticking()}, when it runs
 * with real time plus the offset it was moved by. The one settable clock of every test suite here.
 */
public final class SettableClock extends Clock {

    /** Null when ticking. */
    private final Instant frozenAt;
    private volatile Duration offset = Duration.ZERO;

    /** Frozen at the current time. */
    public SettableClock() {
        this(Instant.now());
    }

    /** Frozen at {@code start}. */
    public SettableClock(Instant start) {
        this.frozenAt = start;
    }

    private SettableClock(boolean ticking) {
        this.frozenAt = ticking ? null : Instant.now();
    }

    /** Real time plus what the clock was moved by: for code that also needs time to pass on its own. */
    public static SettableClock ticking() {
        return new SettableClock(true);
    }

    public synchronized void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /** Moves the clock to {@code instant} (for a ticking clock: to that instant now). */
    public synchronized void set(Instant instant) {
        offset = Duration.between(frozenAt != null ? frozenAt : Instant.now(), instant);
    }

    /** Back to where it started (a ticking clock: to real time). */
    public synchronized void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return (frozenAt != null ? frozenAt : Instant.now()).plus(offset);
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
