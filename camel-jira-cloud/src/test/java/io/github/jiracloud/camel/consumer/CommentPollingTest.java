package io.github.jiracloud.camel.consumer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/** jira:comment/poll delivers each new comment once, oldest first, across restarts, without reading quiet issues. */
class CommentPollingTest {

    private JiraEmulator emulator;
    private JiraTestContext context;
    /** Every delivery: issue key and comment id. */
    private final List<String> deliveries = new CopyOnWriteArrayList<>();
    private final SettableClock clock = new SettableClock();

    @TempDir
    Path stateDirectory;

    @BeforeEach
    void start() {
        emulator = JiraEmulator.builder().port(0).seedDemoData(false).clock(clock).build().start();
        context = new JiraTestContext(emulator);
    }

    @AfterEach
    void stop() {
        context.close();
        emulator.close();
    }

    @ParameterizedTest
    @EnumSource(Connections.class)
    void eachNewCommentIsDeliveredOnceAcrossARestart(Connections connection) throws Exception {
        String connectionOptions = connection.options(context, emulator);
        String first = createIssue("First");
        String second = createIssue("Second");
        String early = addComment(first, "Before the poller started");
        bindState();
        addPoller(connectionOptions);
        awaitDelivered(List.of(first + "#" + early));

        String late = addComment(second, "While it runs");
        awaitDelivered(List.of(second + "#" + late));
        context.close();

        context = new JiraTestContext(emulator);
        String afterRestart = addComment(first, "After the restart");
        bindState();
        addPoller(connection.options(context, emulator));
        awaitDelivered(List.of(first + "#" + afterRestart));
        awaitMorePolls(2);

        assertThat(deliveries).containsExactly(first + "#" + early, second + "#" + late, first + "#" + afterRestart);
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void onlyTheIssuesWithNewCommentsAreRead() throws Exception {
        List<String> issues = List.of(createIssue("One"), createIssue("Two"), createIssue("Three"));
        for (String issue : issues) {
            addComment(issue, "Old news on " + issue);
        }
        bindState();
        addPoller(context.basic());
        awaitDelivered(
                issues.stream().map(issue -> issue + "#" + emulator.data().comments(issue).get(0).get("id")).toList());

        // An hour later one issue gets a comment: once it is delivered, polls look at that issue only.
        clock.advance(Duration.ofHours(1));
        String fresh = addComment(issues.get(1), "News");
        awaitDelivered(List.of(issues.get(1) + "#" + fresh));
        emulator.clearRequests();
        awaitMorePolls(3);

        assertThat(deliveries).hasSize(4);
        List<String> calls = emulator.requests().stream().map(request -> request.method() + " " + request.path())
                .toList();
        assertThat(calls).anyMatch(call -> call.contains("/search/jql"));
        assertThat(calls).noneMatch(call -> call.contains(issueId(issues.get(0)) + "/comment")
                || call.contains(issueId(issues.get(2)) + "/comment"));
        assertThat(emulator.validationErrors()).isEmpty();
    }

    private String issueId(String key) {
        return String.valueOf(emulator.data().issue(key).orElseThrow().get("id"));
    }

    @Test
    void aQueryWithItsOwnOrderByIsRefusedWhenTheRouteIsCreated() {
        Throwable failure = catchThrowable(() -> context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jira:comment/poll?jql=project = DEV ORDER BY key&" + context.basic()).to("log:x");
            }
        }));
        assertThat(failure).hasStackTraceContaining("comment/poll must not have ORDER BY");
    }

    private void bindState() {
        context.camel().getRegistry().bind("fileState",
                FileStateRepository.fileStateRepository(stateDirectory.resolve("comments").toFile()));
    }

    private void addPoller(String connectionOptions) throws Exception {
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jira:comment/poll?jql=project = "
                        + "DEV&since=2000-01-01&initialDelay=0&delay=50&stateRepository=#fileState&"
                        + connectionOptions).routeId("comments").process(exchange -> deliveries.add(
                                exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY) + "#"
                                        + exchange.getMessage().getHeader(JiraConstants.COMMENT_ID)));
            }
        });
    }

    private String createIssue(String summary) {
        Exchange created = context.send("jira:issue/create?project=DEV&issueType=Task&" + context.basic(),
                Map.of("summary", summary));
        return created.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
    }

    private String addComment(String issueKey, String text) {
        Exchange added = context.send("jira:comment/add?issueKey=" + issueKey + "&" + context.basic(), text);
        assertThat(added.getException()).isNull();
        return added.getMessage().getHeader(JiraConstants.COMMENT_ID, String.class);
    }

    private void awaitDelivered(List<String> expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deliveries).containsAll(expected));
    }

    /** Waits until the poller has searched {@code polls} more times: whatever it would deliver twice, it has. */
    private void awaitMorePolls(int polls) {
        long before = searches();
        await().atMost(Duration.ofSeconds(30)).until(() -> searches() >= before + polls);
    }

    private long searches() {
        return emulator.requests().stream().filter(request -> request.path().endsWith("/search/jql")).count();
    }
}
