package io.github.jiracloud.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests to the bundle's admin pages and APIs under {@code /jira/}, as an operator's browser or script makes them,
 * logged in as the test profile's administrator ({@code %test.jira.admin.credentials}). The one place the tests build
 * such requests, so the one place that knows the login.
 */
public final class AdminRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** application.properties: %test.jira.admin.credentials. */
    private static final String ADMIN = "admin:test-admin-password";

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    /** @param base the application's root, e.g. {@code @TestHTTPResource("/") URI} */
    public AdminRequests(URI base) {
        this.base = base;
    }

    /** A request to a path of the application, as the admin. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8)));
    }

    /** The same request without the login. */
    public HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(base.resolve(path));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET as a browser asks for a page. */
    public HttpResponse<String> page(String path) throws Exception {
        return send(request(path).header("Accept", "text/html,application/xhtml+xml"));
    }

    /** GET as a script asks for JSON; fails unless the answer is 200. */
    public JsonNode json(String path) throws Exception {
        HttpResponse<String> response = send(request(path).header("Accept", "application/json"));
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** POST from a script, answered with JSON. */
    public HttpResponse<String> postJson(String path) throws Exception {
        return send(request(path).header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** POST of a page's form, as the browser sends it from the page itself. */
    public HttpResponse<String> postForm(String path, String form) throws Exception {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.getScheme() + "://" + base.getRawAuthority())
                .header("Sec-Fetch-Site", "same-origin").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public HttpResponse<String> delete(String path) throws Exception {
        return send(request(path).header("Accept", "application/json").DELETE());
    }

    public static JsonNode parse(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
