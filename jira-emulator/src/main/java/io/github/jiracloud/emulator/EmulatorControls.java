package io.github.jiracloud.emulator;

import java.time.Duration;
import java.util.function.Consumer;

import io.github.jiracloud.emulator.control.FaultInjector;
import io.github.jiracloud.emulator.control.RateLimiter;
import io.github.jiracloud.emulator.data.bulk.BulkPace;

/** Knobs for tests: rate limiting, fault injection and how fast bulk tasks run. */
public final class EmulatorControls {

    private final RateLimiter rateLimiter;
    private final FaultInjector faults;
    private final Consumer<BulkPace> bulkPace;

    EmulatorControls(RateLimiter rateLimiter, FaultInjector faults, Consumer<BulkPace> bulkPace) {
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.bulkPace = bulkPace;
    }

    /**
     * How bulk tasks submitted from now on run, on the emulator's clock: {@code queued} before the first issue, then
     * {@code perIssue} for each (by default 1 s, then 10 ms an issue).
     */
    public EmulatorControls bulkTaskPace(Duration queued, Duration perIssue) {
        bulkPace.accept(new BulkPace(queued, perIssue));
        return this;
    }

    /** Answers REST calls beyond {@code burst} at once, refilled at {@code permitsPerSecond}, with 429. */
    public EmulatorControls rateLimit(double permitsPerSecond, int burst) {
        rateLimiter.configure(permitsPerSecond, burst);
        return this;
    }

    public EmulatorControls clearRateLimit() {
        rateLimiter.clear();
        return this;
    }

    public EmulatorControls injectFault(Fault fault) {
        faults.add(fault);
        return this;
    }

    public EmulatorControls clearFaults() {
        faults.clear();
        return this;
    }
}
