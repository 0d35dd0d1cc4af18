package io.github.jiracloud.app.flows.incident;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiracloud.app.EmbeddedEmulator;
import io.github.jiracloud.app.flows.JiraRest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Jira's search lags its writes (issue 14 §3): with a lag of 0, 5 and 60 s on the emulator's clock, bursts of the same
 * alerts open each one issue (0 duplicates), and resolving and firing again at once, while search can't see those
 * issues yet, reach them all (0 missed): the flow knows its issues from the shared record, not from search.
 */
@QuarkusTest
@TestProfile(IncidentTestProfile.class)
class IncidentSearchLagTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ALERTS = 3;
    private static final int COPIES = 8;

    @TestHTTPResource("/alerts")
    URI alerts;

    @Inject
    EmbeddedEmulator embedded;

    @AfterEach
    void noLag() {
        embedded.emulator().controls().searchLag(Duration.ZERO).catchUpSearchIndex();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 60})
    void burstsOpenEachAlertOnceAndResolvingAndFiringAgainMissNone(int lagSeconds) throws Exception {
        embedded.emulator().controls().searchLag(Duration.ofSeconds(lagSeconds));
        JiraRest jira = new JiraRest(embedded.emulator());
        List<String> fingerprints = new ArrayList<>();
        for (int i = 0; i < ALERTS; i++) {
            fingerprints.add(IncidentIntakeTest.unique());
        }

        Map<String, Set<String>> keys = burst(fingerprints, "firing");

        keys.forEach((fingerprint, issues) -> assertThat(issues).as("issues of " + fingerprint).hasSize(1));
        if (lagSeconds == 60) {
            assertThat(jira.search("labels = \"alert-" + fingerprints.get(0) + "\"", "summary"))
                    .as("search does not see them yet: the lag is real").isEmpty();
        }
        for (String fingerprint : fingerprints) {
            String key = keys.get(fingerprint).iterator().next();
            HttpResponse<String> resolved = AlertSenders.post(alerts, IncidentIntakeTest.alertmanager("resolved",
                    fingerprint));
            assertThat(outcome(resolved)).as("resolved " + fingerprint).isEqualTo("resolved");
            assertThat(status(jira, key)).isEqualTo("Done");
            HttpResponse<String> again = AlertSenders.post(alerts, IncidentIntakeTest.alertmanager("firing",
                    fingerprint));
            assertThat(outcome(again)).as("fired again " + fingerprint).isEqualTo("reopened");
            assertThat(JSON.readTree(again.body()).path("key").asText()).isEqualTo(key);
        }

        embedded.emulator().controls().catchUpSearchIndex();
        for (String fingerprint : fingerprints) {
            JsonNode found = jira.search("labels = \"alert-" + fingerprint + "\"", "summary");
            assertThat(found).as("issues labelled alert-" + fingerprint).hasSize(1);
            String key = found.get(0).path("key").asText();
            assertThat(jira.get("/rest/api/3/issue/" + key + "/comment").path("comments"))
                    .as("comments on " + key + ": resolved, fired again").hasSize(2);
        }
    }

    /** Every alert COPIES times, all at once; the issue keys answered, per alert. */
    private Map<String, Set<String>> burst(List<String> fingerprints, String status) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(8);
        try {
            Map<String, List<Future<HttpResponse<String>>>> answers = new HashMap<>();
            for (int copy = 0; copy < COPIES; copy++) {
                for (String fingerprint : fingerprints) {
                    String body = IncidentIntakeTest.alertmanager(status, fingerprint);
                    answers.computeIfAbsent(fingerprint, any -> new ArrayList<>())
                            .add(senders.submit(() -> AlertSenders.post(alerts, body)));
                }
            }
            Map<String, Set<String>> keys = new HashMap<>();
            for (Map.Entry<String, List<Future<HttpResponse<String>>>> entry : answers.entrySet()) {
                for (Future<HttpResponse<String>> answer : entry.getValue()) {
                    HttpResponse<String> response = answer.get();
                    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
                    keys.computeIfAbsent(entry.getKey(), any -> new HashSet<>())
                            .add(JSON.readTree(response.body()).path("key").asText());
                }
            }
            return keys;
        } finally {
            senders.shutdownNow();
        }
    }

    private static String outcome(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
        return JSON.readTree(answer.body()).path("outcome").asText();
    }

    private static String status(JiraRest jira, String key) throws Exception {
        return jira.get("/rest/api/3/issue/" + key).path("fields").path("status").path("name").asText();
    }
}
