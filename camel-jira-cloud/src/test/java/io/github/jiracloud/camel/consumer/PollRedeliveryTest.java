package io.github.jiracloud.camel.consumer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The failure path of the pollers: a polled item whose exchange failed is delivered again at later polls, after a
 * growing delay, holding the items behind it; after {@code maxRedeliveries} the route's error handling gets it as
 * final and the poller moves on. Time is the component's clock, moved by the test: nothing waits for a delay.
 */
class PollRedeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final SettableClock clock = new SettableClock();
    private final MemoryStateRepository pollState = new MemoryStateRepository();
    /** Every delivery: key, attempt and whether a redelivery was pending. */
    private final List<String> deliveries = new CopyOnWriteArrayList<>();
    /** What the dead letter channel got: key, attempt and the pending flag as it saw them. */
    private final List<String> deadLetters = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final AtomicInteger polls = new AtomicInteger();
    private JiraEmulator emulator;
    private JiraTestContext context;

    @BeforeEach
    void start() {
        emulator = JiraEmulator.builder().port(0).seedDemoData(false).build().start();
        newContext();
    }

    @AfterEach
    void stop() {
        context.close();
        emulator.close();
    }

    @Test
    void aFailedIssueComesAgainAfterAGrowingDelayAndHoldsTheOnesBehindIt() throws Exception {
        String first = createIssue("Fails twice");
        String second = createIssue("Waits behind it");
        failuresLeft.put(first, new AtomicInteger(2));
        addPoller("redeliveryDelay=1000&redeliveryMaxDelay=60000", true);

        await().atMost(WAIT).until(() -> deliveries.size() == 1);
        JsonNode retry = retry();
        assertThat(retry.path("failures").asInt()).as("the failure is remembered").isEqualTo(1);
        assertThat(retry.path("dueAt").asText()).isEqualTo(clock.instant().plusMillis(1000).toString());
        awaitPolls(3);
        assertThat(deliveries).as("not before its delay, and nothing overtakes it").hasSize(1);

        clock.advance(Duration.ofMillis(1000));
        await().atMost(WAIT).until(() -> deliveries.size() == 2);
        assertThat(retry().path("dueAt").asText()).as("twice the delay after the second failure")
                .isEqualTo(clock.instant().plusMillis(2000).toString());
        clock.advance(Duration.ofMillis(1999));
        awaitPolls(3);
        assertThat(deliveries).hasSize(2);

        clock.advance(Duration.ofMillis(1));
        await().atMost(WAIT).until(() -> deliveries.size() == 4);
        assertThat(deliveries).containsExactly(first + " 1 pending", first + " 2 pending", first + " 3 pending",
                second + " 1 pending");
        assertThat(deadLetters).as("the error handler saw the failures with a redelivery pending")
                .containsExactly(first + " 1 pending", first + " 2 pending");
        assertThat(retry().isMissingNode()).isTrue();
    }

    @Test
    void afterTheLastRedeliveryTheErrorHandlerGetsItAsFinalAndThePollerMovesOnForGood() throws Exception {
        String poison = createIssue("Always fails");
        String next = createIssue("Comes after it");
        failuresLeft.put(poison, new AtomicInteger(Integer.MAX_VALUE));
        addPoller("maxRedeliveries=2&redeliveryDelay=0&redeliveryMaxDelay=0", true);

        await().atMost(WAIT).until(() -> deliveries.contains(next + " 1 pending"));
        assertThat(deadLetters).containsExactly(poison + " 1 pending", poison + " 2 pending", poison + " 3 final");
        context.close();

        newContext();
        addPoller("maxRedeliveries=2&redeliveryDelay=0&redeliveryMaxDelay=0", true);
        awaitPolls(3);
        assertThat(deliveries).as("after a restart nothing comes again").hasSize(4);
    }

    @Test
    void withoutAnErrorHandlerAFailedIssueIsNeverDropped() throws Exception {
        String first = createIssue("Fails five times");
        String second = createIssue("Waits");
        failuresLeft.put(first, new AtomicInteger(5));
        addPoller("maxRedeliveries=1&redeliveryDelay=0&redeliveryMaxDelay=0", false);

        await().atMost(WAIT).until(() -> deliveries.contains(second + " 1 pending"));

        assertThat(deliveries).containsExactly(first + " 1 pending", first + " 2 final", first + " 3 final",
                first + " 4 final", first + " 5 final", first + " 6 final", second + " 1 pending");
    }

    @Test
    void aFailureWaitingForItsRedeliveryOutlivesARestart() throws Exception {
        String first = createIssue("Fails once");
        failuresLeft.put(first, new AtomicInteger(1));
        addPoller("redeliveryDelay=60000", true);
        await().atMost(WAIT).until(() -> deliveries.size() == 1);
        context.close();

        newContext();
        addPoller("redeliveryDelay=60000", true);
        awaitPolls(3);
        assertThat(deliveries).as("the restart does not skip the delay").hasSize(1);
        clock.advance(Duration.ofMinutes(1));

        await().atMost(WAIT).until(() -> deliveries.size() == 2);
        assertThat(deliveries).containsExactly(first + " 1 pending", first + " 2 pending");
    }

    @Test
    void anErrorHandlerThatRemovesThePendingFlagTakesTheFailureAsFinalAtOnce() throws Exception {
        String first = createIssue("Bad data");
        String second = createIssue("Fine");
        failuresLeft.put(first, new AtomicInteger(Integer.MAX_VALUE));
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(IllegalStateException.class).handled(true)
                        .removeProperty(JiraConstants.REDELIVERY_PENDING);
                from(pollerUri("")).routeId("poller").process(PollRedeliveryTest.this::deliver);
            }
        });

        await().atMost(WAIT).until(() -> deliveries.contains(second + " 1 pending"));
        assertThat(deliveries).containsExactly(first + " 1 pending", second + " 1 pending");
    }

    @Test
    void aFailedCommentComesAgainAndTheErrorHandlerGetsItOnlyAtTheEnd() throws Exception {
        String issue = createIssue("Discussed");
        String comment = addComment(issue, "Fails twice");
        String later = addComment(issue, "Later");
        failuresLeft.put(comment, new AtomicInteger(Integer.MAX_VALUE));
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("direct:dead"));
                from("direct:dead").process(exchange -> deadLetters.add(describe(exchange, JiraConstants.COMMENT_ID)));
                from("jira:comment/poll?jql=project = DEV&since=2000-01-01&delay=20&maxRedeliveries=1"
                        + "&redeliveryDelay=0&redeliveryMaxDelay=0&stateRepository=#pollState&"
                        + context.basic())
                        .routeId("comments").process(exchange -> {
                            String id = exchange.getMessage().getHeader(JiraConstants.COMMENT_ID, String.class);
                            deliveries.add(describe(exchange, JiraConstants.COMMENT_ID));
                            failIfAsked(id);
                        });
            }
        });

        await().atMost(WAIT).until(() -> deliveries.contains(later + " 1 pending"));
        assertThat(deliveries).containsExactly(comment + " 1 pending", comment + " 2 final", later + " 1 pending");
        assertThat(deadLetters).containsExactly(comment + " 1 pending", comment + " 2 final");
    }

    @Test
    void negativeRedeliveryOptionsAreRefusedWhenTheRouteIsCreated() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> addPoller("redeliveryDelay=5000&redeliveryMaxDelay=1000", true));
        assertThat(failure).hasStackTraceContaining("redeliveryMaxDelay not below redeliveryDelay");
    }

    private void newContext() {
        context = new JiraTestContext(emulator);
        context.camel().getComponent("jira", JiraComponent.class).setClock(clock);
        context.camel().getRegistry().bind("pollState", pollState);
        context.camel().getRegistry().bind("countPolls", new CountingPollStrategy());
    }

    private void addPoller(String options, boolean deadLetterChannel) throws Exception {
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                if (deadLetterChannel) {
                    errorHandler(deadLetterChannel("direct:dead"));
                    from("direct:dead").process(exchange -> deadLetters.add(describe(exchange,
                            JiraConstants.ISSUE_KEY)));
                } else {
                    errorHandler(noErrorHandler());
                }
                from(pollerUri(options)).routeId("poller").process(PollRedeliveryTest.this::deliver);
            }
        });
    }

    private String pollerUri(String options) {
        return "jira:issue/poll?jql=project = DEV&since=2000-01-01&delay=20&fields=summary"
                + "&stateRepository=#pollState&pollStrategy=#countPolls&stateKey=poller&"
                + (options.isEmpty() ? "" : options + "&") + context.basic();
    }

    private void deliver(Exchange exchange) {
        String key = exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
        deliveries.add(describe(exchange, JiraConstants.ISSUE_KEY));
        failIfAsked(key);
    }

    private void failIfAsked(String item) {
        AtomicInteger left = failuresLeft.get(item);
        if (left != null && left.getAndDecrement() > 0) {
            throw new IllegalStateException("Simulated failure of " + item);
        }
    }

    private static String describe(Exchange exchange, String idHeader) {
        return exchange.getMessage().getHeader(idHeader) + " "
                + exchange.getProperty(JiraConstants.DELIVERY_ATTEMPT) + " "
                + (Boolean.TRUE.equals(exchange.getProperty(JiraConstants.REDELIVERY_PENDING)) ? "pending" : "final");
    }

    /** The stored retry of the poller, or a missing node. */
    private JsonNode retry() throws Exception {
        return JsonCodec.MAPPER.readTree(pollState.getState("poller")).path("retry");
    }

    /** Waits until the poller has run this many more polls (each one ends in the poll strategy's commit). */
    private void awaitPolls(int count) {
        int target = polls.get() + count;
        await().atMost(WAIT).until(() -> polls.get() >= target);
    }

    private String createIssue(String summary) {
        return emulator.data().createIssue(Map.of("project", Map.of("key", "DEV"), "issuetype",
                Map.of("name", "Task"), "summary", summary));
    }

    private String addComment(String issueKey, String text) {
        Exchange added = context.send("jira:comment/add?issueKey=" + issueKey + "&" + context.basic(), text);
        assertThat(added.getException()).isNull();
        return added.getMessage().getHeader(JiraConstants.COMMENT_ID, String.class);
    }

    private final class CountingPollStrategy implements PollingConsumerPollStrategy {
        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            return true;
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            polls.incrementAndGet();
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
            return false;
        }
    }
}
