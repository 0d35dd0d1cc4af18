package io.github.jiracloud.app.flows.incident;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Plays an alert sender: POSTs to /alerts with the test profile's credentials (application.properties, %test). */
final class AlertSenders {

    static final String TOKEN = "test-alert-token-current";
    static final String PREVIOUS_TOKEN = "test-alert-token-previous";
    static final String BASIC_USER = "alertmanager";
    static final String BASIC_PASSWORD = "test-alert-password";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private AlertSenders() {
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** With the current bearer token. */
    static HttpResponse<String> post(URI alerts, String body) {
        return post(alerts, body, bearer(TOKEN));
    }

    /** @param authorization the Authorization header, or null for none */
    static HttpResponse<String> post(URI alerts, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(alerts).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
