package io.github.jiracloud.emulator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiracloud.emulator.JiraEmulator;

/** A minimal HTTP client for the emulator: one auth style, JSON in and out. */
public final class JiraClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String root;
    private final String authorization;

    private JiraClient(String root, String authorization) {
        this.root = root;
        this.authorization = authorization;
    }

    /** The site URL with the demo account's API token. */
    public static JiraClient basic(JiraEmulator emulator) {
        return basic(emulator, JiraEmulator.DEMO_EMAIL, JiraEmulator.DEMO_API_TOKEN);
    }

    public static JiraClient basic(JiraEmulator emulator, String email, String token) {
        return new JiraClient(emulator.baseUrl(), basicAuthorization(email, token));
    }

    public static String basicAuthorization(String email, String token) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    /** The OAuth gateway, {@code /ex/jira/{cloudId}}, with a Bearer token. */
    public static JiraClient bearer(JiraEmulator emulator, String accessToken) {
        return new JiraClient(emulator.baseUrl() + "/ex/jira/" + emulator.cloudId(), "Bearer " + accessToken);
    }

    public static JiraClient anonymous(String root) {
        return new JiraClient(root, null);
    }

    public static JiraClient withAuthorization(String root, String authorization) {
        return new JiraClient(root, authorization);
    }

    public Reply get(String path) {
        return send("GET", path, null, null);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Reply post(String path, Object body) {
        return send("POST", path, json(body), "application/json");
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, json(body), "application/json");
    }

    public Reply postForm(String path, String form) {
        return send("POST", path, form, "application/x-www-form-urlencoded");
    }

    public Reply send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", "application/json");
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        if (body == null || body instanceof String) {
            return (String) body;
        }
        try {
            return MAPPER.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
