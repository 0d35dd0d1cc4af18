package io.github.jiracloud.app.tokens;

import java.io.IOException;
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
import io.github.jiracloud.camel.client.Sleeper;
import io.github.jiracloud.camel.error.JiraTransportException;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.jiracloud.app.tokens.KubernetesSecretTokenStoreTest.NAMESPACE;
import static io.github.jiracloud.app.tokens.KubernetesSecretTokenStoreTest.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replicas sharing one connection through the token-store Secret: however many need a new access token at once, the
 * refresh token is spent once, and everyone ends with a working access token. Each replica refreshes as the bundle
 * does, through Quarkus' OIDC client ({@link OidcTokenRefresher}), against the emulator's {@code /oauth/token}, whose
 * faults stand in for an authorization server that cannot be reached.
 */
@QuarkusTest
class LeasedRefreshTokenProviderTest {

    private static final int REPLICAS = 4;
    private static final int ROUNDS = 6;
    private static final String CONNECTION = "default";

    private final SettableClock clock = new SettableClock();
    private final List<OidcTokenRefresher> refreshers = new ArrayList<>();
    private KubernetesMockServer kubernetes;
    private JiraEmulator emulator;

    @Inject
    OidcClients clients;

    @BeforeEach
    void start() {
        kubernetes = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        kubernetes.init();
        KubernetesSecretTokenStoreTest.shipped(kubernetes.createClient(), NAMESPACE, SECRET);
        emulator = JiraEmulator.builder().port(0).clock(clock).build().start();
    }

    @AfterEach
    void stop() throws IOException {
        for (OidcTokenRefresher refresher : refreshers) {
            refresher.close();
        }
        emulator.close();
        kubernetes.destroy();
    }

    @Test
    void replicasRacingForANewAccessTokenSpendOneRefreshPerRound() throws Exception {
        String initial = emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, EmulatorOAuth.SCOPES);
        List<LeasedRefreshTokenProvider> replicas = new ArrayList<>();
        for (int i = 0; i < REPLICAS; i++) {
            replicas.add(replica("replica-" + i, initial, Sleeper.SYSTEM));
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
        refresher().refresh(initial);
        Sleeper waitingMovesTheClock = duration -> clock.advance(duration);
        var survivor = replica("survivor", null, waitingMovesTheClock);
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
        var failing = replica("failing", null, Sleeper.SYSTEM);
        var healthy = replica("healthy", null, Sleeper.SYSTEM);
        // The authorization server hangs up on every token request, as when a proxy or the network drops them.
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("^/oauth/token$").always()
                .dropConnection().build());

        assertThat(Assertions.catchThrowable(failing::accessToken)).isInstanceOf(JiraTransportException.class)
                .hasMessageContaining("token endpoint");
        assertThat(emulator.requests()).as("the refresh was tried").isNotEmpty()
                .allSatisfy(request -> assertThat(request.path()).isEqualTo("/oauth/token"));
        SharedToken afterFailure = store().read(CONNECTION).orElseThrow();
        assertThat(afterFailure.leaseHolder()).isNull();
        assertThat(afterFailure.refreshToken()).as("nothing was rotated").isEqualTo(initial);

        emulator.controls().clearFaults();
        assertThat(EmulatorOAuth.accepts(emulator, healthy.accessToken())).isTrue();
        assertThat(EmulatorOAuth.refreshGrants(emulator)).hasSize(1);
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

    private LeasedRefreshTokenProvider replica(String name, String initialRefreshToken, Sleeper sleeper) {
        return new LeasedRefreshTokenProvider(store(), CONNECTION, initialRefreshToken, refresher(), name,
                new LeasedRefreshTokenProvider.Lease(Duration.ofSeconds(30), Duration.ofMillis(20)), clock, sleeper,
                TokenEvents.NONE);
    }

    /** The bundle's refresher of the emulator's demo OAuth app; each replica has its own, as each pod does. */
    private OidcTokenRefresher refresher() {
        OidcTokenRefresher refresher = OidcTokenRefresher.create(clients, CONNECTION,
                emulator.baseUrl() + "/oauth/token",
                JiraEmulator.DEMO_CLIENT_ID, JiraEmulator.DEMO_CLIENT_SECRET, "127.0.0.1", "camel.component.jira.",
                Duration.ofSeconds(10));
        refreshers.add(refresher);
        return refresher;
    }

    /** Each replica talks to the API server through its own client. */
    private KubernetesSecretTokenStore store() {
        return new KubernetesSecretTokenStore(kubernetes.createClient(), NAMESPACE, SECRET);
    }
}
