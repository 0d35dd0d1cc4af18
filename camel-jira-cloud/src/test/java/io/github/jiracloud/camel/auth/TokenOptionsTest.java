package io.github.jiracloud.camel.auth;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token options of an OAuth (3LO) endpoint, each seen where it acts: the directory that keeps the rotated refresh
 * token, and a source of access tokens from elsewhere in place of the component's own refresh.
 */
class TokenOptionsTest {

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
    void tokenStoreDirectoryKeepsTheRotatedRefreshTokenThere() {
        String initial = emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, EmulatorTokens.SCOPES);

        Exchange read = context.send("jira:issue/get?issueKey=OPS-1&tokenStoreDirectory=" + tokenDirectory
                + "&clientId=" + JiraEmulator.DEMO_CLIENT_ID + "&clientSecret=RAW(" + JiraEmulator.DEMO_CLIENT_SECRET
                + ")&refreshToken=RAW(" + initial + ")&tokenUrl=" + emulator.baseUrl() + "/oauth/token&" + gateway(),
                null);

        assertThat(read.getException()).isNull();
        assertThat(tokenDirectory.resolve(EmulatorTokens.CONNECTION + ".json")).isRegularFile();
        StoredToken stored = new FileTokenStore(tokenDirectory).load(EmulatorTokens.CONNECTION).orElseThrow();
        assertThat(stored.refreshToken()).as("the rotated one").isNotBlank().isNotEqualTo(initial);
        assertThat(refreshGrants()).last().satisfies(grant -> assertThat(grant.body()).contains(initial));
    }

    @Test
    void accessTokenProviderSuppliesTheTokensAndHearsWhenJiraRefusesOne() {
        InMemoryTokenStore store = new InMemoryTokenStore();
        String initial = emulator.issueRefreshToken(JiraEmulator.DEMO_CLIENT_ID, EmulatorTokens.SCOPES);
        store.save(EmulatorTokens.CONNECTION, new StoredToken(initial, EmulatorTokens.SCOPES, Instant.now()));
        context.camel().getRegistry().bind("elsewhere", EmulatorTokens.refreshing(emulator.baseUrl(), store));
        // No client id or secret, and a token URL where nothing listens: only the provider can get a token.
        String uri = "jira:issue/get?issueKey=OPS-1&accessTokenProvider=#elsewhere&tokenUrl=http://127.0.0.1:1/token&"
                + gateway();

        Exchange first = context.send(uri, null);

        assertThat(first.getException()).isNull();
        assertThat(first.getMessage().getBody(Map.class)).containsEntry("key", "OPS-1");
        assertThat(refreshGrants()).hasSize(1);
        assertThat(emulator.requests()).filteredOn(request -> request.path().endsWith("/rest/api/3/issue/OPS-1"))
                .singleElement().satisfies(request -> {
                    assertThat(request.path()).startsWith("/ex/jira/" + emulator.cloudId());
                    assertThat(request.header("Authorization")).hasValue("Bearer");
                });

        // The access token expires at Jira: its 401 reaches the provider, which renews once.
        emulatorClock.advance(Duration.ofHours(2));
        Exchange later = context.send(uri, null);

        assertThat(later.getException()).isNull();
        assertThat(refreshGrants()).hasSize(2);
        assertThat(store.load(EmulatorTokens.CONNECTION).orElseThrow().refreshToken()).isNotEqualTo(initial);
    }

    /** OAuth 2.0 through the emulator's gateway, to its primary site. */
    private String gateway() {
        return "auth=oauth2&cloudId=" + emulator.cloudId() + "&apiUrl=" + emulator.baseUrl()
                + "&allowedHosts=127.0.0.1";
    }

    private List<RecordedRequest> refreshGrants() {
        return emulator.requests().stream()
                .filter(request -> request.path().equals("/oauth/token") && request.status() == 200
                        && request.body().contains("refresh_token"))
                .toList();
    }
}
