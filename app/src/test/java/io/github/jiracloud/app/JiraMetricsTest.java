package io.github.jiracloud.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.jiracloud.emulator.Fault;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every jira: action shows on /q/metrics (management port) with its outcome, retries with their reason, Jira's 429s by
 * limit, and how long a paused connection has to go.
 */
@QuarkusTest
class JiraMetricsTest {

    @Inject
    CamelContext camel;

    @Inject
    EmbeddedEmulator embedded;

    @Inject
    JiraMetrics metrics;

    @Inject
    java.time.Clock clock;

    @TestHTTPResource(value = "/metrics", management = true)
    URI metricsUrl;

    @Test
    void callsOutcomesAndRateLimitRetriesAreExposed() throws Exception {
        embedded.emulator().controls().injectFault(Fault.builder().method("GET").pathRegex("/issue/OPS-1$").times(1)
                .respond(429, "{\"errorMessages\":[\"Rate limit exceeded.\"],\"errors\":{}}", "Retry-After", "1")
                .build());

        Exchange found = camel.createProducerTemplate().send("jira:issue/get?issueKey=OPS-1", exchange -> {
        });
        Exchange missing = camel.createProducerTemplate().send("jira:issue/get?issueKey=OPS-999999", exchange -> {
        });

        assertThat(found.getException()).isNull();
        assertThat(missing.getException()).isNotNull();
        String exposed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metricsUrl).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(exposed)
                .containsPattern("jira_calls_seconds_count\\{[^}]*operation=\"issue/get\"[^}]*outcome=\"success\"");
        assertThat(exposed)
                .containsPattern("jira_calls_seconds_count\\{[^}]*operation=\"issue/get\"[^}]*outcome=\"http_404\"");
        assertThat(exposed).containsPattern("jira_retries_total\\{[^}]*reason=\"429\"");
    }

    @Test
    void rateLimitedCallsByReasonAndTheTimeUntilAPausedConnectionResumes() throws Exception {
        embedded.emulator().controls().injectFault(Fault.builder().method("GET").pathRegex("/issue/OPS-2$").times(1)
                .respond(429, "{\"errorMessages\":[\"Rate limit exceeded.\"],\"errors\":{}}", "Retry-After", "1",
                        "RateLimit-Reason", "jira-burst-based")
                .build());
        // A made-up connection: pausing one the flows use would hold them for the hour.
        metrics.paused("quota-test", clock.instant().plusSeconds(1800));

        Exchange read = camel.createProducerTemplate().send("jira:issue/get?issueKey=OPS-2", exchange -> {
        });

        assertThat(read.getException()).isNull();
        String exposed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metricsUrl).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(exposed).containsPattern(
                "jira_rate_limited_total\\{[^}]*connection=\"default\"[^}]*reason=\"jira-burst-based\"[^}]*} 1.0");
        assertThat(exposed).containsPattern(
                "jira_connection_paused_seconds\\{connection=\"quota-test\"[^}]*} 1[78]\\d\\d");
    }
}
