package io.github.jiracloud.app.tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.github.jiracloud.camel.auth.FileTokenStore;
import io.github.jiracloud.camel.auth.InMemoryTokenStore;
import io.github.jiracloud.camel.auth.RefreshTokenProvider;
import io.github.jiracloud.camel.auth.TokenEvents;
import io.github.jiracloud.camel.auth.TokenStore;
import io.github.jiracloud.camel.client.Sleeper;
import io.github.jiracloud.camel.error.JiraAuthenticationException;
import io.github.jiracloud.camel.error.JiraConsentRequiredException;
import io.github.jiracloud.camel.error.JiraTransportException;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import io.quarkus.oidc.client.OidcClients;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The bundle's OAuth access tokens from Quarkus' OIDC client, against the emulator's {@code /oauth/token}: rotation
 * saved before use, one refresh at a time (in a replica and across replicas), renewal after a 401, clear errors, and
 * no token or secret in the log. The client secret is one of the fake secrets CI looks for in the test reports.
 */
@QuarkusTest
class OidcAccessTokensTest {

    private static final String CLIENT_ID = "oidc-check-client";
    private static final String CLIENT_SECRET = "S3CR3T-client-9b1c";
    private static final String CONNECTION = "team";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Inject
    OidcClients clients;

    private JiraEmulator emulator;

    @BeforeEach
    void start() {
        emulator = JiraEmulator.builder().port(0).build().start();
        emulator.registerOAuthClient(CLIENT_ID, CLIENT_SECRET);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void theRotatedRefreshTokenIsStoredAndConcurrentCallersShareOneRefresh() throws Exception {
        String initial = issueRefreshToken();
        InMemoryTokenStore store = new InMemoryTokenStore();
        RefreshTokenProvider tokens = provider(store, initial, refresher(CLIENT_SECRET));

        List<String> accessTokens = concurrently(16, tokens::accessToken);

        assertThat(EmulatorOAuth.refreshGrants(emulator)).hasSize(1);
        assertThat(accessTokens).containsOnly(accessTokens.get(0));
        assertThat(EmulatorOAuth.accepts(emulator, accessTokens.get(0))).isTrue();
        String rotated = store.load(CONNECTION).orElseThrow().refreshToken();
        assertThat(rotated).isNotBlank().isNotEqualTo(initial);
        assertThat(store.load(CONNECTION).orElseThrow().scope()).contains("offline_access");

        // Jira refused the token (401): the next caller gets a new one, from the rotated refresh token.
        tokens.invalidate(accessTokens.get(0));
        String renewed = tokens.accessToken();

        assertThat(renewed).isNotEqualTo(accessTokens.get(0));
        assertThat(EmulatorOAuth.accepts(emulator, renewed)).isTrue();
        assertThat(EmulatorOAuth.refreshGrants(emulator)).hasSize(2).last()
                .satisfies(grant -> assertThat(grant.body()).contains("refresh_token=" + rotated));
        assertThat(store.load(CONNECTION).orElseThrow().refreshToken()).isNotEqualTo(rotated);
    }

    @Test
    void noAccessTokenIsHandedOutWhenTheRotatedRefreshTokenCannotBeSaved(@TempDir Path volumes) throws Exception {
        // The token directory is a link to a volume that is not mounted: nothing to read, and no way to write.
        Path unmounted = Files.createSymbolicLink(volumes.resolve("tokens"), volumes.resolve("not-mounted/tokens"));
        FileTokenStore store = new FileTokenStore(unmounted);
        String initial = issueRefreshToken();
        RefreshTokenProvider tokens = provider(store, initial, refresher(CLIENT_SECRET));

        Throwable failed = catchThrowable(tokens::accessToken);

        assertThat(failed)
                .hasMessageContaining("The refresh token of connection '" + CONNECTION + "' could not be saved")
                .hasMessageContaining(unmounted.toString()).hasMessageNotContaining(initial);
        assertThat(EmulatorOAuth.refreshGrants(emulator)).as("the refresh itself went through").hasSize(1);
        assertThat(store.load(CONNECTION)).isEmpty();
    }

    @Test
    void anAuthorizationServerThatFailsOrAnswersTooLateIsATransportFailureAndRotatesNothing() {
        String initial = issueRefreshToken();
        InMemoryTokenStore store = new InMemoryTokenStore();
        OidcTokenRefresher impatient = OidcTokenRefresher.create(clients, CONNECTION, emulator.baseUrl()
                + "/oauth/token", CLIENT_ID, CLIENT_SECRET, "127.0.0.1", "camel.component.jira.connections[team].",
                Duration.ofSeconds(1));
        RefreshTokenProvider tokens = provider(store, initial, impatient);

        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("^/oauth/token$").times(1)
                .respond(503, "<html><body>Service Unavailable</body></html>", "Content-Type", "text/html").build());
        Throwable down = catchThrowable(tokens::accessToken);
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("^/oauth/token$").times(1)
                .delay(Duration.ofSeconds(30)).build());
        Throwable late = catchThrowable(tokens::accessToken);

        assertThat(down).isInstanceOf(JiraTransportException.class).hasMessageContaining("token endpoint")
                .hasMessageNotContaining(initial).hasMessageNotContaining(CLIENT_SECRET);
        assertThat(late).isInstanceOf(JiraTransportException.class).hasMessageContaining("no answer")
                .hasMessageNotContaining(initial).hasMessageNotContaining(CLIENT_SECRET);
        assertThat(store.load(CONNECTION)).as("nothing rotated, nothing stored").isEmpty();
        // The refresh token still serves (the late answer's rotation is within Atlassian's reuse leeway).
        String renewed = provider(store, initial, refresher(CLIENT_SECRET)).accessToken();
        assertThat(EmulatorOAuth.accepts(emulator, renewed)).isTrue();
        assertThat(store.load(CONNECTION).orElseThrow().refreshToken()).isNotEqualTo(initial);
    }

    @Test
    void aRevokedRefreshTokenAsksForConsentAgainWithoutShowingIt() {
        String initial = issueRefreshToken();
        emulator.revokeRefreshTokens(CLIENT_ID);

        Throwable refused = catchThrowable(
                provider(new InMemoryTokenStore(), initial, refresher(CLIENT_SECRET))::accessToken);

        assertThat(refused).isInstanceOf(JiraConsentRequiredException.class)
                .hasMessageContaining("invalid_grant").hasMessageContaining("consent again")
                .hasMessageNotContaining(initial).hasMessageNotContaining(CLIENT_SECRET);
    }

    @Test
    void aWrongClientSecretNamesTheConnectionsClientSettings() {
        Throwable refused = catchThrowable(provider(new InMemoryTokenStore(), issueRefreshToken(),
                refresher("wrong-secret-5d2e"))::accessToken);

        assertThat(refused).isInstanceOf(JiraAuthenticationException.class)
                .isNotInstanceOf(JiraConsentRequiredException.class)
                .hasMessageContaining("client id and secret of connection 'team'")
                .hasMessageNotContaining("wrong-secret-5d2e");
    }

    @Test
    void aTokenUrlThatIsNotAnAbsoluteUrlIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> OidcTokenRefresher.create(clients, CONNECTION, "auth.atlassian.com/oauth/token",
                CLIENT_ID, CLIENT_SECRET, null, "camel.component.jira.connections[team].", TIMEOUT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("camel.component.jira.connections[team].token-url")
                .hasMessageNotContaining(CLIENT_SECRET);
    }

    @Test
    void theTokenUrlPassesTheSameHostRulesAsEveryUrlOfTheComponent() {
        // The client secret and the refresh token go there: never to a host outside allowedHosts, never in clear text.
        for (String tokenUrl : List.of("https://tokens.example.com/oauth/token",
                "http://auth.atlassian.com/oauth/token",
                "http://127.0.0.1:9/oauth/token")) {
            assertThatThrownBy(() -> OidcTokenRefresher.create(clients, CONNECTION, tokenUrl, CLIENT_ID, CLIENT_SECRET,
                    null, "camel.component.jira.connections[team].", TIMEOUT)).as(tokenUrl)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("camel.component.jira.connections[team].token-url")
                    .hasMessageNotContaining(CLIENT_SECRET);
        }
        assertThat(OidcTokenRefresher.create(clients, CONNECTION, "https://auth.atlassian.com/oauth/token", CLIENT_ID,
                CLIENT_SECRET, null, "camel.component.jira.", TIMEOUT)).isNotNull();
        assertThat(OidcTokenRefresher.create(clients, CONNECTION, "http://127.0.0.1:9/oauth/token", CLIENT_ID,
                CLIENT_SECRET, "127.0.0.1", "camel.component.jira.", TIMEOUT)).isNotNull();
    }

    @Test
    void replicasSharingTheSecretSpendOneRefreshThroughTheirOidcClients() throws Exception {
        KubernetesMockServer kubernetes = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
                new KubernetesCrudDispatcher(), false);
        kubernetes.init();
        KubernetesSecretTokenStoreTest.shipped(kubernetes.createClient(), "jira", "tokens");
        try {
            String initial = issueRefreshToken();
            List<LeasedRefreshTokenProvider> replicas = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                replicas.add(new LeasedRefreshTokenProvider(
                        new KubernetesSecretTokenStore(kubernetes.createClient(), "jira", "tokens"), CONNECTION,
                        initial,
                        refresher(CLIENT_SECRET), "replica-" + i,
                        new LeasedRefreshTokenProvider.Lease(Duration.ofSeconds(30), Duration.ofMillis(20)),
                        Clock.systemUTC(), Sleeper.SYSTEM, TokenEvents.NONE));
            }

            List<String> accessTokens = concurrently(replicas.size(), i -> replicas.get(i).accessToken());

            assertThat(EmulatorOAuth.refreshGrants(emulator)).hasSize(1);
            assertThat(accessTokens).containsOnly(accessTokens.get(0));
            assertThat(EmulatorOAuth.accepts(emulator, accessTokens.get(0))).isTrue();
        } finally {
            kubernetes.destroy();
        }
    }

    @Test
    void neitherTokensNorTheClientSecretAppearInTheLog() throws Exception {
        List<String> secrets = new ArrayList<>(List.of(CLIENT_SECRET));
        String initial = issueRefreshToken();
        secrets.add(initial);
        InMemoryTokenStore store = new InMemoryTokenStore();
        RefreshTokenProvider tokens = provider(store, initial, refresher(CLIENT_SECRET));
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public synchronized void publish(LogRecord record) {
                logged.add(record.getLoggerName() + " " + record.getMessage() + " " + describe(record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        // Our own debug lines are safe to switch on; the OIDC client's never are (application.properties pins them).
        Logger ours = Logger.getLogger("io.github.jiracloud");
        Level configured = ours.getLevel();
        ours.setLevel(Level.FINE);
        root.addHandler(capture);
        try {
            String first = tokens.accessToken();
            secrets.add(first);
            secrets.add(store.load(CONNECTION).orElseThrow().refreshToken());
            tokens.invalidate(first);
            secrets.add(tokens.accessToken());
            emulator.revokeRefreshTokens(CLIENT_ID);
            tokens.invalidate(secrets.get(secrets.size() - 1));
            secrets.add(store.load(CONNECTION).orElseThrow().refreshToken());
            catchThrowable(tokens::accessToken);
            catchThrowable(provider(new InMemoryTokenStore(), initial, refresher("S3CR3T-wrong-0000"))::accessToken);
            secrets.add("S3CR3T-wrong-0000");
        } finally {
            root.removeHandler(capture);
            ours.setLevel(configured);
        }

        String text;
        synchronized (capture) {
            text = String.join("\n", logged);
        }
        assertThat(text).as("the capture works").contains("Refreshed the access token of Jira connection 'team'");
        for (String secret : secrets) {
            assertThat(text).doesNotContain(secret);
        }
        assertThat(Logger.getLogger("io.quarkus.oidc.client.runtime.OidcClientImpl").isLoggable(Level.FINE)).isFalse();
        assertThat(store.toString()).doesNotContain(secrets.get(2));
    }

    private String issueRefreshToken() {
        return emulator.issueRefreshToken(CLIENT_ID, EmulatorOAuth.SCOPES);
    }

    private OidcTokenRefresher refresher(String clientSecret) {
        return OidcTokenRefresher.create(clients, CONNECTION, emulator.baseUrl() + "/oauth/token", CLIENT_ID,
                clientSecret, "127.0.0.1", "camel.component.jira.connections[team].", TIMEOUT);
    }

    private static RefreshTokenProvider provider(TokenStore store, String initial, OidcTokenRefresher refresher) {
        return new RefreshTokenProvider(refresher, store, CONNECTION, initial, Clock.systemUTC());
    }

    private static String describe(Throwable thrown) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            text.append(cause).append(' ');
        }
        return text.toString();
    }

    private interface Call {
        String run(int caller) throws Exception;
    }

    private static List<String> concurrently(int callers, Callable<String> call) throws Exception {
        return concurrently(callers, caller -> call.call());
    }

    private static List<String> concurrently(int callers, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CyclicBarrier start = new CyclicBarrier(callers);
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                int caller = i;
                calls.add(() -> {
                    start.await();
                    return call.run(caller);
                });
            }
            List<String> results = new ArrayList<>();
            for (Future<String> result : pool.invokeAll(calls)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
