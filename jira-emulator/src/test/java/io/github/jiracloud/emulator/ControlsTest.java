package io.github.jiracloud.emulator;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.emulator.support.JiraClient;
import io.github.jiracloud.emulator.support.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rate limits, injected faults and request recording. */
class ControlsTest {

    private static final Map<String, Object> NEW_ISSUE = Map.of("fields", IssueTest.fields("summary", "Faulty"));

    private JiraEmulator jira;
    private JiraClient client;

    @BeforeEach
    void start() {
        jira = JiraEmulator.builder().seedDemoData(false).build().start();
        client = JiraClient.basic(jira);
    }

    @AfterEach
    void stop() {
        jira.close();
    }

    @Test
    void overTheRateLimitIs429WithJirasHeaders() {
        jira.controls().rateLimit(0.1, 2);

        Reply first = client.get("/rest/api/3/myself");
        Reply second = client.get("/rest/api/3/myself");
        Reply third = client.get("/rest/api/3/myself");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(third.status()).isEqualTo(429);
        assertThat(Integer.parseInt(third.header("retry-after"))).isGreaterThanOrEqualTo(1);
        assertThat(third.header("x-ratelimit-remaining")).isEqualTo("0");
        assertThat(Instant.parse(third.header("x-ratelimit-reset"))).isAfter(Instant.now().minusSeconds(5));
        assertThat(third.header("ratelimit-reason")).isEqualTo("jira-burst-based");
        assertThat(third.errorMessages()).isNotEmpty();

        jira.controls().clearRateLimit();
        assertThat(client.get("/rest/api/3/myself").status()).isEqualTo(200);
    }

    @Test
    void aCannedResponseReplacesTheAnswerTheGivenNumberOfTimes() {
        jira.controls().injectFault(Fault.builder().method("GET").pathRegex("/myself$").times(2)
                .respond(503, "{\"errorMessages\":[\"Service unavailable\"],\"errors\":{}}", "Retry-After", "3")
                .build());

        Reply first = client.get("/rest/api/3/myself");
        Reply second = client.get("/rest/api/3/myself");
        Reply third = client.get("/rest/api/3/myself");

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.header("retry-after")).isEqualTo("3");
        assertThat(first.errorMessages()).containsExactly("Service unavailable");
        assertThat(second.status()).isEqualTo(503);
        assertThat(third.status()).isEqualTo(200);
    }

    @Test
    void cannedResponsesCanBeHtmlAndFaultsFilterByMethod() {
        jira.controls().injectFault(Fault.builder().method("POST").always()
                .respond(500, "<html><body>Oops</body></html>", "Content-Type", "text/html").build());

        Reply get = client.get("/rest/api/3/myself");
        Reply post = client.post("/rest/api/3/issue", NEW_ISSUE);
        Reply again = client.post("/rest/api/3/issue", NEW_ISSUE);

        assertThat(get.status()).isEqualTo(200);
        assertThat(post.status()).isEqualTo(500);
        assertThat(post.header("content-type")).isEqualTo("text/html");
        assertThat(post.body()).contains("Oops");
        assertThat(again.status()).isEqualTo(500);
        jira.controls().clearFaults();
        assertThat(client.post("/rest/api/3/issue", NEW_ISSUE).status()).isEqualTo(201);
    }

    @Test
    void aDelayHoldsTheAnswerBack() {
        jira.controls().injectFault(Fault.builder().delay(Duration.ofMillis(300)).build());

        long started = System.nanoTime();
        Reply reply = client.get("/rest/api/3/myself");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aDroppedConnectionLeavesNoTrace() {
        jira.controls().injectFault(Fault.builder().method("POST").dropConnection().build());

        assertThatThrownBy(() -> client.post("/rest/api/3/issue", NEW_ISSUE)).isInstanceOf(UncheckedIOException.class);
        assertThat(jira.data().issueCount("OPS")).isZero();
        assertThat(jira.requests()).last().extracting(RecordedRequest::status).isEqualTo(0);
    }

    @Test
    void aResponseDroppedAfterCommitLeavesTheOutcomeUnknownToTheClient() {
        jira.controls().injectFault(Fault.builder().method("POST").dropResponseAfterCommit().build());

        assertThatThrownBy(() -> client.post("/rest/api/3/issue", NEW_ISSUE)).isInstanceOf(UncheckedIOException.class);
        assertThat(jira.data().issueCount("OPS")).as("the issue was created").isEqualTo(1);
    }

    @Test
    void aTruncatedBodyBreaksOffMidway() {
        jira.controls().injectFault(Fault.builder().truncatedBody().build());

        assertThatThrownBy(() -> client.get("/rest/api/3/serverInfo")).isInstanceOf(UncheckedIOException.class);
        assertThat(client.get("/rest/api/3/serverInfo").status()).isEqualTo(200);
    }

    @Test
    void anEmptyBodyKeepsStatusAndHeaders() {
        jira.controls().injectFault(Fault.builder().emptyBody().build());

        Reply reply = client.get("/rest/api/3/serverInfo");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("content-type")).startsWith("application/json");
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void aGatewayErrorAfterCommitHidesAWriteThatHappened() {
        jira.controls().injectFault(Fault.builder().method("POST").pathRegex("/issue$")
                .respond(504, "<html>Gateway Timeout</html>", "Content-Type", "text/html").afterCommit().build());

        Reply reply = client.post("/rest/api/3/issue", NEW_ISSUE);

        assertThat(reply.status()).isEqualTo(504);
        assertThat(reply.body()).contains("Gateway Timeout");
        assertThat(jira.data().issueCount("OPS")).as("the issue was created all the same").isEqualTo(1);
    }

    @Test
    void aDelayAfterCommitHoldsBackTheAnswerToAWriteThatHappened() {
        jira.controls().injectFault(Fault.builder().method("POST").delay(Duration.ofMillis(300)).afterCommit().build());

        long started = System.nanoTime();
        Reply reply = client.post("/rest/api/3/issue", NEW_ISSUE);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(jira.requests()).last().extracting(RecordedRequest::status).isEqualTo(201);
    }

    @Test
    void afterCommitGoesOnlyWithAnAnswerOrADelay() {
        assertThatThrownBy(() -> Fault.builder().dropConnection().afterCommit().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("afterCommit");
    }

    @Test
    void aFaultWithAChanceStrikesSomeRequestsRepeatablyBySeed() {
        List<Integer> first = statusesUnder(Fault.builder().method("GET").always().chance(0.3, 7)
                .respond(503, "").build());
        List<Integer> second = statusesUnder(Fault.builder().method("GET").always().chance(0.3, 7)
                .respond(503, "").build());

        assertThat(first).contains(200, 503).isEqualTo(second);
        assertThat(first.stream().filter(status -> status == 503).count()).isBetween(20L, 100L);
        assertThatThrownBy(() -> Fault.builder().chance(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Integer> statusesUnder(Fault fault) {
        jira.controls().clearFaults().injectFault(fault);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            statuses.add(client.get("/rest/api/3/myself").status());
        }
        return statuses;
    }

    @Test
    void aRestartServesTheSameDataOnTheSamePort() {
        assertThat(client.post("/rest/api/3/issue", NEW_ISSUE).status()).isEqualTo(201);
        int port = jira.port();

        jira.stop();
        assertThatThrownBy(() -> client.get("/rest/api/3/issue/OPS-1")).isInstanceOf(UncheckedIOException.class);
        jira.start();

        assertThat(jira.port()).isEqualTo(port);
        assertThat(client.get("/rest/api/3/issue/OPS-1").json()).containsEntry("key", "OPS-1");
    }

    @Test
    void requestsAreRecordedWithoutCredentials() {
        jira.clearRequests();
        client.post("/rest/api/3/issue", NEW_ISSUE);
        client.get("/rest/api/3/issue/OPS-1?fields=summary");

        List<RecordedRequest> requests = jira.requests();

        assertThat(requests).hasSize(2);
        RecordedRequest create = requests.get(0);
        assertThat(create.method()).isEqualTo("POST");
        assertThat(create.path()).isEqualTo("/rest/api/3/issue");
        assertThat(create.status()).isEqualTo(201);
        assertThat(create.body()).contains("Faulty");
        assertThat(create.header("Authorization")).contains("Basic");
        assertThat(requests.get(1).query()).isEqualTo("fields=summary");
        assertThat(requests.get(1).requestId()).isNotBlank();
    }

    @Test
    void aFaultNeedsExactlyOneBehaviour() {
        assertThatThrownBy(() -> Fault.builder().build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Fault.builder().dropConnection().emptyBody())
                .isInstanceOf(IllegalStateException.class);
    }
}
