package io.github.jiracloud.app.failed;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiracloud.app.AdminRequests;
import io.github.jiracloud.app.EmbeddedEmulator;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's walk-through, end to end in the bundle: a flow fails while Jira refuses to create issues, the failure
 * shows on {@code /jira/failed-exchanges} (page, JSON, metrics, health), Jira comes back, a replay makes the issue
 * and removes the entry; discards, filters, the admin login, and changes from another site refused.
 */
@QuarkusTest
class FailedExchangesWalkThroughTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URI root;

    @TestHTTPResource(value = "/metrics", management = true)
    URI metrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URI readiness;

    @Inject
    EmbeddedEmulator embedded;

    @Inject
    FailedExchanges store;

    private AdminRequests admin;
    private JiraEmulator emulator;

    @BeforeEach
    void connect() {
        admin = new AdminRequests(root);
        emulator = embedded.emulator();
    }

    @AfterEach
    void jiraIsBack() {
        emulator.controls().clearFaults();
    }

    @Test
    void anAlertJiraRefusedIsKeptAndItsReplayOpensTheIssueOnceJiraTakesIt() throws Exception {
        jiraRefusesCreates(400);
        String fingerprint = "walk-" + UUID.randomUUID();
        HttpResponse<String> alert = postAlert(fingerprint);
        assertThat(alert.statusCode()).isEqualTo(500);

        JsonNode entry = awaitEntry("incident-intake", fingerprint);
        assertThat(entry.path("error").path("type").asText())
                .isEqualTo("io.github.jiracloud.camel.error.JiraBadRequestException");
        assertThat(entry.path("input").path("headers").toString()).as("no request header is kept")
                .doesNotContain("Authorization", AlertToken.VALUE);
        String id = entry.path("id").asText();
        HttpResponse<String> page = admin.page("/jira/failed-exchanges?flow=incident-intake");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(page.body()).contains(id, "JiraBadRequestException", "Replay", "Discard");
        assertThat(admin.page("/jira/failed-exchanges/" + id).body()).contains(fingerprint);

        emulator.controls().clearFaults();
        HttpResponse<String> replay = admin.postJson("/jira/failed-exchanges/" + id + "/replay");

        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
        assertThat(AdminRequests.parse(replay).path("result").asText()).isEqualTo("replayed");
        assertThat(issuesLabelled("alert-" + fingerprint)).hasSize(1);
        assertThat(admin.send(admin.request("/jira/failed-exchanges/" + id).header("Accept", "application/json"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void anAlertThatFailsWhileJiraIsDownIsAnswered503AndLeftToItsSender() throws Exception {
        jiraRefusesCreates(500);
        String fingerprint = "down-" + UUID.randomUUID();

        assertThat(postAlert(fingerprint).statusCode()).isEqualTo(503);

        assertThat(store.list(FailedExchanges.Filter.flow("incident-intake")))
                .noneMatch(entry -> String.valueOf(entry.input().body()).contains(fingerprint));
    }

    @Test
    void thePagesAndTheApiNeedTheAdminLogin() throws Exception {
        assertThat(admin.send(admin.anonymous("/jira/failed-exchanges")).statusCode()).isEqualTo(401);
        assertThat(admin.send(admin.anonymous("/jira/failed-exchanges/replay?flow=incident-intake")
                .POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(401);
    }

    @Test
    void aPolledIssueIsRetriedBeforeItIsKeptAndAReplayOfItsFlowFromThePageMakesTheMirror() throws Exception {
        jiraRefusesCreates(500);
        String source = emulator.data().createIssue(Map.of("project", Map.of("key", "OPS"), "issuetype",
                Map.of("name", "Task"), "summary", "Mirrored after an outage", "labels", List.of("mirror")));

        JsonNode entry = awaitEntry("cross-project-mirror", source);
        assertThat(entry.path("attempts").asInt()).as("the first delivery and the test profile's 2 redeliveries")
                .isEqualTo(3);
        assertThat(entry.path("input").path("headers").path("CamelJiraIssueKey").asText()).isEqualTo(source);
        assertThat(metrics()).contains("jira_bundle_failed_exchanges{route=\"cross-project-mirror\"}");
        JsonNode health = JSON.readTree(admin.send(HttpRequest.newBuilder(readiness)).body());
        assertThat(health.path("status").asText()).as("readiness-neutral").isEqualTo("UP");
        assertThat(health.toString()).contains("failed-exchanges", "flow cross-project-mirror");

        emulator.controls().clearFaults();
        HttpResponse<String> replayAll = admin.postForm("/jira/failed-exchanges/replay", "flow=cross-project-mirror");

        assertThat(replayAll.statusCode()).isEqualTo(303);
        assertThat(replayAll.headers().firstValue("Location").orElseThrow()).contains("done=FLOW");
        assertThat(issuesLabelled("mirror-" + source)).hasSize(1);
        assertThat(store.list(FailedExchanges.Filter.flow("cross-project-mirror"))).isEmpty();
        assertThat(admin.page(replayAll.headers().firstValue("Location").orElseThrow()).body())
                .contains("Replayed 1; failed again: 0");
    }

    @Test
    void aDiscardedEntryIsGoneAndChangesFromAnotherSiteAreRefused() throws Exception {
        jiraRefusesCreates(400);
        String fingerprint = "discard-" + UUID.randomUUID();
        postAlert(fingerprint);
        String id = awaitEntry("incident-intake", fingerprint).path("id").asText();

        HttpResponse<String> forged = admin.send(admin.request("/jira/failed-exchanges/" + id + "/discard")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(store.get(id)).isPresent();

        assertThat(admin.delete("/jira/failed-exchanges/" + id).statusCode()).isEqualTo(200);
        assertThat(store.get(id)).isEmpty();
        assertThat(admin.delete("/jira/failed-exchanges/" + id).statusCode()).isEqualTo(404);
        assertThat(admin.postJson("/jira/failed-exchanges/" + id + "/replay").statusCode()).isEqualTo(404);
    }

    @Test
    void theListFiltersByFlowErrorTypeAndTime() throws Exception {
        jiraRefusesCreates(400);
        String fingerprint = "filter-" + UUID.randomUUID();
        postAlert(fingerprint);
        JsonNode entry = awaitEntry("incident-intake", fingerprint);
        String failedAt = entry.path("lastFailedAt").asText();

        assertThat(ids("/jira/failed-exchanges?errorType=JiraBadRequestException&since=" + failedAt))
                .contains(entry.path("id").asText());
        assertThat(ids("/jira/failed-exchanges?flow=bug-triage")).doesNotContain(entry.path("id").asText());
        assertThat(ids("/jira/failed-exchanges?errorType=JiraNotFoundException"))
                .doesNotContain(entry.path("id").asText());
        assertThat(ids("/jira/failed-exchanges?until=" + failedAt)).doesNotContain(entry.path("id").asText());
        assertThat(admin.send(admin.request("/jira/failed-exchanges?since=yesterday").header("Accept",
                "application/json")).statusCode()).isEqualTo(400);
    }

    /** 500: Jira is down (passing trouble); 400: Jira refuses the issue (until someone fixes the project). */
    private void jiraRefusesCreates(int status) {
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("/rest/api/3/issue$").always()
                .respond(status, "{\"errorMessages\":[\"Refused by the test\"],\"errors\":{}}").build());
    }

    private HttpResponse<String> postAlert(String fingerprint) throws Exception {
        String alert = JSON.writeValueAsString(Map.of("title", "Disk full", "text", "db-1", "severity", "critical",
                "fingerprint", fingerprint));
        return admin.send(admin.anonymous("/alerts").header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + AlertToken.VALUE)
                .POST(HttpRequest.BodyPublishers.ofString(alert)));
    }

    /** The entry of the flow whose input mentions {@code text}, once it is in the store. */
    private JsonNode awaitEntry(String flow, String text) {
        return await().atMost(WAIT).until(() -> {
            for (JsonNode listed : admin.json("/jira/failed-exchanges?flow=" + flow).path("entries")) {
                JsonNode full = admin.json("/jira/failed-exchanges/" + listed.path("id").asText());
                if (full.path("input").path("body").asText().contains(text)) {
                    return full;
                }
            }
            return null;
        }, found -> found != null);
    }

    private List<String> ids(String path) throws Exception {
        return admin.json(path).path("entries").findValuesAsText("id");
    }

    private List<String> issuesLabelled(String label) {
        return emulator.data().issueKeys(label.startsWith("alert-") ? "OPS" : "DEV").stream().filter(key -> {
            Object labels = ((Map<?, ?>) emulator.data().issue(key).orElseThrow().get("fields")).get("labels");
            return labels instanceof List<?> list && list.contains(label);
        }).toList();
    }

    private String metrics() throws Exception {
        return await().atMost(WAIT).until(() -> admin.send(HttpRequest.newBuilder(metrics)).body(),
                body -> body.contains("jira_bundle_failed_exchanges{route=\"cross-project-mirror\"} 1"));
    }

    /** application.properties: %test.incident.auth.bearer-tokens. */
    private static final class AlertToken {
        static final String VALUE = "test-alert-token-current";
    }
}
