package io.github.jiracloud.camel.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraOutcomeUnknownException;
import io.github.jiracloud.camel.support.ClockAdvancingSleeper;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creates and comments whose answers are lost while Jira's search lags its writes by 0 s, 5 s and a minute (on the
 * emulator's clock, which the component's waits move): each one ends with exactly one issue or comment, or is reported
 * as {@link JiraOutcomeUnknownException} with its key and nothing made twice. Camel redelivers a failed exchange
 * twice, and each redelivery looks again before it writes.
 */
class ExactlyOnceUnderSearchLagTest {

    private static final String PROPERTY = "camel.idempotency";
    private static final int TRIALS_PER_KIND = 2;

    /** How one trial ended. */
    private record Outcome(LostAnswer lost, String key, int made, boolean done, boolean reportedUnknown) {
    }

    @ParameterizedTest(name = "search lag {0} s")
    @ValueSource(ints = {0, 5, 60})
    void issueCreatesStayExactlyOnce(int lagSeconds) throws Exception {
        SettableClock clock = new SettableClock();
        try (JiraEmulator emulator = JiraEmulator.builder().clock(clock)
                .searchLag(Duration.ofSeconds(lagSeconds)).build().start();
                JiraTestContext context = new JiraTestContext(emulator, new ClockAdvancingSleeper(clock))) {
            String options = Connections.BASIC.options(context, emulator);
            route(context);

            List<Outcome> outcomes = new ArrayList<>();
            for (LostAnswer lost : LostAnswer.ALL) {
                for (int trial = 0; trial < TRIALS_PER_KIND; trial++) {
                    String key = "create-" + lagSeconds + "-" + UUID.randomUUID();
                    emulator.controls().clearFaults().injectFault(lost.fault().get().method("POST")
                            .pathRegex("/rest/api/3/issue$").build());
                    Exchange sent = send(context, lost, options, "jira:issue/create?",
                            Map.of("project", "OPS", "issuetype", "Task", "summary", "Lag trial"), key);
                    outcomes.add(outcome(lost, key, sent,
                            emulator.data().issueKeysWithProperty(PROPERTY, Map.of("key", key)).size()));
                }
            }

            assertExactlyOnce(outcomes);
            assertThat(emulator.validationErrors()).isEmpty();
        }
    }

    @ParameterizedTest(name = "search lag {0} s")
    @ValueSource(ints = {0, 5, 60})
    void commentsStayExactlyOnce(int lagSeconds) throws Exception {
        SettableClock clock = new SettableClock();
        try (JiraEmulator emulator = JiraEmulator.builder().clock(clock)
                .searchLag(Duration.ofSeconds(lagSeconds)).build().start();
                JiraTestContext context = new JiraTestContext(emulator, new ClockAdvancingSleeper(clock))) {
            String options = Connections.BASIC.options(context, emulator);
            route(context);
            String issueKey = emulator.data().createIssues("OPS", 1).get(0);
            emulator.data().addComments(issueKey, 3);

            List<Outcome> outcomes = new ArrayList<>();
            for (LostAnswer lost : LostAnswer.ALL) {
                for (int trial = 0; trial < TRIALS_PER_KIND; trial++) {
                    String key = "comment-" + lagSeconds + "-" + UUID.randomUUID();
                    emulator.controls().clearFaults().injectFault(lost.fault().get().method("POST")
                            .pathRegex("/comment$").build());
                    Exchange sent = send(context, lost, options, "jira:comment/add?issueKey=" + issueKey + "&",
                            "Lag trial", key);
                    outcomes.add(outcome(lost, key, sent,
                            emulator.data().commentIdsWithProperty(PROPERTY, Map.of("key", key)).size()));
                }
            }

            assertExactlyOnce(outcomes);
            assertThat(outcomes).as("comments are read directly, not through the lagging search: every one is made")
                    .allSatisfy(outcome -> assertThat(outcome.done()).isTrue());
            assertThat(emulator.validationErrors()).isEmpty();
        }
    }

    /** 0 duplicates; 0 lost: each trial made its entity once, or was reported unknown (and made at most once). */
    private static void assertExactlyOnce(List<Outcome> outcomes) {
        assertThat(outcomes).hasSize(LostAnswer.ALL.size() * TRIALS_PER_KIND);
        assertThat(outcomes).allSatisfy(outcome -> {
            assertThat(outcome.made()).as(outcome.lost().name() + ": made at most once").isLessThanOrEqualTo(1);
            assertThat(outcome.done() && outcome.made() == 1 || outcome.reportedUnknown())
                    .as(outcome.lost().name() + ": done with its entity, or reported as outcome unknown").isTrue();
        });
        assertThat(outcomes).filteredOn(outcome -> outcome.lost().committed())
                .as("what Jira made is found, whatever the lag (a redelivery looks again)")
                .allSatisfy(outcome -> assertThat(outcome.done()).isTrue());
    }

    private static Outcome outcome(LostAnswer lost, String key, Exchange sent, int made) {
        boolean reported = sent.getException() instanceof JiraOutcomeUnknownException unknown
                && key.equals(unknown.getIdempotencyKey());
        assertThat(sent.getException() == null || reported).as(lost.name() + ": " + sent.getException()).isTrue();
        return new Outcome(lost, key, made, sent.getException() == null, reported);
    }

    private static Exchange send(JiraTestContext context, LostAnswer lost, String options, String target,
            Object body, String key) {
        return context.camel().createProducerTemplate().send("direct:write", exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeader(JiraConstants.IDEMPOTENCY_KEY, key);
            exchange.getMessage().setHeader("target", target + lost.options(options));
        });
    }

    private static void route(JiraTestContext context) throws Exception {
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().maximumRedeliveries(2).redeliveryDelay(0));
                from("direct:write").toD("${header.target}");
            }
        });
    }
}
