package io.github.jiracloud.camel.actions;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraOutcomeUnknownException;
import io.github.jiracloud.camel.support.CapturedLog;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk task followed over time: the emulator and the component share one clock, and the component's waits move it,
 * so a task of 30 issues at one second each runs its course in an instant, seen in between by the backed-off polls.
 */
class BulkTaskProgressTest {

    private static final SettableClock CLOCK = new SettableClock();
    private static JiraEmulator emulator;
    private static CamelContext camel;
    private static ProducerTemplate template;

    @BeforeAll
    static void start() {
        emulator = JiraEmulator.builder().port(0).clock(CLOCK).seedDemoData(false).build().start();
        emulator.controls().bulkTaskPace(Duration.ofSeconds(2), Duration.ofSeconds(1));
        camel = new DefaultCamelContext();
        JiraComponent jira = new JiraComponent();
        jira.setSleeper(CLOCK::advance);
        jira.setClock(CLOCK);
        camel.addComponent("jira", jira);
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterAll
    static void stop() {
        camel.stop();
        emulator.close();
    }

    @Test
    void pollsWithBackoffLogTheProgressAndEndWithEveryIssue() {
        List<String> keys = emulator.data().createIssues("OPS", 30);
        emulator.clearRequests();

        Exchange done;
        try (CapturedLog log = new CapturedLog()) {
            done = send("jira:bulk/transition?transition=Done&progressInterval=0&bulkPollMaxDelay=4000", keys);

            assertThat(log.text()).contains("bulk/transition progress:").contains("of 30 issues")
                    .contains("bulk/transition finished: 30 of 30 issues");
        }
        assertThat(done.getException()).isNull();
        assertThat(done.getMessage().getBody(List.class)).hasSize(30);
        assertThat(done.getProperty(JiraConstants.PROGRESS_DONE)).isEqualTo(30);
        // 32 s of work, looked at after 1, 2, 4, then every 4 s: 10 looks, not one a second.
        assertThat(emulator.requests().stream().filter(request -> request.path().contains("/bulk/queue/")).count())
                .isBetween(9L, 11L);
    }

    @Test
    void aTaskStillRunningAfterTheTimeoutIsAnOutcomeUnknownNamingIt() {
        List<String> keys = emulator.data().createIssues("OPS", 30);

        Exchange late = send("jira:bulk/watch?bulkTimeout=10000", keys);

        assertThat(late.getException()).isInstanceOf(JiraOutcomeUnknownException.class)
                .hasMessageContaining("is still RUNNING").hasMessageContaining("bulk/status?taskId=");
        String taskId = late.getMessage().getHeader(JiraConstants.BULK_TASK_ID, String.class);
        assertThat(taskId).isNotNull();
        List<Map<String, Object>> unknown = late.getMessage().getHeader(JiraConstants.BULK_ERRORS, List.class);
        assertThat(unknown).hasSize(30).allSatisfy(error -> assertThat(error).containsEntry("status", 0)
                .containsEntry("taskId", taskId));
        CLOCK.advance(Duration.ofMinutes(1));
        Exchange status = send("jira:bulk/status", null, Map.of(JiraConstants.BULK_TASK_ID, taskId));
        assertThat(status.getMessage().getBody(Map.class).get("status")).isEqualTo("COMPLETE");
    }

    private static Exchange send(String uri, Object body) {
        return send(uri, body, Map.of());
    }

    private static Exchange send(String uri, Object body, Map<String, Object> headers) {
        String options = "site=" + emulator.baseUrl() + "&email=" + JiraEmulator.DEMO_EMAIL + "&apiToken=RAW("
                + JiraEmulator.DEMO_API_TOKEN + ")&allowedHosts=127.0.0.1";
        return template.send(uri + (uri.contains("?") ? "&" : "?") + options, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }
}
