package io.github.jiracloud.app.onboarding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plays the browser in the consent flow with plain HTTP, one redirect at a time, so every hop can be checked. It is
 * logged in to the bundle as the test administrator (basic credentials to the application's origin only, as a
 * browser sends them), and its forms say where they come from (Origin), as a browser's do.
 */
final class ConsentDriver {

    static final String ADMIN = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));

    /** With a cookie jar of its own, as a browser: the consent is bound to the browser that started it. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI app;

    /** @param app the application's root, e.g. {@code http://localhost:41234/} */
    ConsentDriver(URI app) {
        this.app = app;
    }

    /** {@code GET /jira/connect/{connection}}: must redirect to the consent screen; returns where to. */
    URI startConnect(String connection) {
        HttpResponse<String> response = get(app.resolve("/jira/connect/" + connection));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return location(response);
    }

    /** The consent screen (the emulator's {@code /authorize}, which consents at once): returns the callback URL. */
    URI consent(URI authorizeUrl) {
        HttpResponse<String> response = get(authorizeUrl);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return location(response);
    }

    /** Connect, consent, and come back: the callback's answer. */
    HttpResponse<String> connect(String connection) {
        return get(consent(startConnect(connection)));
    }

    HttpResponse<String> get(String path) {
        return get(app.resolve(path));
    }

    HttpResponse<String> get(URI url) {
        return send(HttpRequest.newBuilder(url).GET());
    }

    HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(app.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin(app))
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** {@code scheme://host:port} of a URL, as a browser's Origin header names it. */
    static String origin(URI url) {
        return url.getScheme() + "://" + url.getRawAuthority();
    }

    static URI location(HttpResponse<?> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    static Map<String, String> query(URI url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : url.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length < 2 ? "" : URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        if (origin(built.uri()).equals(origin(app))) {
            built = HttpRequest.newBuilder(built, (name, value) -> true).header("Authorization", ADMIN).build();
        }
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
