package io.github.jiracloud.app.tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import io.github.jiracloud.camel.auth.OAuthTokenEndpoint;
import io.github.jiracloud.camel.client.HttpTransport;
import io.github.jiracloud.camel.client.RetryPolicy;
import io.github.jiracloud.camel.client.RetryingExecutor;
import io.github.jiracloud.camel.client.Sleeper;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import org.apache.hc.client5.http.impl.classic.HttpClients;

/** The emulator as Atlassian's authorization server: its token endpoint, and what it saw. */
final class EmulatorOAuth {

    static final String SCOPES = "read:jira-work write:jira-work offline_access";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EmulatorOAuth() {
    }

    /** The component's own client of the emulator's {@code /oauth/token}, with the demo OAuth app. */
    static OAuthTokenEndpoint tokenEndpoint(JiraEmulator emulator) {
        return new OAuthTokenEndpoint(new HttpTransport(HttpClients.createDefault()),
                new RetryingExecutor(new RetryPolicy(2, Duration.ofMillis(50), Duration.ofMillis(200)), Sleeper.SYSTEM,
                        RetryingExecutor.RetryListener.NONE),
                URI.create(emulator.baseUrl() + "/oauth/token"), JiraEmulator.DEMO_CLIENT_ID,
                JiraEmulator.DEMO_CLIENT_SECRET);
    }

    /** The refresh-token grants the emulator answered. */
    static List<RecordedRequest> refreshGrants(JiraEmulator emulator) {
        return emulator.requests().stream()
                .filter(request -> request.path().equals("/oauth/token") && request.status() == 200
                        && request.body().contains("refresh_token"))
                .toList();
    }

    /** Whether Atlassian would accept this access token (its accessible-resources call needs a valid one). */
    static boolean accepts(JiraEmulator emulator, String accessToken) {
        try {
            HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(
                    URI.create(emulator.baseUrl() + "/oauth/token/accessible-resources"))
                    .header("Authorization", "Bearer " + accessToken).build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
