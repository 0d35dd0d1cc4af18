package io.github.jiracloud.app.flows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiracloud.emulator.JiraEmulator;
import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;

/** The tests' own view of the embedded emulator: plain REST calls as the demo user, and waiting for a flow. */
public final class JiraRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final JiraEmulator emulator;

    public JiraRest(JiraEmulator emulator) {
        this.emulator = emulator;
    }

    public JsonNode get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET(), 200);
    }

    public String getText(String path) throws Exception {
        String credentials = JiraEmulator.DEMO_EMAIL + ":" + JiraEmulator.DEMO_API_TOKEN;
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    byte[] getBytes(String path) throws Exception {
        String credentials = JiraEmulator.DEMO_EMAIL + ":" + JiraEmulator.DEMO_API_TOKEN;
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Moves an issue through the emulator's workflow: 21 Start Progress, 31 Done. */
    public void transition(String key, String transitionId) throws Exception {
        post("/rest/api/3/issue/" + key + "/transitions", "{\"transition\": {\"id\": \"" + transitionId + "\"}}", 204);
    }

    public JsonNode post(String path, String body, int expectedStatus) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), expectedStatus);
    }

    /** Creates an issue from Jira's own {@code fields} JSON and returns its key. */
    public String createIssue(String fieldsJson) throws Exception {
        return post("/rest/api/3/issue", "{\"fields\": " + fieldsJson + "}", 201).path("key").asText();
    }

    public JsonNode search(String jql, String... fields) throws Exception {
        return post("/rest/api/3/search/jql", JSON.writeValueAsString(Map.of("jql", jql, "fields",
                List.of(fields))), 200).path("issues");
    }

    /** How many JQL searches the emulator answered whose request mentions the text, e.g. a flow's scope. */
    public long searchesContaining(String text) {
        return emulator.requests().stream()
                .filter(request -> request.path().endsWith("/search/jql") && request.body().contains(text)).count();
    }

    /** Polls until the check returns a non-null value, failing after 30 s with the description. */
    public static <T> T await(String description, Callable<T> check) {
        return Awaitility.await(description).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(check, Objects::nonNull);
    }

    private URI uri(String path) {
        return URI.create(emulator.baseUrl() + path);
    }

    private JsonNode send(HttpRequest.Builder request, int expectedStatus) throws Exception {
        String credentials = JiraEmulator.DEMO_EMAIL + ":" + JiraEmulator.DEMO_API_TOKEN;
        HttpResponse<String> response = HTTP.send(request
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
