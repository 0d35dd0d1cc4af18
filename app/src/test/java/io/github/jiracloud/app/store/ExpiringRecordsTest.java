package io.github.jiracloud.app.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.jiracloud.emulator.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Records that expire, shared through the store's shards, bounded in size with every early drop counted. */
class ExpiringRecordsTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final AtomicInteger dropped = new AtomicInteger();
    private KubernetesMock kubernetes;

    @TempDir
    Path folder;

    @BeforeEach
    void start() {
        kubernetes = new KubernetesMock();
    }

    @AfterEach
    void stop() {
        kubernetes.close();
    }

    @Test
    void aRecordIsSeenByEveryReplicaUntilItExpires() {
        ExpiringRecords podA = records(kubernetes.store(), 4, 900_000);
        ExpiringRecords podB = records(kubernetes.store(), 4, 900_000);

        assertThat(podA.putIfAbsent("10001", "DEV-7", Duration.ofHours(1))).isTrue();
        assertThat(podB.putIfAbsent("10001", "DEV-8", Duration.ofHours(1))).as("podA holds it").isFalse();
        assertThat(podB.get("10001")).contains("DEV-7");
        assertThat(podB.get("a key with spaces/and slashes")).isEmpty();
        podB.put("a key with spaces/and slashes", "kept", Duration.ofMinutes(5));
        assertThat(podA.get("a key with spaces/and slashes")).contains("kept");
        assertThat(podA.entries()).containsOnlyKeys("10001", "a key with spaces/and slashes");

        clock.advance(Duration.ofMinutes(61));
        assertThat(podB.get("10001")).as("expired").isEmpty();
        assertThat(podB.putIfAbsent("10001", "DEV-9", Duration.ofHours(1))).isTrue();
        assertThat(podA.remove("10001")).isTrue();
        assertThat(podA.get("10001")).isEmpty();
        assertThat(dropped).hasValue(0);
    }

    @Test
    void concurrentClaimsOfOneKeyHaveOneWinnerAndClaimsOfManyKeysAllLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int replica = 0; replica < 8; replica++) {
            ExpiringRecords records = records(kubernetes.store(), 2, 900_000);
            String value = "replica-" + replica;
            claims.add(pool.submit(() -> records.putIfAbsent("webhook-1", value, Duration.ofMinutes(2))));
            for (int i = 0; i < 5; i++) {
                String key = "event-" + replica + "-" + i;
                claims.add(pool.submit(() -> records.putIfAbsent(key, "processed", Duration.ofHours(2))));
            }
        }
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(won).as("one claim of webhook-1, and each of the 40 others").isEqualTo(41);
        ExpiringRecords reader = records(kubernetes.store(), 2, 900_000);
        for (int replica = 0; replica < 8; replica++) {
            for (int i = 0; i < 5; i++) {
                assertThat(reader.get("event-" + replica + "-" + i)).contains("processed");
            }
        }
    }

    @Test
    void aFullShardDropsTheRecordsClosestToExpiryAndCountsThem() {
        ExpiringRecords records = records(new FileDocumentStore(folder), 1, 2048);
        for (int i = 0; i < 60; i++) {
            // The earlier ones expire sooner: they are the ones to go.
            records.put("event-" + i, "processed", Duration.ofMinutes(10 + i));
        }

        assertThat(dropped.get()).as("dropped to stay within 2 KiB").isPositive();
        assertThat(records.get("event-59")).contains("processed");
        assertThat(records.get("event-0")).isEmpty();
        int kept = 0;
        for (int i = 0; i < 60; i++) {
            kept += records.get("event-" + i).isPresent() ? 1 : 0;
        }
        assertThat(kept + dropped.get()).as("every record is kept or counted as dropped").isEqualTo(60);
        assertThat(records.entries()).hasSize(kept).containsKey("event-59");
    }

    @Test
    void theSharedWebhookRepositoryTellsAClaimFromAProcessedDeliveryAndAClaimEndsWithItsLease() {
        SharedIdempotentRepository podA = new SharedIdempotentRepository(records(kubernetes.store(), 2, 900_000),
                Duration.ofMinutes(2), Duration.ofHours(2));
        SharedIdempotentRepository podB = new SharedIdempotentRepository(records(kubernetes.store(), 2, 900_000),
                Duration.ofMinutes(2), Duration.ofHours(2));

        assertThat(podA.add("id-1")).isTrue();
        assertThat(podB.add("id-1")).as("claimed by podA").isFalse();
        assertThat(podB.contains("id-1")).as("claimed, not processed: the consumer answers 409").isFalse();
        clock.advance(Duration.ofMinutes(3));
        assertThat(podB.add("id-1")).as("podA died holding it; its claim ended").isTrue();
        assertThat(podB.confirm("id-1")).isTrue();
        assertThat(podA.contains("id-1")).isTrue();
        assertThat(podA.add("id-1")).isFalse();
        clock.advance(Duration.ofHours(3));
        assertThat(podA.contains("id-1")).as("forgotten after keepFor").isFalse();
    }

    private ExpiringRecords records(DocumentStore store, int shards, long maxShardBytes) {
        return new ExpiringRecords(store, "webhooks", shards, maxShardBytes, clock,
                (name, records) -> dropped.addAndGet(records.size()));
    }
}
