package io.github.jiracloud.app.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.app.store.DocumentStore.Document;
import org.jboss.logging.Logger;

/**
 * Keys with a short text value that expires: what the bundle has already done (webhook deliveries, mirrored issues,
 * alert fingerprints), so that a restart or another replica does not do it again. The records of one store are
 * spread over a fixed number of shard documents of a {@link DocumentStore}; a change reads its shard, changes it and
 * writes it back as of the version read, and starts again when another writer was quicker. Expired records are
 * dropped when their shard is written. A shard is kept under {@code maxShardBytes} (a ConfigMap holds 1 MiB): when a
 * write would pass it, the records closest to expiry go first, counted and logged.
 */
public final class ExpiringRecords {

    /** Told of the records dropped before their expiry to keep a shard within its size, by key. */
    public interface DropListener {
        void dropped(String store, Map<String, Entry> records);
    }

    /** A record's value and when it expires. */
    public record Entry(String value, Instant expiresAt) {
    }

    /** A record as a shard holds it: with its key when the data key is a hash of it. */
    private record Stored(String key, Entry entry) {
    }

    static final String KIND = "records";
    private static final Logger LOG = Logger.getLogger(ExpiringRecords.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLAIN_KEY = Pattern.compile("[-._a-zA-Z0-9]{1,200}");
    private static final int ATTEMPTS = 50;

    private final DocumentStore store;
    private final String name;
    private final int shards;
    private final long maxShardBytes;
    private final Clock clock;
    private final DropListener dropListener;

    /**
     * @param name the store's name: lower-case letters, digits and dashes (its shards are {@code <name>-<n>})
     */
    public ExpiringRecords(DocumentStore store, String name, int shards, long maxShardBytes, Clock clock,
            DropListener dropListener) {
        DocumentStore.check(KIND, name + "-" + (shards - 1), null);
        if (shards < 1 || maxShardBytes < 1024 || maxShardBytes > DocumentStore.MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException("The records store " + name + " needs at least one shard and a shard "
                    + "size between 1 KiB and " + DocumentStore.MAX_DOCUMENT_BYTES + " bytes");
        }
        this.store = store;
        this.name = name;
        this.shards = shards;
        this.maxShardBytes = maxShardBytes;
        this.clock = clock;
        this.dropListener = dropListener;
    }

    public String name() {
        return name;
    }

    /** The value, unless there is none or it expired. */
    public Optional<String> get(String key) {
        return store.get(KIND, shardName(key)).map(Document::data).map(data -> data.get(dataKey(key)))
                .map(text -> decode(text).entry()).filter(this::alive).map(Entry::value);
    }

    /** Every live record of the store, by key: one read per shard. */
    public Map<String, Entry> entries() {
        Map<String, Entry> entries = new HashMap<>();
        for (int shard = 0; shard < shards; shard++) {
            store.get(KIND, name + "-" + shard).ifPresent(document -> document.data().forEach((dataKey, text) -> {
                Stored stored = decode(text);
                if (alive(stored.entry())) {
                    entries.put(stored.key() != null ? stored.key() : dataKey.substring(2), stored.entry());
                }
            }));
        }
        return entries;
    }

    /** The names of the shard documents (kind {@value #KIND}), e.g. for a Role that allows just these. */
    public List<String> shardNames() {
        List<String> names = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            names.add(name + "-" + shard);
        }
        return names;
    }

    /** Stores the value unless a live one is there. @return whether it was stored */
    public boolean putIfAbsent(String key, String value, Duration timeToLive) {
        Entry entry = new Entry(value, clock.instant().plus(timeToLive));
        return change(key, current -> current == null ? entry : current) == entry;
    }

    public void put(String key, String value, Duration timeToLive) {
        Entry entry = new Entry(value, clock.instant().plus(timeToLive));
        change(key, current -> entry);
    }

    /** @return whether there was a live value */
    public boolean remove(String key) {
        boolean[] removed = new boolean[1];
        change(key, current -> {
            removed[0] = current != null;
            return null;
        });
        return removed[0];
    }

    /**
     * Replaces the record by {@code change(current)} as one compare-and-swap (current is null when there is none or
     * it expired; a null result removes it; the same entry writes nothing), applying it again to what another writer
     * wrote when the swap loses.
     *
     * @return the entry as stored afterwards, or null
     */
    public Entry change(String key, UnaryOperator<Entry> change) {
        String shard = shardName(key);
        String dataKey = dataKey(key);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Document> read = store.get(KIND, shard);
            Map<String, String> data = new HashMap<>(read.map(Document::data).orElse(Map.of()));
            Entry current = Optional.ofNullable(data.get(dataKey)).map(text -> decode(text).entry())
                    .filter(this::alive).orElse(null);
            Entry next = change.apply(current);
            if (next == current) {
                return current;
            }
            if (next == null) {
                data.remove(dataKey);
            } else {
                data.put(dataKey, encode(key, dataKey, next));
            }
            dropExpired(data);
            Map<String, Entry> dropped = keepWithinSize(data, dataKey);
            boolean written = read.isPresent() ? store.replace(read.get(), data) : store.create(KIND, shard, data);
            if (written) {
                if (!dropped.isEmpty()) {
                    LOG.warnf("The records store %s dropped %d records before their expiry to keep its shard %s "
                            + "within %d bytes; raise its shards if this repeats", name, dropped.size(), shard,
                            maxShardBytes);
                    dropListener.dropped(name, dropped);
                }
                return next;
            }
            pause(attempt);
        }
        throw new IllegalStateException("The records store " + name + " could not write its shard " + shard + " in "
                + ATTEMPTS + " attempts: too many writers at once");
    }

    private boolean alive(Entry entry) {
        return entry != null && entry.expiresAt().isAfter(clock.instant());
    }

    private void dropExpired(Map<String, String> data) {
        Instant now = clock.instant();
        data.values().removeIf(value -> !decode(value).entry().expiresAt().isAfter(now));
    }

    /** Drops the records closest to their expiry, never the one just written, until the shard fits. */
    private Map<String, Entry> keepWithinSize(Map<String, String> data, String keep) {
        long bytes = DocumentStore.size(data);
        Map<String, Entry> dropped = new HashMap<>();
        if (bytes <= maxShardBytes) {
            return dropped;
        }
        List<Map.Entry<String, String>> byExpiry = new ArrayList<>(data.entrySet());
        byExpiry.sort(Comparator.comparing(entry -> decode(entry.getValue()).entry().expiresAt()));
        for (Map.Entry<String, String> entry : byExpiry) {
            if (bytes <= maxShardBytes) {
                break;
            }
            if (!entry.getKey().equals(keep)) {
                bytes -= DocumentStore.size(Map.of(entry.getKey(), entry.getValue()));
                data.remove(entry.getKey());
                Stored stored = decode(entry.getValue());
                dropped.put(stored.key() != null ? stored.key() : entry.getKey().substring(2), stored.entry());
            }
        }
        return dropped;
    }

    private String shardName(String key) {
        return name + "-" + Math.floorMod(key.hashCode(), shards);
    }

    /** A ConfigMap key as it is, when it may be one; otherwise its SHA-256. */
    static String dataKey(String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return "k." + key;
        }
        try {
            return "h." + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value and expiry, and the key itself when the data key is its hash (so {@link #entries} can name it). */
    private static String encode(String key, String dataKey, Entry entry) {
        ObjectNode json = JSON.createObjectNode().put("v", entry.value()).put("x", entry.expiresAt().toEpochMilli());
        if (dataKey.startsWith("h.")) {
            json.put("k", key);
        }
        return json.toString();
    }

    private static Stored decode(String text) {
        try {
            JsonNode json = JSON.readTree(text);
            return new Stored(json.hasNonNull("k") ? json.get("k").asText() : null,
                    new Entry(json.path("v").asText(), Instant.ofEpochMilli(json.path("x").asLong())));
        } catch (Exception e) {
            return new Stored(null, new Entry("", Instant.EPOCH)); // unreadable: expired, the next write drops it
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * Math.min(attempt, 10)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing a records shard", e);
        }
    }
}
