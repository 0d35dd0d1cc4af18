package io.github.jiracloud.camel.consumer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/** jira:issue/poll delivers every change once, oldest first, across restarts and failures. */
class IssuePollingTest {

    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    /** Real time, unless a test moves it: then the emulator writes changes with the time it is set to. */
    private final SettableClock clock = SettableClock.ticking();
    private JiraEmulator emulator;
    private JiraTestContext context;
    private final MemoryStateRepository pollState = new MemoryStateRepository();
    /** Every delivery: issue key and the change time it carried. */
    private final List<String> deliveries = new CopyOnWriteArrayList<>();

    @TempDir
    Path stateDirectory;

    @BeforeEach
    void start() {
        emulator = JiraEmulator.builder().port(0).seedDemoData(false).clock(clock).build().start();
        context = new JiraTestContext(emulator);
        context.camel().getRegistry().bind("pollState", pollState);
    }

    @AfterEach
    void stop() {
        context.close();
        emulator.close();
    }

    @Test
    void everyChangeIsDeliveredOnceOldestFirstAcrossManyRestarts() throws Exception {
        addPoller("poller", "stateRepository=#pollState", Set.of());
        context.camel().getRouteController().startRoute("poller");
        AtomicBoolean writing = new AtomicBoolean(true);
        Map<String, String> lastUpdated = new ConcurrentHashMap<>();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 40; i++) {
                String key = emulator.data().createIssue(Map.of("project", Map.of("key", "DEV"), "issuetype",
                        Map.of("name", "Task"), "summary", "Change " + i));
                if (i % 3 == 0) {
                    update(key, "Changed again " + i);
                }
                pause(25);
            }
            writing.set(false);
        });
        writer.start();
        while (writing.get()) {
            pause(120);
            context.camel().getRouteController().stopRoute("poller");
            context.camel().getRouteController().startRoute("poller");
        }
        writer.join();

        List<String> finalChanges = new ArrayList<>();
        for (String key : emulator.data().issueKeys("DEV")) {
            finalChanges.add(key + "@" + updatedOf(key));
        }
        awaitDelivered(finalChanges);
        assertThat(deliveries).as("no change delivered twice").doesNotHaveDuplicates();
        assertThat(deliveries).containsAll(finalChanges);
        assertThat(deliveries).as("oldest first").extracting(IssuePollingTest::changeTime).isSorted();
        assertThat(emulator.validationErrors()).isEmpty();
    }

    @Test
    void aFailedExchangeIsDeliveredAgainOnTheNextPollAndTheOthersOnlyOnce() throws Exception {
        String first = emulator.data().createIssue(issue("First"));
        String second = emulator.data().createIssue(issue("Second"));
        addPoller("poller", "stateRepository=#pollState&since=2000-01-01", Set.of(first));
        context.camel().getRouteController().startRoute("poller");

        awaitDelivered(List.of(first + "@" + updatedOf(first), second + "@" + updatedOf(second)));

        assertThat(deliveries).filteredOn(d -> d.startsWith(first + "@")).hasSize(1);
        assertThat(deliveries).filteredOn(d -> d.startsWith(second + "@")).hasSize(1);
        assertThat(deliveries.indexOf(first + "@" + updatedOf(first)))
                .isLessThan(deliveries.indexOf(second + "@" + updatedOf(second)));
    }

    @Test
    void aNewContextResumesFromTheStoredPositionWithoutReplaying() throws Exception {
        FileStateRepository fileState = FileStateRepository
                .fileStateRepository(stateDirectory.resolve("poll").toFile());
        context.camel().getRegistry().bind("fileState", fileState);
        String before = emulator.data().createIssue(issue("Before the restart"));
        addPoller("poller", "stateRepository=#fileState&since=2000-01-01", Set.of());
        context.camel().getRouteController().startRoute("poller");
        awaitDelivered(List.of(before + "@" + updatedOf(before)));
        context.close();

        context = new JiraTestContext(emulator);
        context.camel().getRegistry().bind("fileState",
                FileStateRepository.fileStateRepository(stateDirectory.resolve("poll").toFile()));
        String after = emulator.data().createIssue(issue("After the restart"));
        addPoller("poller", "stateRepository=#fileState&since=2000-01-01", Set.of());
        context.camel().getRouteController().startRoute("poller");
        awaitDelivered(List.of(after + "@" + updatedOf(after)));
        awaitMorePolls(2);

        assertThat(deliveries).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void pollersSharingAStateDirectoryStartTogetherAndKeepEachOthersPositions() throws Exception {
        String bug = emulator.data().createIssue(issue("A bug"));
        int pollers = 8;
        List<String> routes = new ArrayList<>();
        for (int i = 0; i < pollers; i++) {
            routes.add("poller-" + i);
            addPoller("poller-" + i,
                    "jql=project = DEV AND summary !~ nothing" + i + "&stateDirectory=" + stateDirectory
                            + "&since=2000-01-01",
                    Set.of());
        }
        // As on a new leader, which starts its pollers at once on several threads (the bundle lost a poller so).
        ExecutorService starters = Executors.newFixedThreadPool(pollers);
        List<Future<?>> started = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        for (String route : routes) {
            started.add(starters.submit(() -> {
                ready.await();
                context.camel().getRouteController().startRoute(route);
                return null;
            }));
        }
        ready.countDown();
        for (Future<?> start : started) {
            start.get();
        }
        starters.shutdown();
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.size() >= pollers);
        assertThat(deliveries).as("each poller delivered the bug").hasSize(pollers)
                .containsOnly(bug + "@" + updatedOf(bug));
        context.close();

        Properties positions = new Properties();
        try (var in = Files.newInputStream(stateDirectory.resolve("issue-poll.properties"))) {
            positions.load(in);
        }
        assertThat(positions.stringPropertyNames()).as("one position per poller, none lost").hasSize(pollers);
    }

    @Test
    void onCreatedDeliversNewIssuesAndNotTheirLaterChanges() throws Exception {
        String first = emulator.data().createIssue(issue("First"));
        addPoller("poller", "on=created&stateRepository=#pollState&since=2000-01-01", Set.of());
        context.camel().getRouteController().startRoute("poller");
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveredKeys().contains(first));

        update(first, "Changed after it was delivered");
        String second = emulator.data().createIssue(issue("Second"));
        await().atMost(Duration.ofSeconds(30)).until(() -> deliveredKeys().contains(second));
        awaitMorePolls(2);

        assertThat(deliveredKeys()).as("the change of the first is no new issue").containsExactly(first, second);
    }

    @Test
    void overlapReachesBackForAChangeThatSearchShowsLate() throws Exception {
        Instant now = clock.instant();
        String newest = emulator.data().createIssue(issue("Newest"));
        addPoller("poller", "overlap=7200000&stateRepository=#pollState&since=2000-01-01", Set.of());
        context.camel().getRouteController().startRoute("poller");
        awaitDelivered(List.of(newest + "@" + updatedOf(newest)));

        // A change stamped an hour before the newest one delivered, which search shows only now (as Jira's index
        // can): two hours of overlap reach it, the default five minutes would not.
        clock.set(now.minus(Duration.ofHours(1)));
        String late = emulator.data().createIssue(issue("Indexed late"));
        clock.reset();

        awaitDelivered(List.of(late + "@" + updatedOf(late)));
        assertThat(deliveries).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void stateKeyKeepsThePositionWhenTheQueryChanges() throws Exception {
        String before = emulator.data().createIssue(issue("Before the query changed"));
        addPoller("first", "jql=project = DEV&stateKey=dev-issues&stateRepository=#pollState&since=2000-01-01",
                Set.of());
        context.camel().getRouteController().startRoute("first");
        awaitDelivered(List.of(before + "@" + updatedOf(before)));
        context.camel().getRouteController().stopRoute("first");
        context.camel().removeRoute("first");
        assertThat(pollState.getState("dev-issues")).as("the position, under the key given").isNotNull();

        String after = emulator.data().createIssue(issue("After the query changed"));
        addPoller("second", "jql=project = DEV AND summary !~ unrelated&stateKey=dev-issues&stateRepository=#pollState"
                + "&since=2000-01-01", Set.of());
        context.camel().getRouteController().startRoute("second");
        awaitDelivered(List.of(after + "@" + updatedOf(after)));
        awaitMorePolls(2);

        assertThat(deliveries).as("the new query went on from the old one's position")
                .containsExactly(before + "@" + updatedOf(before), after + "@" + updatedOf(after));
    }

    @Test
    void aQueryWithItsOwnOrderByIsRefusedWhenTheRouteIsCreated() {
        Throwable failure = catchThrowable(() -> addPoller("poller", "jql=project = DEV ORDER BY created", Set.of()));
        assertThat(rootMessages(failure)).contains("must not have ORDER BY");
    }

    private void addPoller(String routeId, String options, Set<String> failOnceFor) throws Exception {
        Set<String> failed = ConcurrentHashMap.newKeySet();
        String jql = options.contains("jql=") ? "" : "jql=project = DEV&";
        String uri = "jira:issue/poll?" + jql + "delay=50&fields=summary&" + options + "&" + context.basic();
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from(uri).routeId(routeId).autoStartup(false).process(exchange -> {
                    String key = exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY, String.class);
                    if (failOnceFor.contains(key) && failed.add(key)) {
                        throw new IllegalStateException("Simulated failure for " + key);
                    }
                    deliveries.add(key + "@" + updated(exchange));
                });
            }
        });
    }

    private void update(String key, String summary) {
        Exchange result = context.send(
                "jira:api/call?httpMethod=PUT&path=/rest/api/3/issue/" + key + "&" + context.basic(),
                Map.of("fields", Map.of("summary", summary)));
        assertThat(result.getException()).isNull();
    }

    private List<String> deliveredKeys() {
        return deliveries.stream().map(delivery -> delivery.substring(0, delivery.indexOf('@'))).toList();
    }

    private String updatedOf(String key) {
        Map<?, ?> issue = emulator.data().issue(key).orElseThrow();
        return String.valueOf(((Map<?, ?>) issue.get("fields")).get("updated"));
    }

    private static String updated(Exchange exchange) {
        return String.valueOf(((Map<?, ?>) exchange.getMessage().getBody(Map.class).get("fields")).get("updated"));
    }

    private void awaitDelivered(List<String> expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(deliveries).containsAll(expected));
    }

    /** Waits until the pollers have searched {@code polls} more times: whatever they would deliver twice, they have. */
    private void awaitMorePolls(int polls) {
        long before = searches();
        await().atMost(Duration.ofSeconds(30)).until(() -> searches() >= before + polls);
    }

    private long searches() {
        return emulator.requests().stream().filter(request -> request.path().endsWith("/search/jql")).count();
    }

    /** The change time a delivery carried ({@code key@updated}), comparable across issues. */
    private static OffsetDateTime changeTime(String delivery) {
        return OffsetDateTime.parse(delivery.substring(delivery.indexOf('@') + 1), JIRA_TIME);
    }

    private static Map<String, Object> issue(String summary) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("project", Map.of("key", "DEV"));
        fields.put("issuetype", Map.of("name", "Task"));
        fields.put("summary", summary);
        return fields;
    }

    private static String rootMessages(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
