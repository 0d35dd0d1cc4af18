package io.github.jiracloud.app.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiracloud.app.EmbeddedEmulator;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.auth.StoredToken;
import io.github.jiracloud.camel.auth.TokenStore;
import io.github.jiracloud.camel.error.JiraConsentRequiredException;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The component's checks reach the probes by name: a connection whose refresh token Atlassian refuses is DOWN on
 * /q/health/ready (management port) until a user consents again, and never on /q/health/live; a flow's poller shows
 * under its route's name, also behind leader election.
 */
@QuarkusTest
class ReadinessTest {

    /** The %test profile's OAuth connection alpha (application.properties), pinned to the emulator's cloud id. */
    private static final String CONNECTION = "alpha";
    private static final String CLIENT_ID = "onboarding-test-client";
    private static final String CLIENT_SECRET = "S3CR3T-client-9b1c";
    private static final String SCOPES = "read:jira-work write:jira-work offline_access";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    EmbeddedEmulator embedded;

    @Inject
    TokenStore tokens;

    @Inject
    ProducerTemplate camel;

    @TestHTTPResource(value = "/health/ready", management = true)
    URI ready;

    @TestHTTPResource(value = "/health/live", management = true)
    URI live;

    @TestHTTPResource("/")
    URI app;

    @Test
    void aRefusedRefreshTokenIsDownByNameOnReadinessUntilAUserConsentsAgain() throws Exception {
        JiraEmulator emulator = embedded.emulator();
        emulator.registerOAuthClient(CLIENT_ID, CLIENT_SECRET, app.resolve("/jira/callback").toString());
        consent(emulator);
        getIssue();
        assertThat(check(ready, "jira-connection:" + CONNECTION)).hasValueSatisfying(
                check -> assertThat(check.path("status").asText()).isEqualTo("UP"));

        // Atlassian revokes the app's refresh tokens; Jira refuses the access token, and the refresh is refused.
        emulator.revokeRefreshTokens(CLIENT_ID);
        emulator.controls().injectFault(Fault.builder().pathRegex("/rest/api/3/issue/OPS-1$").times(1)
                .respond(401, "{\"code\":401,\"message\":\"Unauthorized\"}").build());
        assertThatThrownBy(this::getIssue).isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(JiraConsentRequiredException.class);

        JsonNode refused = check(ready, "jira-connection:" + CONNECTION).orElseThrow();
        assertThat(refused.path("status").asText()).isEqualTo("DOWN");
        assertThat(refused.path("data").toString()).contains("consent-required", "consent again");
        assertThat(status(ready)).isEqualTo(503);
        // restarting the pod would not bring the consent back: liveness stays out of it
        assertThat(check(live, "jira-connection:" + CONNECTION)).isEmpty();

        consent(emulator);
        getIssue();
        assertThat(check(ready, "jira-connection:" + CONNECTION)).hasValueSatisfying(
                check -> assertThat(check.path("status").asText()).isEqualTo("UP"));
    }

    /** What the onboarding page does once the user accepted: the new refresh token goes to the token store. */
    @Test
    void aPollerBehindLeaderElectionIsReportedByItsRoute() {
        // bug-triage polls from master:bug-triage:jira:issue/poll; master: does not tell the poller its route
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(check(ready, "jira-poller:bug-triage"))
                .hasValueSatisfying(check -> assertThat(check.path("status").asText()).isEqualTo("UP")));
    }

    private void consent(JiraEmulator emulator) {
        tokens.save(CONNECTION, new StoredToken(emulator.issueRefreshToken(CLIENT_ID, SCOPES), SCOPES, null));
    }

    private void getIssue() {
        camel.requestBodyAndHeader("jira:issue/get?connection=" + CONNECTION, null, JiraConstants.ISSUE_KEY, "OPS-1");
    }

    private static Optional<JsonNode> check(URI probe, String name) throws IOException, InterruptedException {
        JsonNode answer = JSON.readTree(HTTP.send(HttpRequest.newBuilder(probe).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode check : answer.path("checks")) {
            if (check.path("name").asText().equals(name)) {
                return Optional.of(check);
            }
        }
        return Optional.empty();
    }

    private static int status(URI probe) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(probe).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
