package io.github.jiracloud.emulator.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A token bucket: {@code capacity} requests at once, refilled at {@code perSecond}. */
final class TokenBucket {

    private final double perSecond;
    private final double capacity;
    private double tokens;
    private Instant refilled;

    TokenBucket(double perSecond, double capacity, Instant now) {
        this.perSecond = perSecond;
        this.capacity = capacity;
        this.tokens = capacity;
        this.refilled = now;
    }

    /** Takes a token; empty when allowed, else how long until one will be there. */
    synchronized Optional<Duration> tryTake(Instant now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * 1e9)));
    }

    synchronized int remaining(Instant now) {
        refill(now);
        return (int) Math.floor(tokens);
    }

    double perSecond() {
        return perSecond;
    }

    private void refill(Instant now) {
        if (now.isAfter(refilled)) {
            tokens = Math.min(capacity, tokens + Duration.between(refilled, now).toNanos() / 1e9 * perSecond);
            refilled = now;
        }
    }
}
