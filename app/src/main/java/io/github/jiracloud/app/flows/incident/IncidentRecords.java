package io.github.jiracloud.app.flows.incident;

import java.time.Clock;
import java.time.Duration;

import io.github.jiracloud.app.ha.SharedRecords;

/** The alerts' records in the shared store, read and replaced by compare-and-set, forgotten after their lifetime. */
final class IncidentRecords {

    /** A record as read, with the stored text a later compare-and-set must find unchanged. */
    record Stored(String raw, IncidentRecord record) {
    }

    private final SharedRecords store;
    private final Clock clock;
    private final Duration lifetime;

    IncidentRecords(SharedRecords store, Clock clock, Duration lifetime) {
        this.store = store;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    Stored read(IncidentKey key) {
        String raw = store.get(key.recordKey()).orElse(null);
        return new Stored(raw, raw == null ? null : IncidentRecord.fromJson(raw));
    }

    /** @return the new record as stored, or null when another replica changed it since {@code expected} was read */
    Stored replace(IncidentKey key, Stored expected, IncidentRecord next) {
        String raw = next.toJson();
        return store.compareAndSet(key.recordKey(), expected.raw(), raw, clock.instant().plus(lifetime))
                ? new Stored(raw, next)
                : null;
    }

    /** Gives a claim back: the record before it, or none. @return false when the claim was no longer there */
    boolean restore(IncidentKey key, Stored claimed, IncidentRecord before) {
        return store.compareAndSet(key.recordKey(), claimed.raw(), before == null ? null : before.toJson(),
                clock.instant().plus(lifetime));
    }
}
