package io.github.jiracloud.app.flows.incident;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.app.EmbeddedEmulator;
import io.github.jiracloud.app.flows.JiraRest;
import io.github.jiracloud.emulator.SettableClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The real Prometheus Alertmanager (0.25, Debian's prometheus-alertmanager) sends to the bundle's /alerts,
 * authenticated as its http_config says: alerts fire, repeat and resolve through amtool, and the issues follow
 * (created, commented once per interval, transitioned to Done). A wrong credential opens nothing. Skipped, saying so,
 * where the binary is missing, unless REQUIRE_ALERTMANAGER is set (CI as root installs it and sets it).
 */
@QuarkusTest
@TestProfile(IncidentTestProfile.class)
class AlertmanagerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TestHTTPResource("/alerts")
    URI alerts;

    @Inject
    EmbeddedEmulator embedded;

    @Inject
    SettableClock clock;

    private RealAlertmanager alertmanager;

    /** Per test, not in @BeforeAll: a class-level assumption reports 0 tests and 0 skipped, hiding the skip. */
    @BeforeEach
    void needsAlertmanager() {
        if (!RealAlertmanager.installed()) {
            String missing = "No " + RealAlertmanager.BINARY + " or " + RealAlertmanager.AMTOOL + ": the tests with "
                    + "the real Alertmanager are SKIPPED; install with: apt-get install prometheus-alertmanager";
            if (System.getenv("REQUIRE_ALERTMANAGER") != null) {
                fail(missing + " (REQUIRE_ALERTMANAGER is set, so this fails)");
            }
            System.err.println(missing);
            assumeTrue(false, missing);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (alertmanager != null) {
            alertmanager.close();
        }
        clock.reset();
    }

    @Test
    void alertsFireRepeatGainLabelsAndResolveThroughABearerToken() throws Exception {
        alertmanager = RealAlertmanager.start(alerts, """
                authorization:
                  type: Bearer
                  credentials: test-alert-token-current""");
        JiraRest jira = new JiraRest(embedded.emulator());
        String run = run();
        List<String> disk = List.of("alertname=DiskFull", "instance=db-" + run, "severity=critical");

        alertmanager.fire(disk, List.of("summary=Disk /data full on db-" + run, "description=Only 3% left."));
        String key = awaitIssue(jira, "Disk /data full on db-" + run);
        JsonNode issue = jira.get("/rest/api/3/issue/" + key);
        assertThat(issue.path("fields").path("priority").path("name").asText()).isEqualTo("Highest");
        assertThat(issue.path("fields").path("description").toString()).contains("\"text\":\"db-" + run + "\"",
                "http://prometheus.example.com:9090/graph?g0.expr=up");

        // Alertmanager repeats every 2 s; within the comment interval none of that is commented.
        awaitRepeats(2);
        assertThat(comments(jira, key)).isZero();
        clock.advance(Duration.ofMinutes(61));
        await("the repeat after the interval is commented").atMost(PATIENCE).until(() -> comments(jira, key) == 1);
        awaitRepeats(2);
        assertThat(comments(jira, key)).as("commented once").isEqualTo(1);

        // Another label: another alert (fingerprint) in the same group, another issue.
        List<String> diskAndMount = List.of("alertname=DiskFull", "instance=db-" + run, "severity=critical",
                "mountpoint=/var");
        alertmanager.fire(diskAndMount, List.of("summary=Disk /var full on db-" + run));
        String second = awaitIssue(jira, "Disk /var full on db-" + run);
        assertThat(second).isNotEqualTo(key);
        assertThat(jira.get("/rest/api/3/issue/" + second).path("fields").path("description").toString())
                .contains("\"text\":\"mountpoint\"", "\"text\":\"/var\"");

        alertmanager.resolve(disk);
        // The flow transitions first, then comments: wait for both.
        await("the resolved alert's issue is Done, with a comment saying so").atMost(PATIENCE).until(() -> "Done"
                .equals(jira.get("/rest/api/3/issue/" + key).path("fields").path("status").path("name").asText())
                && jira.get("/rest/api/3/issue/" + key + "/comment").path("comments").toString().contains("resolved"));
        assertThat(jira.get("/rest/api/3/issue/" + second).path("fields").path("status").path("name").asText())
                .isNotEqualTo("Done");
        assertThat(embedded.emulator().validationErrors()).isEmpty();
    }

    @Test
    void basicCredentialsWorkAsWell() throws Exception {
        alertmanager = RealAlertmanager.start(alerts, """
                basic_auth:
                  username: alertmanager
                  password: test-alert-password""");
        String run = run();

        alertmanager.fire(List.of("alertname=QueueBacklog", "instance=mq-" + run, "severity=warning"),
                List.of("summary=Queue backlog on mq-" + run));

        String key = awaitIssue(new JiraRest(embedded.emulator()), "Queue backlog on mq-" + run);
        assertThat(new JiraRest(embedded.emulator()).get("/rest/api/3/issue/" + key).path("fields").path("priority")
                .path("name").asText()).isEqualTo("Medium");
    }

    @Test
    void aWrongCredentialIsRefusedAndOpensNothing() throws Exception {
        alertmanager = RealAlertmanager.start(alerts, """
                authorization:
                  type: Bearer
                  credentials: a-token-nobody-configured""");
        String run = run();

        alertmanager.fire(List.of("alertname=Intruder", "instance=x-" + run), List.of("summary=Intruder " + run));

        await("Alertmanager's delivery is refused").atMost(PATIENCE).until(() -> alertmanager
                .failedNotifications() > 0);
        assertThat(alertmanager.log()).contains("401");
        assertThat(new JiraRest(embedded.emulator()).search("summary ~ \"" + run + "\"", "summary")).isEmpty();
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Waits for the issue whose summary is given, and returns its key. */
    private static String awaitIssue(JiraRest jira, String summary) {
        return await("an issue '" + summary + "'").atMost(PATIENCE).until(() -> {
            JsonNode found = jira.search("summary ~ \"" + summary.replaceAll("[^A-Za-z0-9 -]", " ") + "\"",
                    "summary");
            for (JsonNode issue : found) {
                if (issue.path("fields").path("summary").asText().equals(summary)) {
                    return issue.path("key").asText();
                }
            }
            return null;
        }, key -> key != null);
    }

    /** Waits until Alertmanager has delivered at least this many more notifications (repeats, 2 s apart). */
    private void awaitRepeats(int more) throws Exception {
        double before = alertmanager.deliveredNotifications();
        await(more + " more notifications from Alertmanager").atMost(PATIENCE)
                .until(() -> alertmanager.deliveredNotifications() >= before + more);
    }

    private static int comments(JiraRest jira, String key) throws Exception {
        return jira.get("/rest/api/3/issue/" + key + "/comment").path("comments").size();
    }
}
