package io.github.jiracloud.app.tokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.github.jiracloud.camel.auth.StoredToken;
import io.github.jiracloud.camel.auth.TokenEvents;
import io.github.jiracloud.camel.auth.TokenRefresher;
import io.github.jiracloud.camel.client.Sleeper;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.jiracloud.app.tokens.KubernetesSecretTokenStoreTest.NAMESPACE;
import static io.github.jiracloud.app.tokens.KubernetesSecretTokenStoreTest.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replicas sharing one connection through the token-store Secret: however many need a new access token at once, the
 * refresh token is spent once, and everyone ends with a working access token.
 */
class LeasedRefreshTokenProviderTest {

    private static final int REPLICAS = 4;
    private static final int ROUNDS = 6;
    private static final String CONNECTION = "default";

    private final SettableClock clock = new SettableClock();
    private KubernetesMockServer kubernetes;
    private JiraEmulator emulator;

    @BeforeEach
    void start() {
        kubernetes = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        kubernetes.init();
        KubernetesSecretTokenStoreTest.shipped(kubernetes.createClient(), NAMESPACE, SECRET);
        emulator = JiraEmulator.builder().port(0).clock(clock).build().start();
    }

    @AfterEach
    void stop() {
        emulator.close();
        kubernetes.destroy();
    }

    @Test
    void replicasRacingForANewAccessTokenSpendOneRefreshPerRound() throws Exception {
        String initial = emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, EmulatorOAuth.SCOPES);
        List<LeasedRefreshTokenProvider> replicas = new ArrayList<>();
        for (int i = 0; i < REPLICAS; i++) {
            replicas.add(replica("replica-" + i, initial, EmulatorOAuth.tokenEndpoint(emulator), Sleeper.SYSTEM));
        }
        ExecutorService pool = Executors.newFixedThreadPool(REPLICAS);
        List<String> tokens = List.of();

        for (int round = 1; round <= ROUNDS; round++) {
            if (round % 2 == 0) {
                clock.advance(Duration.ofHours(2));
            } else {
                // Jira refused the shared token (401): every replica drops it.
                for (int i = 0; i < tokens.size(); i++) {
                    replicas.get(i).invalidate(tokens.get(i));
                }
            }
            emulator.clearRequests();
            tokens = race(pool, replicas);

            assertThat(EmulatorOAuth.refreshGrants(emulator).size()).as("refresh grants in round " + round)
                    .isEqualTo(1);
            assertThat(tokens).as("round " + round).allMatch(token -> EmulatorOAuth.accepts(emulator, token));
            assertThat(tokens).as("round " + round + ": one token for all").containsOnly(tokens.get(0));
        }
        pool.shutdown();
        assertThat(store().read(CONNECTION).orElseThrow().leaseHolder()).as("the lease is freed").isNull();
    }

    @Test
    void whenTheLeaseHolderDiedAfterItsRefreshAnotherReplicaTakesOverWithinTheReuseLeeway() {
        String initial = emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, EmulatorOAuth.SCOPES);
        store().save(CONNECTION, new StoredToken(initial, EmulatorOAuth.SCOPES, clock.instant()));
        // The dead replica took the lease, rotated the refresh token, and died before it wrote the new one.
        store().update(CONNECTION, entry -> entry.leasedTo("dead-pod", clock.instant().plus(Duration.ofSeconds(30))));
        EmulatorOAuth.tokenEndpoint(emulator).refresh(initial);
        Sleeper waitingMovesTheClock = duration -> clock.advance(duration);
        var survivor = replica("survivor", null, EmulatorOAuth.tokenEndpoint(emulator), waitingMovesTheClock);
        var started = clock.instant();

        String token = survivor.accessToken();

        assertThat(EmulatorOAuth.accepts(emulator, token)).isTrue();
        assertThat(Duration.between(started, clock.instant())).as("waited for the lease to expire")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        SharedToken entry = store().read(CONNECTION).orElseThrow();
        assertThat(entry.leaseHolder()).isNull();
        assertThat(entry.refreshToken()).isNotEqualTo(initial);
        assertThat(EmulatorOAuth.refreshGrants(emulator).size()).isEqualTo(2);
    }

    @Test
    void aFailedRefreshFreesTheLeaseForTheNextReplica() {
        String initial = emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, EmulatorOAuth.SCOPES);
        store().save(CONNECTION, new StoredToken(initial, EmulatorOAuth.SCOPES, clock.instant()));
        TokenRefresher unreachable = refreshToken -> {
            throw new IllegalStateException("connection refused");
        };
        var failing = replica("failing", null, unreachable, Sleeper.SYSTEM);
        var healthy = replica("healthy", null, EmulatorOAuth.tokenEndpoint(emulator), Sleeper.SYSTEM);

        assertThat(Assertions.catchThrowable(failing::accessToken))
                .hasMessageContaining("connection refused");
        assertThat(store().read(CONNECTION).orElseThrow().leaseHolder()).isNull();

        assertThat(EmulatorOAuth.accepts(emulator, healthy.accessToken())).isTrue();
    }

    private List<String> race(ExecutorService pool, List<LeasedRefreshTokenProvider> replicas) throws Exception {
        CyclicBarrier start = new CyclicBarrier(replicas.size());
        List<Callable<String>> calls = new ArrayList<>();
        for (LeasedRefreshTokenProvider replica : replicas) {
            calls.add(() -> {
                start.await();
                return replica.accessToken();
            });
        }
        List<String> tokens = new ArrayList<>();
        for (Future<String> token : pool.invokeAll(calls)) {
            tokens.add(token.get());
        }
        return tokens;
    }

    private LeasedRefreshTokenProvider replica(String name, String initialRefreshToken, TokenRefresher refresher,
            Sleeper sleeper) {
        return new LeasedRefreshTokenProvider(store(), CONNECTION, initialRefreshToken, refresher, name,
                new LeasedRefreshTokenProvider.Lease(Duration.ofSeconds(30), Duration.ofMillis(20)), clock, sleeper,
                TokenEvents.NONE);
    }

    /** Each replica talks to the API server through its own client. */
    private KubernetesSecretTokenStore store() {
        return new KubernetesSecretTokenStore(kubernetes.createClient(), NAMESPACE, SECRET);
    }
}
