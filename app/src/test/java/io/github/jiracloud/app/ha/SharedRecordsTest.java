package io.github.jiracloud.app.ha;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.github.jiracloud.emulator.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Both shared record stores, as replicas use them: what one sets the other reads, a compare-and-set against a stale
 * value loses, concurrent writers of one key have exactly one winner per round, and expired entries are gone.
 */
class SharedRecordsTest {

    enum Store {
        FILE, CONFIG_MAP
    }

    private final SettableClock clock = SettableClock.ticking();
    private KubernetesMockServer kubernetes;

    @TempDir
    Path directory;

    @BeforeEach
    void start() {
        kubernetes = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        kubernetes.init();
    }

    @AfterEach
    void stop() {
        kubernetes.destroy();
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void aValueSetByOneReplicaIsReadByAnotherAndAStaleCompareLoses(Store kind) {
        SharedRecords podA = replica(kind).get();
        SharedRecords podB = replica(kind).get();
        Instant later = clock.instant().plus(Duration.ofHours(1));

        assertThat(podB.get("alert-1")).isEmpty();
        assertThat(podA.compareAndSet("alert-1", null, "{\"state\":\"open\"}", later)).isTrue();
        assertThat(podB.get("alert-1")).contains("{\"state\":\"open\"}");
        assertThat(podB.compareAndSet("alert-1", null, "{\"state\":\"other\"}", later)).isFalse();
        assertThat(podB.compareAndSet("alert-1", "{\"state\":\"open\"}", "{\"state\":\"resolved\"}", later)).isTrue();
        assertThat(podA.compareAndSet("alert-1", "{\"state\":\"open\"}", null, later)).isFalse();
        assertThat(podA.compareAndSet("alert-1", "{\"state\":\"resolved\"}", null, later)).isTrue();
        assertThat(podB.get("alert-1")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void anExpiredValueIsNoValueAndIsDroppedOnTheNextWrite(Store kind) {
        SharedRecords store = replica(kind).get();
        store.compareAndSet("alert-old", null, "old", clock.instant().plus(Duration.ofMinutes(5)));

        clock.advance(Duration.ofMinutes(6));

        assertThat(store.get("alert-old")).isEmpty();
        assertThat(store.compareAndSet("alert-old", null, "new", clock.instant().plus(Duration.ofMinutes(5))))
                .isTrue();
        assertThat(store.get("alert-old")).contains("new");
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void concurrentReplicasClaimingOneKeyHaveExactlyOneWinner(Store kind) throws Exception {
        List<SharedRecords> replicas = List.of(replica(kind).get(), replica(kind).get(), replica(kind).get());
        AtomicInteger winners = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> claims = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                SharedRecords replica = replicas.get(i % replicas.size());
                String claim = "claim-" + i;
                claims.add(threads.submit(() -> {
                    if (replica.compareAndSet("alert-burst", null, claim, clock.instant().plusSeconds(60))) {
                        winners.incrementAndGet();
                    }
                }));
            }
            for (Future<?> claim : claims) {
                claim.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(winners).hasValue(1);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void keysAreWhatAConfigMapCanHold(Store kind) {
        assertThatThrownBy(() -> replica(kind).get().get("alert/../x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("letters, digits");
    }

    private Supplier<SharedRecords> replica(Store kind) {
        return switch (kind) {
            case FILE -> () -> new FileSharedRecords(directory.resolve("incidents.json"), clock);
            case CONFIG_MAP -> () -> new ConfigMapSharedRecords(kubernetes.createClient(), "jira",
                    "jira-route-bundle-incidents", clock);
        };
    }
}
