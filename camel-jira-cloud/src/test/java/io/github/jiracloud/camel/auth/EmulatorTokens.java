package io.github.jiracloud.camel.auth;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import io.github.jiracloud.camel.client.HttpTransport;
import io.github.jiracloud.camel.client.RetryPolicy;
import io.github.jiracloud.camel.client.RetryingExecutor;
import io.github.jiracloud.camel.client.Sleeper;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/**
 * Token providers wired to an emulator's {@code /oauth/token} with its demo OAuth client, as the component wires them.
 */
final class EmulatorTokens {

    static final String CONNECTION = "default";
    static final String SCOPES = "read:jira-work write:jira-work offline_access";

    private EmulatorTokens() {
    }

    static RefreshTokenProvider refreshing(String emulatorBaseUrl, TokenStore store) {
        OAuthTokenEndpoint endpoint = new OAuthTokenEndpoint(new HttpTransport(HttpClients.createDefault()),
                new RetryingExecutor(new RetryPolicy(2, Duration.ofMillis(50), Duration.ofMillis(200)), Sleeper.SYSTEM,
                        RetryingExecutor.RetryListener.NONE),
                URI.create(emulatorBaseUrl + "/oauth/token"), JiraEmulator.DEMO_CLIENT_ID,
                JiraEmulator.DEMO_CLIENT_SECRET);
        return new RefreshTokenProvider(endpoint, store, CONNECTION, null, Clock.systemUTC());
    }
}
