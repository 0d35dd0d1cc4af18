package io.github.jiracloud.app.flows.incident;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiracloud.app.EmbeddedEmulator;
import io.github.jiracloud.app.flows.DeadLetters;
import io.github.jiracloud.app.flows.JiraRest;
import io.github.jiracloud.app.ha.SharedRecords;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.SettableClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * routes/incident-intake.yaml end to end: Alertmanager's, Grafana's and the simple body become one issue per alert,
 * repeats comment at most once per interval, resolved comments and transitions, firing again reopens; what can't be
 * handled is answered 4xx with what is wrong, Jira's trouble 5xx, and nothing of this side leaks into an answer.
 */
@QuarkusTest
@TestProfile(IncidentTestProfile.class)
class IncidentIntakeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/alerts")
    URI alerts;

    @TestHTTPResource(value = "/metrics", management = true)
    URI metrics;

    @Inject
    EmbeddedEmulator embedded;

    @Inject
    DeadLetters deadLetters;

    @Inject
    SettableClock clock;

    @Inject
    @Named("incidentRecords")
    SharedRecords records;

    private JiraRest jira;

    @BeforeEach
    void connect() {
        jira = new JiraRest(embedded.emulator());
        embedded.emulator().clearValidationErrors();
    }

    @AfterEach
    void reset() {
        embedded.emulator().controls().clearFaults();
        clock.reset();
    }

    @Test
    void anAlertmanagerNotificationOpensOneIssuePerAlertFromItsAnnotationsAndLabels() throws Exception {
        String[] fingerprints = {unique(), unique()};
        HttpResponse<String> answer = AlertSenders.post(alerts, alertmanager("firing", fingerprints));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("alerts")).hasSize(2);
        assertThat(body.path("alerts").findValuesAsText("outcome")).containsOnly("created");
        JsonNode first = issue(body.path("alerts").get(0).path("key").asText());
        JsonNode fields = first.path("fields");
        assertThat(fields.path("summary").asText()).isEqualTo("Disk /data on db-1 is 97% full");
        assertThat(fields.path("priority").path("name").asText()).isEqualTo("Highest");
        assertThat(fields.path("labels").toString()).contains("alert-" + fingerprints[0], "severity-critical");
        String description = fields.path("description").toString();
        assertThat(description).contains("\"type\":\"table\"", "\"text\":\"instance\"", "\"text\":\"db-1:9100\"",
                "Only 3% of /data is left on db-1.", "Clean up or grow the volume.",
                "\"href\":\"http://prometheus.example.com:9090/graph?g0.expr=node_filesystem_avail_bytes+%3C+0.05\"",
                "\"href\":\"https://runbooks.example.com/disk-full\"");
        // The second alert has no summary annotation: the description's first line stands in.
        JsonNode second = issue(body.path("alerts").get(1).path("key").asText());
        assertThat(second.path("fields").path("summary").asText()).isEqualTo("Only 2% of /data is left on db-2.");
        assertThat(embedded.emulator().validationErrors()).isEmpty();
    }

    @Test
    void aGrafanaNotificationLinksItsDashboardPanelAndSilence() throws Exception {
        String fingerprint = unique();
        HttpResponse<String> answer = AlertSenders.post(alerts, resource("grafana-firing.json")
                .replace("FP1", fingerprint));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode fields = issue(JSON.readTree(answer.body()).path("key").asText()).path("fields");
        assertThat(fields.path("summary").asText()).isEqualTo("This alert was triggered for zone us-1");
        assertThat(fields.path("priority").path("name").asText()).isEqualTo("Medium");
        assertThat(fields.path("description").toString()).contains("\"href\":\"https://grafana.example.com/d/abc\"",
                "\"href\":\"https://grafana.example.com/d/abc?viewPanel=2\"", "Silence: ", "Dashboard: ");
    }

    @Test
    void aRepeatCommentsAtMostOncePerIntervalThenResolvedTransitionsAndFiringAgainReopens() throws Exception {
        String fingerprint = unique();
        String key = JSON.readTree(AlertSenders.post(alerts, alertmanager("firing", fingerprint)).body())
                .path("key").asText();

        for (int repeat = 0; repeat < 3; repeat++) {
            HttpResponse<String> again = AlertSenders.post(alerts, alertmanager("firing", fingerprint));
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(again.body()).path("outcome").asText()).isEqualTo("unchanged");
        }
        assertThat(comments(key)).isEmpty();

        clock.advance(Duration.ofMinutes(61));
        assertThat(outcome(AlertSenders.post(alerts, alertmanager("firing", fingerprint)))).isEqualTo("commented");
        assertThat(outcome(AlertSenders.post(alerts, alertmanager("firing", fingerprint)))).isEqualTo("unchanged");
        assertThat(comments(key)).singleElement().asString().contains("still firing");

        HttpResponse<String> resolved = AlertSenders.post(alerts, alertmanager("resolved", fingerprint));
        assertThat(outcome(resolved)).isEqualTo("resolved");
        assertThat(status(key)).isEqualTo("Done");
        assertThat(comments(key)).hasSize(2).last().asString().contains("resolved");
        assertThat(outcome(AlertSenders.post(alerts, alertmanager("resolved", fingerprint)))).isEqualTo("unchanged");

        HttpResponse<String> firingAgain = AlertSenders.post(alerts, alertmanager("firing", fingerprint));
        assertThat(outcome(firingAgain)).isEqualTo("reopened");
        assertThat(JSON.readTree(firingAgain.body()).path("key").asText()).isEqualTo(key);
        assertThat(status(key)).isEqualTo("To Do");
        assertThat(comments(key)).hasSize(3).last().asString().contains("fired again");
        assertThat(embedded.emulator().validationErrors()).isEmpty();
    }

    @Test
    void theSimpleBodyStillWorksAndAnIssueClosedByAPersonIsReopenedWhenTheAlertStillFires() throws Exception {
        String fingerprint = "disk-" + unique();
        HttpResponse<String> first = AlertSenders.post(alerts, simple("Disk \"data\" full on db-1", fingerprint));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String key = JSON.readTree(first.body()).path("key").asText();
        assertThat(issue(key).path("fields").path("summary").asText()).isEqualTo("Disk \"data\" full on db-1");
        jira.transition(key, "31");

        clock.advance(Duration.ofMinutes(61));
        HttpResponse<String> again = AlertSenders.post(alerts, simple("Disk \"data\" full on db-1", fingerprint));

        assertThat(outcome(again)).isEqualTo("reopened");
        assertThat(status(key)).isEqualTo("To Do");
    }

    @Test
    void aBurstOfTheSameAlertOpensOneIssue() throws Exception {
        String fingerprint = unique();
        String body = alertmanager("firing", fingerprint);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                answers.add(senders.submit(() -> AlertSenders.post(alerts, body)));
            }
            List<String> keys = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isIn(200, 201);
                keys.add(JSON.readTree(answer.get().body()).path("key").asText());
            }
            assertThat(keys).containsOnly(keys.get(0));
        } finally {
            senders.shutdownNow();
        }
        assertThat(jira.search("labels = \"alert-" + fingerprint + "\"", "summary")).hasSize(1);
    }

    @Test
    void anIssueWhoseRecordWasLostIsFoundBySearchInsteadOfOpenedTwice() throws Exception {
        String fingerprint = unique();
        String key = JSON.readTree(AlertSenders.post(alerts, alertmanager("firing", fingerprint)).body())
                .path("key").asText();
        String recorded = records.get("alert-" + fingerprint).orElseThrow();
        assertThat(records.compareAndSet("alert-" + fingerprint, recorded, null, Instant.MAX)).isTrue();

        HttpResponse<String> again = AlertSenders.post(alerts, alertmanager("firing", fingerprint));

        assertThat(outcome(again)).isEqualTo("commented");
        assertThat(JSON.readTree(again.body()).path("key").asText()).isEqualTo(key);
    }

    @Test
    void bodiesThatCantBeHandledAreAnswered400WithWhatIsWrongAndNothingOfOurs() throws Exception {
        Map<String, String> wrong = Map.of(
                "{\"title\": \"no fingerprint\"}", "no fingerprint",
                "{\"alerts\": []", "not valid JSON (line 1, column 14)",
                "[1, 2]", "must be a JSON object",
                "{\"alerts\": []}", "\"alerts\" must be a non-empty array",
                "{\"status\": \"firing\", \"alerts\": [{\"status\": \"firing\"}]}", "alerts[0] has no labels",
                "{\"alerts\": [{\"status\": \"pending\", \"labels\": {\"a\": \"b\"}}]}",
                "alerts[0].status is 'pending': it must be firing or resolved");
        long before = deadLetters.count();

        for (Map.Entry<String, String> body : wrong.entrySet()) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(alerts).header("Content-Type",
                    "application/json").header("Authorization", AlertSenders.bearer(AlertSenders.TOKEN))
                    .header("X-Private-Note", "s3cr3t-header-value")
                    .POST(HttpRequest.BodyPublishers.ofString(body.getKey())));

            assertThat(answer.statusCode()).as(body.getKey()).isEqualTo(400);
            assertThat(answer.body()).as(body.getKey()).contains(body.getValue())
                    .doesNotContain("s3cr3t-header-value", AlertSenders.TOKEN, "Exception", "127.0.0.1");
            assertThat(answer.headers().map().keySet()).as(body.getKey()).noneMatch(name -> name.equalsIgnoreCase(
                    "X-Private-Note") || name.equalsIgnoreCase("Authorization"));
        }
        assertThat(deadLetters.count()).as("the caller's mistakes are not this side's failures").isEqualTo(before);
    }

    @Test
    void jiraTroubleIsAnswered503SoTheSenderRetriesAndTheAnswerTellsNothingOfThisSide() throws Exception {
        embedded.emulator().controls().injectFault(Fault.builder().method("POST").pathRegex("/rest/api/3/issue$")
                .always().respond(503, "{\"errorMessages\": [\"down for maintenance\"]}", "Retry-After", "0")
                .build());
        long before = deadLetters.count();
        String fingerprint = unique();

        HttpResponse<String> answer = AlertSenders.post(alerts, alertmanager("firing", fingerprint));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.body()).contains("send the request again later").doesNotContain("127.0.0.1",
                "/rest/api/3", "maintenance", "Exception");
        assertThat(deadLetters.count()).isGreaterThan(before);
        String exposed = send(HttpRequest.newBuilder(metrics).GET()).body();
        assertThat(exposed).contains("jira_bundle_dead_letters_total{route=\"incident-intake\"}");
        assertThat(exposed).contains("jira_bundle_alerts_total{outcome=\"created\"}");

        embedded.emulator().controls().clearFaults();
        HttpResponse<String> retried = AlertSenders.post(alerts, alertmanager("firing", fingerprint));
        assertThat(retried.statusCode()).as("the sender's retry goes through once Jira is back").isEqualTo(201);
    }

    @Test
    void anotherReplicaStillOpeningTheIssueMakesTheSenderRetryInsteadOfOpeningASecond() throws Exception {
        String fingerprint = unique();
        String claim = "{\"state\":\"claimed\",\"claim\":\"other-replica\",\"claimedAt\":\"" + clock.instant() + "\"}";
        assertThat(records.compareAndSet("alert-" + fingerprint, null, claim, Instant.now().plusSeconds(600)))
                .isTrue();

        HttpResponse<String> answer = AlertSenders.post(alerts, alertmanager("firing", fingerprint));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(jira.search("labels = \"alert-" + fingerprint + "\"", "summary")).isEmpty();
        clock.advance(Duration.ofMinutes(3));
        assertThat(AlertSenders.post(alerts, alertmanager("firing", fingerprint)).statusCode())
                .as("a claim older than incident.claim-timeout was a replica that died").isEqualTo(201);
    }

    @Test
    void sendersAuthenticateWithABearerTokenOrBasicCredentialsAndAnyOtherCallerGets401() throws Exception {
        String fingerprint = unique();
        String body = simple("Auth", fingerprint);

        HttpResponse<String> none = AlertSenders.post(alerts, body, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("Bearer", "Basic");
        assertThat(AlertSenders.post(alerts, body, AlertSenders.bearer("a-guess")).statusCode()).isEqualTo(401);
        assertThat(AlertSenders.post(alerts, body, AlertSenders.basic(AlertSenders.BASIC_USER, "a-guess"))
                .statusCode()).isEqualTo(401);
        assertThat(AlertSenders.post(alerts, body, AlertSenders.basic("admin", "test-admin-password")).statusCode())
                .as("the administrator's login is not an alert sender's").isEqualTo(401);
        assertThat(jira.search("labels = \"alert-" + fingerprint + "\"", "summary")).isEmpty();

        assertThat(AlertSenders.post(alerts, body, AlertSenders.bearer(AlertSenders.TOKEN)).statusCode())
                .isEqualTo(201);
        assertThat(AlertSenders.post(alerts, body, AlertSenders.bearer(AlertSenders.PREVIOUS_TOKEN)).statusCode())
                .as("the token being rotated out").isEqualTo(200);
        assertThat(AlertSenders.post(alerts, body, AlertSenders.basic(AlertSenders.BASIC_USER,
                AlertSenders.BASIC_PASSWORD)).statusCode()).isEqualTo(200);
    }

    private String outcome(HttpResponse<String> answer) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
        return JSON.readTree(answer.body()).path("outcome").asText();
    }

    private JsonNode issue(String key) throws Exception {
        return jira.get("/rest/api/3/issue/" + key);
    }

    private String status(String key) throws Exception {
        return issue(key).path("fields").path("status").path("name").asText();
    }

    private List<JsonNode> comments(String key) throws Exception {
        List<JsonNode> comments = new ArrayList<>();
        jira.get("/rest/api/3/issue/" + key + "/comment").path("comments").forEach(comments::add);
        return comments;
    }

    static String alertmanager(String status, String... fingerprints) throws IOException {
        String body = resource("alertmanager-firing.json").replace("\"status\": \"firing\"",
                "\"status\": \"" + status + "\"");
        JsonNode tree = JSON.readTree(body.replace("FP1", fingerprints[0])
                .replace("FP2", fingerprints.length > 1 ? fingerprints[1] : "unused"));
        if (fingerprints.length == 1) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("alerts")).remove(1);
        }
        return tree.toString();
    }

    static String simple(String title, String fingerprint) throws IOException {
        return JSON.writeValueAsString(Map.of("title", title, "text", "Seen by the monitoring.",
                "severity", "critical", "fingerprint", fingerprint));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = IncidentIntakeTest.class.getResourceAsStream("/alerts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
