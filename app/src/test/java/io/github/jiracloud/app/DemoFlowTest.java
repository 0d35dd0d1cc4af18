package io.github.jiracloud.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiracloud.emulator.JiraEmulator;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Boots the bundle with no Jira configured: the demo flow runs against the embedded emulator. */
@QuarkusTest
class DemoFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedEmulator embedded;

    @Test
    void theDemoFlowCreatesCommentsAndFindsAnIssue() throws Exception {
        JiraEmulator emulator = embedded.emulator();
        assertThat(emulator).as("no site configured, so the emulator serves the flows").isNotNull();

        JsonNode issue = awaitDemoIssue(emulator);
        String key = issue.path("key").asText();
        JsonNode comments = get(emulator, "/rest/api/3/issue/" + key + "/comment");
        assertThat(comments.path("comments")).anySatisfy(
                comment -> assertThat(comment.path("body").toString()).contains("Commented by the demo flow."));
        assertThat(issue.path("fields").path("description").toString()).contains("demo-issue-lifecycle");
        assertThat(emulator.requests()).anyMatch(r -> r.path().equals("/rest/api/3/search/jql"));
        assertThat(emulator.validationErrors()).isEmpty();
    }

    private static JsonNode awaitDemoIssue(JiraEmulator emulator) {
        return await("the demo flow creates and comments an issue").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200)).until(() -> commentedDemoIssue(emulator), Objects::nonNull);
    }

    /** The issue the demo flow created, once it has its comment; null before. */
    private static JsonNode commentedDemoIssue(JiraEmulator emulator) throws Exception {
        JsonNode found = post(emulator, "/rest/api/3/search/jql",
                "{\"jql\": \"project = OPS AND summary ~ 'route bundle'\", \"fields\": [\"summary\", "
                        + "\"description\"]}");
        if (found.path("issues").isEmpty()) {
            return null;
        }
        JsonNode issue = found.path("issues").get(0);
        String comments = "/rest/api/3/issue/" + issue.path("key").asText() + "/comment";
        return get(emulator, comments).path("total").asInt() > 0 ? issue : null;
    }

    private static JsonNode get(JiraEmulator emulator, String path) throws Exception {
        return send(emulator, HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path)).GET());
    }

    private static JsonNode post(JiraEmulator emulator, String path, String body) throws Exception {
        return send(emulator, HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonNode send(JiraEmulator emulator, HttpRequest.Builder request) throws Exception {
        String credentials = JiraEmulator.DEMO_EMAIL + ":" + JiraEmulator.DEMO_API_TOKEN;
        HttpResponse<String> response = HttpClient.newHttpClient().send(request
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
