package io.github.jiracloud.app.tokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;

/**
 * The emulator as Atlassian's authorization server, seen from outside: the refresh grants it answered, and whether it
 * accepts an access token. The bundle's tests refresh through the bundle's own refresher ({@link OidcTokenRefresher}).
 */
final class EmulatorOAuth {

    static final String SCOPES = "read:jira-work write:jira-work offline_access";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private EmulatorOAuth() {
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
