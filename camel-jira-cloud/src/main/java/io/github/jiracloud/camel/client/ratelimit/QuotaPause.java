package io.github.jiracloud.camel.client.ratelimit;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Until when a connection's calls are held back because its app's points quota is spent. */
final class QuotaPause {

    private final AtomicReference<Instant> until = new AtomicReference<>();
    private volatile String reason;

    Optional<Instant> until(Instant now) {
        Instant paused = until.get();
        return paused != null && now.isBefore(paused) ? Optional.of(paused) : Optional.empty();
    }

    String reason() {
        return reason;
    }

    /** @return whether this extends the pause (false when a pause at least as long was already on) */
    boolean pause(Instant till, String why) {
        Instant before = until.getAndAccumulate(till, (current, next) -> current == null || next.isAfter(current)
                ? next
                : current);
        reason = why;
        return before == null || till.isAfter(before);
    }
}
