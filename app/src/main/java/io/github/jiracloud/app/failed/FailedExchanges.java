package io.github.jiracloud.app.failed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import io.github.jiracloud.app.store.DocumentStore;
import io.github.jiracloud.app.store.ExpiringRecords;
import org.jboss.logging.Logger;

/**
 * The durable store of failed exchanges: an entry per failure, kept as records of the bundle's {@link DocumentStore}
 * (files, or ConfigMaps shared by the replicas) spread over {@code shards} documents with fixed names. Bounded by
 * count ({@code maxEntries}: the oldest goes when a new one would pass it), by age ({@code maxAge} since the last
 * failure) and by the size of a shard (a ConfigMap holds 1 MiB: the oldest of a full shard goes); whatever is dropped
 * is logged at ERROR with its flow and error, and counted by the {@link Listener}, never silently. Changes to an entry
 * are compare-and-swaps, so two replicas replaying or updating the same entry cannot both win.
 */
public final class FailedExchanges {

    /** Told of every entry dropped by a bound, and of every change (for the metrics). */
    public interface Listener {
        void dropped(FailedExchange entry, String reason);

        default void changed() {
        }
    }

    /** @param maxBodyBytes inputs bigger than this are kept without their body, and cannot be replayed */
    public record Limits(int maxEntries, Duration maxAge, int maxBodyBytes) {
        public Limits {
            if (maxEntries < 1 || maxAge.isNegative() || maxAge.isZero() || maxBodyBytes < 0
                    || maxBodyBytes > MAX_BODY_BYTES) {
                throw new IllegalArgumentException("failed-exchanges.max-entries must be at least 1, max-age "
                        + "positive and max-body-bytes between 0 and " + MAX_BODY_BYTES + " (a ConfigMap holds 1 MiB)");
            }
        }
    }

    /** What the page and the API filter by; a null field matches everything. */
    public record Filter(String flow, String errorType, Instant since, Instant until) {

        public static final Filter ALL = new Filter(null, null, null, null);

        public static Filter flow(String flow) {
            return new Filter(flow, null, null, null);
        }

        boolean matches(FailedExchange entry) {
            return (blank(flow) || flow.equals(entry.flow()))
                    && (blank(errorType) || errorType.equals(entry.error().type())
                            || errorType.equals(entry.error().simpleType()))
                    && (since == null || !entry.lastFailedAt().isBefore(since))
                    && (until == null || entry.lastFailedAt().isBefore(until));
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    /** Room for the body within a ConfigMap's 1 MiB, beside the entry's other fields. */
    public static final int MAX_BODY_BYTES = 512 * 1024;
    /** The records store's name: its shards are the documents {@code records/failed-exchanges-<n>}. */
    public static final String STORE = "failed-exchanges";
    private static final long MAX_SHARD_BYTES = 900_000;
    private static final Logger LOG = Logger.getLogger(FailedExchanges.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    /**
     * The records never expire on their own (a century): the age bound acts instead, because it logs and counts each
     * entry it drops, even after the bundle was down for longer than maxAge.
     */
    private static final Duration NEVER = Duration.ofDays(36_500);

    private final ExpiringRecords records;
    private final Limits limits;
    private final Clock clock;
    private final Listener listener;

    public FailedExchanges(DocumentStore documents, int shards, Limits limits, Clock clock, Listener listener) {
        this.records = new ExpiringRecords(documents, STORE, shards, MAX_SHARD_BYTES, clock, this::droppedForSize);
        this.limits = limits;
        this.clock = clock;
        this.listener = listener;
    }

    public Limits limits() {
        return limits;
    }

    public Clock clock() {
        return clock;
    }

    /** The documents the entries are kept in. */
    public List<String> shardNames() {
        return records.shardNames();
    }

    /** A new id: the time of the failure, then random, so that ids sort as the failures happened. */
    public String newId() {
        return "fx-" + ID_TIME.format(clock.instant()) + "-"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** Keeps a new entry, first making room for it within {@code maxEntries}. */
    public FailedExchange add(FailedExchange entry) {
        List<FailedExchange> kept = list(Filter.ALL);
        kept.sort(Comparator.comparing(FailedExchange::lastFailedAt).thenComparing(FailedExchange::id));
        for (int i = 0; i <= kept.size() - limits.maxEntries(); i++) {
            drop(kept.get(i), "count");
        }
        if (!records.putIfAbsent(entry.id(), FailedExchangeCodec.toText(entry), NEVER)) {
            throw new IllegalStateException("A failed exchange with the id " + entry.id() + " exists already");
        }
        listener.changed();
        return entry;
    }

    public Optional<FailedExchange> get(String id) {
        return records.get(id).map(FailedExchangeCodec::fromText);
    }

    /** The entries that match, newest failure first; those past {@code maxAge} are dropped on the way. */
    public List<FailedExchange> list(Filter filter) {
        Instant oldest = clock.instant().minus(limits.maxAge());
        List<FailedExchange> entries = new ArrayList<>();
        for (ExpiringRecords.Entry record : records.entries().values()) {
            FailedExchange entry = FailedExchangeCodec.fromText(record.value());
            if (entry.lastFailedAt().isBefore(oldest)) {
                drop(entry, "age");
            } else if (filter.matches(entry)) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparing(FailedExchange::lastFailedAt).thenComparing(FailedExchange::id)
                .reversed());
        return entries;
    }

    /** How many wait in each flow. */
    public Map<String, Integer> pendingByFlow() {
        Map<String, Integer> counts = new TreeMap<>();
        list(Filter.ALL).forEach(entry -> counts.merge(entry.flow(), 1, Integer::sum));
        return counts;
    }

    /** Removes an entry for good: discarded by an operator, or replayed successfully. */
    public boolean remove(String id) {
        boolean removed = records.remove(id);
        if (removed) {
            listener.changed();
        }
        return removed;
    }

    /** Counts one more failed attempt of a replayed entry, with its latest error; its replay claim ends. */
    public Optional<FailedExchange> failedAgain(String id, FailedExchange.Error error) {
        return change(id, entry -> entry.failedAgain(clock.instant(), error));
    }

    /**
     * Claims an entry for a replay, unless another replay holds it: a copy of the bundle that dies while replaying
     * holds it for {@code claimFor} at most.
     *
     * @return the claimed entry, or empty when it is gone or claimed by another
     */
    public Optional<FailedExchange> claim(String id, String holder, Duration claimFor) {
        Instant now = clock.instant();
        FailedExchange.ReplayClaim claim = new FailedExchange.ReplayClaim(holder, now.plus(claimFor));
        Optional<FailedExchange> claimed = change(id,
                entry -> entry.beingReplayed(now) ? entry : entry.claimedBy(claim));
        return claimed.filter(entry -> claim.equals(entry.replayClaim()));
    }

    /** Ends a replay claim without counting a failure (the replay could not start). */
    public void release(String id, String holder) {
        change(id, entry -> entry.replayClaim() != null && entry.replayClaim().holder().equals(holder)
                ? entry.claimedBy(null)
                : entry);
    }

    /** One compare-and-swap of an entry. */
    private Optional<FailedExchange> change(String id, UnaryOperator<FailedExchange> change) {
        FailedExchange[] after = new FailedExchange[1];
        records.change(id, current -> {
            if (current == null) {
                after[0] = null;
                return null;
            }
            FailedExchange entry = FailedExchangeCodec.fromText(current.value());
            FailedExchange next = change.apply(entry);
            after[0] = next;
            return next == entry
                    ? current
                    : new ExpiringRecords.Entry(FailedExchangeCodec.toText(next), current.expiresAt());
        });
        if (after[0] != null) {
            listener.changed();
        }
        return Optional.ofNullable(after[0]);
    }

    private void drop(FailedExchange entry, String reason) {
        if (records.remove(entry.id())) {
            dropped(entry, reason);
        }
    }

    private void droppedForSize(String store, Map<String, ExpiringRecords.Entry> dropped) {
        dropped.values().forEach(record -> dropped(FailedExchangeCodec.fromText(record.value()), "size"));
    }

    private void dropped(FailedExchange entry, String reason) {
        LOG.errorf("Dropped the failed exchange %s of flow %s (failed %s, %s: %s) from the store: %s", entry.id(),
                entry.flow(), entry.lastFailedAt(), entry.error().type(), entry.error().message(), switch (reason) {
                    case "count" -> "it was the oldest, and the store holds at most failed-exchanges.max-entries="
                            + limits.maxEntries();
                    case "age" -> "it is older than failed-exchanges.max-age=" + limits.maxAge();
                    default -> "it was the oldest of a full shard (raise failed-exchanges.shards, or lower "
                            + "failed-exchanges.max-body-bytes)";
                });
        listener.dropped(entry, reason);
        listener.changed();
    }
}
