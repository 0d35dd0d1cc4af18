package io.github.jiracloud.emulator.control;

import java.util.OptionalDouble;

/**
 * A token bucket, like Jira Cloud's cost-based limits in miniature: {@code burst} requests at once, refilled
 * at {@code permitsPerSecond}. Off until configured.
 */
public final class RateLimiter {

    private double permitsPerSecond;
    private int burst;
    private double tokens;
    private long lastRefillNanos;
    private boolean enabled;

    public synchronized void configure(double perSecond, int burstSize) {
        if (perSecond <= 0 || burstSize < 1) {
            throw new IllegalArgumentException("permitsPerSecond must be > 0 and burst >= 1");
        }
        this.permitsPerSecond = perSecond;
        this.burst = burstSize;
        this.tokens = burstSize;
        this.lastRefillNanos = System.nanoTime();
        this.enabled = true;
    }

    public synchronized void clear() {
        enabled = false;
    }

    public synchronized int burst() {
        return burst;
    }

    /** Takes a permit; empty when allowed, else the seconds until one will be available. */
    public synchronized OptionalDouble tryAcquire() {
        if (!enabled) {
            return OptionalDouble.empty();
        }
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (now - lastRefillNanos) / 1e9 * permitsPerSecond);
        lastRefillNanos = now;
        if (tokens >= 1) {
            tokens -= 1;
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((1 - tokens) / permitsPerSecond);
    }
}
