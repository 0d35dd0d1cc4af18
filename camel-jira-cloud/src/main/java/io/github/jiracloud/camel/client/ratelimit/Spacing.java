package io.github.jiracloud.camel.client.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * Hands out send times at least {@code interval} apart, none before {@code notBefore}: each caller takes the next slot
 * and waits for it, so callers that arrive together go one after the other instead of all at once.
 */
final class Spacing {

    private Instant next = Instant.MIN;
    private Instant notBefore = Instant.MIN;
    private Duration interval = Duration.ZERO;

    synchronized void interval(Duration value) {
        interval = value;
    }

    synchronized void notBefore(Instant when) {
        if (when.isAfter(notBefore)) {
            notBefore = when;
        }
    }

    /** Takes the next slot; how long to wait for it (zero when it is now). */
    synchronized Duration take(Instant now) {
        Instant slot = max(now, max(next, notBefore));
        next = slot.plus(interval);
        return Duration.between(now, slot);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
