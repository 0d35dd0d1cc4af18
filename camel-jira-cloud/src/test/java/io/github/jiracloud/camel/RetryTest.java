package io.github.jiracloud.camel;

import java.time.Duration;
import java.util.Map;

import io.github.jiracloud.camel.client.Sleeper;
import io.github.jiracloud.camel.error.JiraRateLimitException;
import io.github.jiracloud.camel.error.JiraServerException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Retries through the emulator's fault controls: what is retried, how long it waits, and what never is. */
class RetryTest extends EmulatorTestBase {

    private static final String RATE_LIMITED = "{\"errorMessages\":[\"Rate limit exceeded.\"],\"errors\":{}}";

    private String options;

    @BeforeAll
    static void startEmulator() {
        emulator = JiraEmulator.builder().port(0).build().start();
    }

    @BeforeEach
    void createContext() {
        emulator.controls().clearFaults();
        emulator.clearRequests();
        options = options(Connections.BASIC);
    }

    @Test
    void a429IsRetriedAfterTheRetryAfterJiraAsked() {
        emulator.controls().injectFault(Fault.builder().method("GET").pathRegex(".*/issue/OPS-1").times(2)
                .respond(429, RATE_LIMITED, "Retry-After", "3").build());

        Exchange read = context.send("jira:issue/get?issueKey=OPS-1&" + options, null);

        assertThat(read.getException()).isNull();
        assertThat(read.getMessage().getBody(Map.class)).containsEntry("key", "OPS-1");
        assertThat(context.sleeper().sleeps()).hasSize(2)
                .allSatisfy(sleep -> assertThat(sleep).isBetween(Duration.ofSeconds(3), Duration.ofMillis(4500)));
    }

    @Test
    void aPersistent429BecomesATypedRateLimitErrorAfterMaxRetries() {
        emulator.controls().injectFault(Fault.builder().pathRegex(".*/issue/OPS-1").always()
                .respond(429, RATE_LIMITED, "Retry-After", "1").build());

        Exchange read = context.send("jira:issue/get?issueKey=OPS-1&maxRetries=2&" + options, null);

        assertThat(read.getException()).isInstanceOf(JiraRateLimitException.class)
                .hasMessageContaining("Rate limit exceeded");
        assertThat(((JiraRateLimitException) read.getException()).getRetryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(context.sleeper().sleeps()).hasSize(2);
    }

    @Test
    void aCreateIsRetriedAfter503BecauseJiraDidNotProcessIt() {
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex(".*/rest/api/3/issue").times(1)
                .respond(503, "<html><body>Service Unavailable</body></html>", "Content-Type", "text/html").build());

        Exchange created = context.send("jira:issue/create?" + options,
                Map.of("project", "OPS", "issuetype", "Task", "summary", "After a 503"));

        assertThat(created.getException()).isNull();
        assertThat(context.sleeper().sleeps()).hasSize(1);
        assertThat(emulator.data().issue(created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class)))
                .isPresent();
    }

    @Test
    void aCreateWhoseAnswerIsLostIsLookedUpInsteadOfRepeated() {
        int before = emulator.data().issueCount("OPS");
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex(".*/rest/api/3/issue").times(1)
                .dropResponseAfterCommit().build());

        Exchange created = context.send("jira:issue/create?" + options,
                Map.of("project", "OPS", "issuetype", "Task", "summary", "Answer lost"));

        assertThat(created.getException()).isNull();
        assertThat(emulator.data().issueCount("OPS")).isEqualTo(before + 1);
        assertThat(created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class))
                .isEqualTo(emulator.data().issueKeys("OPS").get(before));
        assertThat(context.sleeper().sleeps()).as("the issue was found at the first look").isEmpty();
    }

    @Test
    void aReadWhoseConnectionDropsIsRetried() {
        emulator.controls().injectFault(Fault.builder().method("GET").pathRegex(".*/issue/OPS-1").times(1)
                .dropConnection().build());

        Exchange read = context.send("jira:issue/get?issueKey=OPS-1&" + options, null);

        assertThat(read.getException()).isNull();
        assertThat(context.sleeper().sleeps()).hasSize(1);
    }

    @Test
    void aProxyErrorPageBecomesAReadableServerError() {
        emulator.controls().injectFault(Fault.builder().method("GET").pathRegex(".*/issue/OPS-1").times(1)
                .respond(500, "<html><head><title>Oops</title></head><body><h1>Proxy error</h1></body></html>",
                        "Content-Type", "text/html")
                .build());

        Exchange read = context.send("jira:issue/get?issueKey=OPS-1&" + options, null);

        assertThat(read.getException()).isInstanceOf(JiraServerException.class)
                .hasMessageContaining("500").hasMessageContaining("Proxy error").hasMessageNotContaining("<h1>");
    }

    @Test
    void theRateLimiterOfTheEmulatorIsRiddenOutWithoutFailures() {
        context.camel().getComponent("jira", JiraComponent.class).setSleeper(Sleeper.SYSTEM);
        emulator.controls().rateLimit(5, 5);
        try {
            for (int i = 0; i < 10; i++) {
                assertThat(context.send("jira:issue/get?issueKey=OPS-1&" + options, null).getException()).isNull();
            }
        } finally {
            emulator.controls().clearRateLimit();
        }
    }
}
