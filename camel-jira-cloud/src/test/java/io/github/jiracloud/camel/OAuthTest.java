package io.github.jiracloud.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.jiracloud.camel.auth.FileTokenStore;
import io.github.jiracloud.camel.auth.InMemoryTokenStore;
import io.github.jiracloud.camel.auth.StoredToken;
import io.github.jiracloud.camel.auth.TokenEvents;
import io.github.jiracloud.camel.connection.JiraConnection;
import io.github.jiracloud.camel.error.JiraConsentRequiredException;
import io.github.jiracloud.camel.error.JiraScopeException;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** OAuth 2.0 (3LO): rotation persisted before use, renewal after 401, single flight, consent again, discovery. */
class OAuthTest {

    private static final String SCOPES = "read:jira-work write:jira-work offline_access";

    private final SettableClock emulatorClock = new SettableClock();
    private JiraEmulator emulator;
    private JiraTestContext context;

    @TempDir
    Path tokenDirectory;

    @BeforeEach
    void start() {
        emulator = JiraEmulator.builder().port(0).clock(emulatorClock).build().start();
        context = new JiraTestContext(emulator);
    }

    @AfterEach
    void stop() {
        context.close();
        emulator.close();
    }

    @Test
    void everyRefreshPersistsTheRotatedTokenAndOldTokensDieAfterTheLeeway() throws Exception {
        FileTokenStore store = new FileTokenStore(tokenDirectory);
        context.camel().getRegistry().bind("fileStore", store);
        String initial = emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES);
        String uri = "jira:issue/get?issueKey=OPS-1&" + context.oauth2(initial, "fileStore");

        assertThat(context.send(uri, null).getException()).isNull();
        String rotated = store.load("default").orElseThrow().refreshToken();
        assertThat(rotated).isNotBlank().isNotEqualTo(initial);
        Path file = tokenDirectory.resolve("default.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        // The access token expires: Jira answers 401, the component refreshes once and retries.
        emulatorClock.advance(Duration.ofHours(2));
        assertThat(context.send(uri, null).getException()).isNull();
        String rotatedAgain = store.load("default").orElseThrow().refreshToken();
        assertThat(rotatedAgain).isNotEqualTo(rotated);

        // A replica that still holds the first rotated token, past the reuse leeway, must be told to consent again.
        JiraTestContext staleReplica = new JiraTestContext(emulator);
        InMemoryTokenStore staleStore = new InMemoryTokenStore();
        staleStore.save("default", new StoredToken(rotated, SCOPES, null));
        staleReplica.camel().getRegistry().bind("stale", staleStore);
        emulatorClock.advance(Duration.ofMinutes(11));
        Exchange refused = staleReplica.send("jira:issue/get?issueKey=OPS-1&" + staleReplica.oauth2(rotated, "stale"),
                null);
        staleReplica.close();

        assertThat(refused.getException()).isInstanceOf(JiraConsentRequiredException.class)
                .hasMessageContaining("consent again")
                .hasMessageNotContaining(rotated).hasMessageNotContaining(JiraEmulator.DEMO_CLIENT_SECRET);
    }

    @Test
    void tokenEventsTellARenewalWithItsExpiryAndARefusedRefreshToken() {
        List<String> events = new CopyOnWriteArrayList<>();
        ((JiraComponent) context.camel().getComponent("jira")).setTokenEvents(new TokenEvents() {
            @Override
            public void renewed(String connection, Instant expiresAt) {
                events.add("renewed " + connection + " " + (expiresAt.isAfter(Instant.now()
                        .plus(Duration.ofMinutes(50))) ? "in about an hour" : expiresAt));
            }

            @Override
            public void consentRequired(String connection, JiraConsentRequiredException reason) {
                events.add("consent " + connection);
            }
        });
        context.camel().getRegistry().bind("tokens", new InMemoryTokenStore());
        context.camel().getRegistry().bind("ops", new JiraConnection());
        String uri = "jira:issue/get?issueKey=OPS-1&connection=ops&"
                + context.oauth2(emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES), "tokens");

        assertThat(context.send(uri, null).getException()).isNull();
        emulator.revokeRefreshTokens(JiraEmulator.DEMO_CLIENT_ID);
        emulatorClock.advance(Duration.ofHours(2));
        assertThat(context.send(uri, null).getException()).isInstanceOf(JiraConsentRequiredException.class);

        assertThat(events).containsExactly("renewed ops in about an hour", "consent ops");
    }

    @Test
    void aRotatedTokenStillWorksWithinTheReuseLeeway() {
        String initial = emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES);
        context.camel().getRegistry().bind("first", new InMemoryTokenStore());
        assertThat(context.send("jira:issue/get?issueKey=OPS-1&" + context.oauth2(initial, "first"), null)
                .getException()).isNull();

        JiraTestContext other = new JiraTestContext(emulator);
        other.camel().getRegistry().bind("second", new InMemoryTokenStore());
        emulatorClock.advance(Duration.ofMinutes(5));
        Exchange reused = other.send("jira:issue/get?issueKey=OPS-1&" + other.oauth2(initial, "second"), null);
        other.close();

        assertThat(reused.getException()).isNull();
    }

    @Test
    void concurrentCallersShareOneRefresh() throws Exception {
        context.camel().getRegistry().bind("tokens", new InMemoryTokenStore());
        String uri = "jira:issue/get?issueKey=OPS-1&"
                + context.oauth2(emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES), "tokens");
        context.camel().getEndpoint(uri);
        emulator.clearRequests();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            calls.add(() -> context.send(uri, null));
        }
        for (Future<Exchange> result : pool.invokeAll(calls)) {
            assertThat(result.get().getException()).isNull();
        }
        pool.shutdown();

        assertThat(emulator.requests()).filteredOn(r -> r.path().equals("/oauth/token")).hasSize(1);
    }

    @Test
    void theCloudIdIsDiscoveredFromTheSite() {
        context.camel().getRegistry().bind("tokens", new InMemoryTokenStore());
        String options = context.oauth2(emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES), "tokens")
                .replace("cloudId=" + emulator.cloudId(), "site=" + emulator.baseUrl());

        assertThat(context.send("jira:issue/get?issueKey=OPS-1&" + options, null).getException()).isNull();
        assertThat(emulator.requests()).anyMatch(r -> r.path().equals("/_edge/tenant_info"));
        assertThat(emulator.requests()).anyMatch(r -> r.path().startsWith("/ex/jira/" + emulator.cloudId() + "/"));
    }

    @Test
    void theCloudIdIsDiscoveredFromAccessibleResourcesWithoutASite() {
        context.camel().getRegistry().bind("tokens", new InMemoryTokenStore());
        String options = context.oauth2(emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES), "tokens")
                .replace("cloudId=" + emulator.cloudId() + "&", "");

        assertThat(context.send("jira:issue/get?issueKey=OPS-1&" + options, null).getException()).isNull();
        assertThat(emulator.requests()).anyMatch(r -> r.path().equals("/oauth/token/accessible-resources"));
    }

    @Test
    void serviceAccountsUseClientCredentials() {
        String options = "auth=oauth2-client-credentials&clientId=" + JiraEmulator.DEMO_CLIENT_ID
                + "&clientSecret=RAW(" + JiraEmulator.DEMO_CLIENT_SECRET + ")&cloudId=" + emulator.cloudId()
                + "&apiUrl=" + emulator.baseUrl() + "&tokenUrl=" + emulator.baseUrl() + "/oauth/token"
                + "&allowedHosts=127.0.0.1&scopes=read:jira-work,write:jira-work";

        Exchange created = context.send("jira:issue/create?" + options,
                Map.of("project", "OPS", "issuetype", "Task", "summary", "From a service account"));

        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class)).startsWith("OPS-");
    }

    @Test
    void aMissingScopeIsATypedErrorThatNamesTheScopesAndRenewsNoToken() {
        context.camel().getRegistry().bind("tokens", new InMemoryTokenStore());
        String reader = context.oauth2(emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID,
                "read:jira-work offline_access"), "tokens");

        Exchange create = context.send("jira:issue/create?" + reader,
                Map.of("project", "OPS", "issuetype", "Task", "summary", "Needs write:jira-work"));
        Exchange sprints = context.send("jira:agile/sprints?boardId=1&" + reader, null);

        assertThat(create.getException()).isInstanceOf(JiraScopeException.class)
                .hasMessageContaining("Unauthorized; scope does not match")
                .hasMessageContaining("it needs write:jira-work, or all of")
                .hasMessageContaining("option scopes").hasMessageContaining("consent again");
        assertThat(((JiraScopeException) create.getException()).getRequiredScopes())
                .contains(Set.of("write:jira-work"));
        assertThat(sprints.getException()).isInstanceOf(JiraScopeException.class)
                .hasMessageContaining("GET /rest/agile/1.0/board/{boardId}/sprint: it needs read:sprint:jira-software");
        // One token for both calls: a refused scope renews nothing, so no refresh token is spent.
        assertThat(emulator.requests()).filteredOn(r -> r.path().equals("/oauth/token")).hasSize(1);
    }

    @Test
    void aWrongClientSecretNamesTheOptionsToCheck() {
        String initial = emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, SCOPES);
        context.camel().getRegistry().bind("tokens", new InMemoryTokenStore());
        String options = context.oauth2(initial, "tokens").replace(JiraEmulator.DEMO_CLIENT_SECRET,
                "wrong-secret-1234");

        Exchange refused = context.send("jira:issue/get?issueKey=OPS-1&" + options, null);

        assertThat(refused.getException()).hasMessageContaining("clientSecret")
                .hasMessageNotContaining("wrong-secret-1234").hasMessageNotContaining(initial);
    }
}
