package io.github.jiracloud.app.flows;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiracloud.app.EmbeddedEmulator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** routes/incident-intake.yaml: POST /alerts opens an issue per fingerprint and comments on repeats. */
@QuarkusTest
class IncidentIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/alerts")
    URI alerts;

    @TestHTTPResource("/q/metrics")
    URI metrics;

    @Inject
    EmbeddedEmulator embedded;

    @Inject
    DeadLetters deadLetters;

    private JiraRest jira;

    @BeforeEach
    void connect() {
        jira = new JiraRest(embedded.emulator());
    }

    @Test
    void aNewFingerprintOpensAnIssueAndARepeatCommentsOnIt() throws Exception {
        String fingerprint = "disk-" + UUID.randomUUID();

        HttpResponse<String> first = postAlert(alert("Disk \"data\" full on db-1", "critical", fingerprint));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String key = JSON.readTree(first.body()).path("key").asText();
        HttpResponse<String> repeat = postAlert(alert("Disk \"data\" full on db-1", "critical", fingerprint));

        assertThat(repeat.statusCode()).as(repeat.body()).isEqualTo(200);
        assertThat(JSON.readTree(repeat.body()).path("key").asText()).isEqualTo(key);
        JsonNode issue = jira.get("/rest/api/3/issue/" + key);
        assertThat(issue.path("fields").path("summary").asText()).isEqualTo("[critical] Disk \"data\" full on db-1");
        assertThat(issue.path("fields").path("labels").toString()).contains("alert-" + fingerprint,
                "severity-critical");
        assertThat(jira.get("/rest/api/3/issue/" + key + "/comment").path("comments").toString())
                .contains("fired again");
        assertThat(embedded.emulator().validationErrors()).isEmpty();
    }

    @Test
    void anAlertWhoseIssueIsDoneOpensANewOne() throws Exception {
        String fingerprint = "latency-" + UUID.randomUUID();
        String first = JSON.readTree(postAlert(alert("Latency", "warning", fingerprint)).body()).path("key").asText();
        jira.transition(first, "31");

        HttpResponse<String> again = postAlert(alert("Latency", "warning", fingerprint));

        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(again.body()).path("key").asText()).isNotEqualTo(first);
    }

    @Test
    void aBrokenAlertReachesTheDeadLetterFlowAndTheCallerGets500() throws Exception {
        long before = deadLetters.count();

        HttpResponse<String> response = postAlert("{\"title\": \"no fingerprint\"}");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("fingerprint");
        assertThat(deadLetters.count()).isGreaterThan(before);
        assertThat(deadLetters.newest()).anySatisfy(failure -> {
            assertThat(failure.routeId()).isEqualTo("incident-intake");
            assertThat(failure.message()).contains("fingerprint");
        });
        String exposed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(exposed).contains("jira_bundle_dead_letters_total{route=\"incident-intake\"}");
    }

    private static String alert(String title, String severity, String fingerprint) throws Exception {
        return JSON.writeValueAsString(Map.of("title", title, "text", "Seen by the monitoring.",
                "severity", severity, "fingerprint", fingerprint));
    }

    private HttpResponse<String> postAlert(String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(alerts).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
