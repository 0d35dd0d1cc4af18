package io.github.jiracloud.emulator;

import io.github.jiracloud.emulator.control.FaultInjector;
import io.github.jiracloud.emulator.control.RateLimiter;

/** Knobs for tests: rate limiting and fault injection. */
public final class EmulatorControls {

    private final RateLimiter rateLimiter;
    private final FaultInjector faults;

    EmulatorControls(RateLimiter rateLimiter, FaultInjector faults) {
        this.rateLimiter = rateLimiter;
        this.faults = faults;
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
