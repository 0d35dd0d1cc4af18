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
import io.github.jiracloud.app.store.DocumentStore.Document;
import org.jboss.logging.Logger;

/**
 * The durable store of failed exchanges: one document each in the bundle's {@link DocumentStore} (a file, or a
 * ConfigMap shared by the replicas). Bounded by count ({@code maxEntries}: the oldest goes when a new one would pass
 * it) and by age ({@code maxAge} since the last failure); whatever is dropped is logged at ERROR with its flow and
 * error, and counted by the {@link Listener}, never silently. Changes to an entry are compare-and-swaps, so two
 * replicas replaying or updating the same entry cannot both win.
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
    static final String KIND = "failed-exchange";
    private static final String DATA_KEY = "entry";
    private static final Logger LOG = Logger.getLogger(FailedExchanges.class);
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);
    private static final int ATTEMPTS = 20;

    private final DocumentStore store;
    private final Limits limits;
    private final Clock clock;
    private final Listener listener;

    public FailedExchanges(DocumentStore store, Limits limits, Clock clock, Listener listener) {
        this.store = store;
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
        if (!store.create(KIND, entry.id(), Map.of(DATA_KEY, FailedExchangeCodec.toText(entry)))) {
            throw new IllegalStateException("A failed exchange with the id " + entry.id() + " exists already");
        }
        listener.changed();
        return entry;
    }

    public Optional<FailedExchange> get(String id) {
        if (!DocumentStore.NAME.matcher(id).matches()) {
            return Optional.empty();
        }
        return store.get(KIND, id).map(FailedExchanges::entry);
    }

    /** The entries that match, newest failure first; those past {@code maxAge} are dropped on the way. */
    public List<FailedExchange> list(Filter filter) {
        Instant oldest = clock.instant().minus(limits.maxAge());
        List<FailedExchange> entries = new ArrayList<>();
        for (Document document : store.list(KIND)) {
            FailedExchange entry = entry(document);
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
        boolean removed = DocumentStore.NAME.matcher(id).matches() && store.delete(KIND, id);
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

    private Optional<FailedExchange> change(String id, UnaryOperator<FailedExchange> change) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Document> read = DocumentStore.NAME.matcher(id).matches()
                    ? store.get(KIND, id)
                    : Optional.empty();
            if (read.isEmpty()) {
                return Optional.empty();
            }
            FailedExchange current = entry(read.get());
            FailedExchange next = change.apply(current);
            if (next == current) {
                return Optional.of(current);
            }
            if (store.replace(read.get(), Map.of(DATA_KEY, FailedExchangeCodec.toText(next)))) {
                listener.changed();
                return Optional.of(next);
            }
        }
        throw new IllegalStateException("The failed exchange " + id + " changed " + ATTEMPTS + " times while this "
                + "copy of the bundle was changing it");
    }

    private void drop(FailedExchange entry, String reason) {
        if (store.delete(KIND, entry.id())) {
            LOG.errorf("Dropped the failed exchange %s of flow %s (failed %s, %s: %s) from the store: %s", entry.id(),
                    entry.flow(), entry.lastFailedAt(), entry.error().type(), entry.error().message(),
                    "count".equals(reason)
                            ? "it was the oldest, and the store holds at most failed-exchanges.max-entries="
                                    + limits.maxEntries()
                            : "it is older than failed-exchanges.max-age=" + limits.maxAge());
            listener.dropped(entry, reason);
            listener.changed();
        }
    }

    private static FailedExchange entry(Document document) {
        String text = document.data().get(DATA_KEY);
        if (text == null) {
            throw new IllegalStateException("The failed-exchange document " + document.name() + " has no entry");
        }
        return FailedExchangeCodec.fromText(text);
    }
}
