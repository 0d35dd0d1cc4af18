package io.github.jiracloud.camel.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.error.JiraOutcomeUnknownException;
import io.github.jiracloud.camel.error.JiraTransportException;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.EmulatorTestBase;
import io.github.jiracloud.emulator.Fault;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Exactly-once issue/create and comment/add when the outcome of the create is unknown: trials under every kind of
 * lost answer, with the issues and comments counted in the emulator per idempotency key, and Camel redeliveries of
 * the same exchange.
 */
class IdempotentCreateTest extends EmulatorTestBase {

    private static final String PROPERTY = "camel.idempotency";
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

    @AfterEach
    void clearFaults() {
        emulator.controls().clearFaults();
    }

    /**
     * Search can't show that a create did not happen (it lags), so a create whose answer was lost before Jira handled
     * it is reported as outcome unknown, with its key, after the look-up window: never sent a second time.
     */
    @Test
    void everyIssueCreateWhoseAnswerIsLostMakesExactlyOneIssueOrIsReportedUnknown() {
        Map<String, int[]> tally = new LinkedHashMap<>();
        Map<String, LostAnswer> trialKeys = new LinkedHashMap<>();
        int trials = LostAnswer.ALL.size() * 13;
        for (int trial = 0; trial < trials; trial++) {
            LostAnswer lost = LostAnswer.ALL.get(trial % LostAnswer.ALL.size());
            String key = "issue-trial-" + trial + "-" + UUID.randomUUID();
            trialKeys.put(key, lost);
            emulator.controls().clearFaults().injectFault(lost.fault().get().method("POST")
                    .pathRegex("/rest/api/3/issue$").build());

            Exchange created = context.send("jira:issue/create?" + options(lost),
                    Map.of("project", "OPS", "issuetype", "Task", "summary", "Trial " + trial),
                    Map.of(JiraConstants.IDEMPOTENCY_KEY, key));

            List<String> issues = emulator.data().issueKeysWithProperty(PROPERTY, Map.of("key", key));
            int[] counts = tally.computeIfAbsent(lost.name(), name -> new int[3]);
            counts[0]++;
            counts[1] += Math.max(0, issues.size() - 1);
            boolean reported = created.getException() instanceof JiraOutcomeUnknownException unknown
                    && key.equals(unknown.getIdempotencyKey());
            counts[2] += created.getException() == null && issues.size() == 1 || reported ? 0 : 1;
            if (lost.committed()) {
                assertThat(created.getException()).as(lost.name()).isNull();
                assertThat(issues).as(lost.name())
                        .containsExactly(created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class));
                assertThat(created.getMessage().getBody(Map.class)).containsKeys("id", "key", "self");
            } else {
                assertThat(reported).as(lost.name() + ": " + created.getException()).isTrue();
                assertThat(issues).as(lost.name()).isEmpty();
            }
        }
        // Every kind was tried equally often; none made a duplicate (second count) or went unreported (third).
        assertThat(tally).hasSize(LostAnswer.ALL.size())
                .allSatisfy((name, counts) -> assertThat(counts).containsExactly(trials / LostAnswer.ALL.size(), 0, 0));
        assertSentOnce("/rest/api/3/issue", trialKeys);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void everyCommentWhoseAnswerIsLostIsAddedExactlyOnce() {
        String issueKey = emulator.data().createIssues("OPS", 1).get(0);
        emulator.data().addComments(issueKey, 10);
        Map<String, LostAnswer> trialKeys = new LinkedHashMap<>();
        int trials = LostAnswer.ALL.size() * 3;
        for (int trial = 0; trial < trials; trial++) {
            LostAnswer lost = LostAnswer.ALL.get(trial % LostAnswer.ALL.size());
            String key = "comment-trial-" + trial + "-" + UUID.randomUUID();
            trialKeys.put(key, lost);
            emulator.controls().clearFaults().injectFault(lost.fault().get().method("POST")
                    .pathRegex("/comment$").build());

            Exchange added = context.send("jira:comment/add?issueKey=" + issueKey + "&" + options(lost),
                    "Comment of trial " + trial, Map.of(JiraConstants.IDEMPOTENCY_KEY, key));

            assertThat(added.getException()).as(lost.name()).isNull();
            assertThat(emulator.data().commentIdsWithProperty(PROPERTY, Map.of("key", key))).as(lost.name())
                    .containsExactly(added.getMessage().getHeader(JiraConstants.COMMENT_ID, String.class));
            assertThat(added.getMessage().getBody(Map.class)).containsKeys("id", "body", "created")
                    .doesNotContainKey("properties");
        }
        assertThat(emulator.data().comments(issueKey)).hasSize(10 + trials);
        assertSentAgainOnlyWhenNotDone("/comment", trialKeys);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    private String options(LostAnswer lost) {
        return lost.options(options);
    }

    /**
     * Each trial's comment was sent once when Jira had done it before the answer was lost, and twice when not (the
     * issue's comments, read directly, showed it was not there). Counted by the key in the request bodies at the end:
     * a held-back answer is recorded only when the emulator sends it.
     */
    private void assertSentAgainOnlyWhenNotDone(String pathEnd, Map<String, LostAnswer> trialKeys) {
        assertSent(pathEnd, trialKeys, lost -> lost.committed() ? 1 : 2);
    }

    /** Each trial's create was sent once, whatever became of it. */
    private void assertSentOnce(String pathEnd, Map<String, LostAnswer> trialKeys) {
        assertSent(pathEnd, trialKeys, lost -> 1);
    }

    private void assertSent(String pathEnd, Map<String, LostAnswer> trialKeys, ToIntFunction<LostAnswer> times) {
        long expected = trialKeys.values().stream().mapToLong(times::applyAsInt).sum();
        awaitRequests("POST", pathEnd, expected);
        trialKeys.forEach((key, lost) -> assertThat(emulator.requests().stream()
                .filter(request -> request.method().equals("POST") && request.path().endsWith(pathEnd)
                        && request.body().contains(key))
                .count())
                .as(lost.name()).isEqualTo(times.applyAsInt(lost)));
    }

    @Test
    void theCreateRequestCarriesTheKeyAsAnIssueProperty() {
        Exchange created = context.send("jira:issue/create?" + options,
                Map.of("project", "OPS", "issuetype", "Task", "summary", "Keyed"),
                Map.of(JiraConstants.IDEMPOTENCY_KEY, "order-4711"));

        String key = created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
        assertThat(emulator.data().issueProperty(key, PROPERTY)).contains(Map.of("key", "order-4711"));
        assertThat(created.getMessage().getHeaders()).as("the key is input only, so a later create gets its own")
                .containsEntry(JiraConstants.IDEMPOTENCY_KEY, "order-4711");
        assertThat(created.getProperty(JiraConstants.IDEMPOTENCY_PENDING)).isNull();
    }

    @Test
    void withoutIdempotentCreateALostAnswerFailsAndIsNeverRepeated() {
        int before = emulator.data().issueCount("OPS");
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("/rest/api/3/issue$")
                .dropResponseAfterCommit().build());

        Exchange created = context.send("jira:issue/create?idempotentCreate=false&" + options,
                Map.of("project", "OPS", "issuetype", "Task", "summary", "Unkeyed"));

        assertThat(created.getException()).isInstanceOf(JiraTransportException.class)
                .hasMessageContaining("not idempotent");
        assertThat(emulator.data().issueCount("OPS")).isEqualTo(before + 1);
        assertThat(creates()).isEqualTo(1);
        assertThat(requests("POST", "/search/jql")).isZero();
        assertThat(lastCreateBody()).doesNotContain(PROPERTY);
    }

    @Test
    void aRedeliveryAfterAFailedLookUpFindsTheIssueInsteadOfCreatingItAgain() throws Exception {
        // The answer is lost, and so is the search for the issue: the exchange fails, and Camel redelivers it.
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("/rest/api/3/issue$")
                .dropResponseAfterCommit().build());
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("/search/jql$")
                .respond(503, "").build());
        routeWithRedeliveries("maxRetries=0&");

        Exchange created = context.camel().createProducerTemplate().send("direct:create", exchange -> exchange
                .getMessage().setBody(Map.of("project", "OPS", "issuetype", "Task", "summary", "Redelivered")));

        assertThat(created.getException()).isNull();
        assertThat(created.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class)).isEqualTo(1);
        assertThat(creates()).as("the create was sent once, its issue found on redelivery").isEqualTo(1);
        String key = created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
        Object idempotency = emulator.data().issueProperty(key, PROPERTY).orElseThrow();
        assertThat(emulator.data().issueKeysWithProperty(PROPERTY, idempotency)).containsExactly(key);
    }

    @Test
    void aRedeliveryAfterARefusedCreateCreatesItWithTheSameKey() throws Exception {
        emulator.controls().injectFault(Fault.builder().method("POST").pathRegex("/rest/api/3/issue$")
                .respond(503, "{\"errorMessages\":[\"Try again\"],\"errors\":{}}").build());
        routeWithRedeliveries("maxRetries=0&");

        Exchange created = context.camel().createProducerTemplate().send("direct:create", exchange -> exchange
                .getMessage().setBody(Map.of("project", "OPS", "issuetype", "Task", "summary", "Second go")));

        assertThat(created.getException()).isNull();
        List<String> bodies = emulator.requests().stream()
                .filter(request -> request.method().equals("POST") && request.path().endsWith("/rest/api/3/issue"))
                .map(RecordedRequest::body).toList();
        assertThat(bodies).hasSize(2);
        String key = created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
        Object idempotency = emulator.data().issueProperty(key, PROPERTY).orElseThrow();
        assertThat(bodies)
                .allSatisfy(body -> assertThat(body).contains(((Map<?, ?>) idempotency).get("key").toString()));
        assertThat(emulator.data().issueKeysWithProperty(PROPERTY, idempotency)).containsExactly(key);
    }

    @Test
    void twoCreatesInOneExchangeGetKeysOfTheirOwn() throws Exception {
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:twice")
                        .to("jira:issue/create?" + options)
                        .setBody(constant(Map.of("project", "OPS", "issuetype", "Task", "summary", "Second")))
                        .to("jira:issue/create?" + options);
            }
        });

        Exchange done = context.camel().createProducerTemplate().send("direct:twice", exchange -> exchange.getMessage()
                .setBody(Map.of("project", "OPS", "issuetype", "Task", "summary", "First")));

        assertThat(done.getException()).isNull();
        List<Object> keys = new ArrayList<>();
        for (String issue : emulator.data().issueKeys("OPS").subList(emulator.data().issueCount("OPS") - 2,
                emulator.data().issueCount("OPS"))) {
            keys.add(emulator.data().issueProperty(issue, PROPERTY).orElseThrow());
        }
        assertThat(keys).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void aKeyLongerThanJiraKeepsIsRefusedNamingTheHeader() {
        Exchange refused = context.send("jira:issue/create?" + options,
                Map.of("project", "OPS", "issuetype", "Task", "summary", "Long key"),
                Map.of(JiraConstants.IDEMPOTENCY_KEY, "k".repeat(256)));

        assertThat(refused.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(JiraConstants.IDEMPOTENCY_KEY).hasMessageContaining("at most 255");
    }

    private void routeWithRedeliveries(String extraOptions) throws Exception {
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().maximumRedeliveries(2).redeliveryDelay(0));
                from("direct:create").to("jira:issue/create?" + extraOptions + options);
            }
        });
    }

    private long creates() {
        return requests("POST", "/rest/api/3/issue");
    }

    /**
     * The requests so far, once {@code expected} have arrived: a delayed answer is recorded when the emulator sends
     * it, after the client stopped waiting.
     */
    private long awaitRequests(String method, String pathEnd, long expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> requests(method, pathEnd) >= expected);
        return requests(method, pathEnd);
    }

    private long requests(String method, String pathEnd) {
        return emulator.requests().stream()
                .filter(request -> request.method().equals(method) && request.path().endsWith(pathEnd)).count();
    }

    private String lastCreateBody() {
        return emulator.requests().stream()
                .filter(request -> request.method().equals("POST") && request.path().endsWith("/rest/api/3/issue"))
                .reduce((first, second) -> second).orElseThrow().body();
    }
}
