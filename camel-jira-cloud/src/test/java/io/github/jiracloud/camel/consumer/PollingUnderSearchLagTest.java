package io.github.jiracloud.camel.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.support.ClockAdvancingSleeper;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pollers miss nothing while Jira's search lags its writes by 5 s or a minute (on the emulator's clock): issues
 * are created, changed and commented at scattered moments while the pollers poll, and every last change and every
 * comment is delivered, none twice. The comment poller reads comments directly (no lag) but finds their issues by
 * search (lagging), so they are also tried with no overlap at all (it covers a lag that varies from write to write,
 * which the emulator's doesn't).
 */
class PollingUnderSearchLagTest {

    private static final int STEPS = 20;

    private final List<String> issueDeliveries = new CopyOnWriteArrayList<>();
    private final List<String> commentDeliveries = new CopyOnWriteArrayList<>();

    @ParameterizedTest(name = "search lag {0} s, overlap {1} ms")
    @CsvSource({"5, 300000", "60, 300000", "5, 0", "60, 0"})
    void everyChangeAndEveryCommentIsDeliveredOnce(int lagSeconds, long overlapMillis) throws Exception {
        SettableClock clock = new SettableClock();
        try (JiraEmulator emulator = JiraEmulator.builder().clock(clock).seedDemoData(false)
                .searchLag(Duration.ofSeconds(lagSeconds)).build().start();
                JiraTestContext context = new JiraTestContext(emulator, new ClockAdvancingSleeper(clock))) {
            context.camel().getRegistry().bind("pollState", new MemoryStateRepository());
            addPollers(context, "jql=project = DEV&delay=20&overlap=" + overlapMillis
                    + "&stateRepository=#pollState&since=2000-01-01&" + context.basic());

            Random random = new Random(lagSeconds * 31L + overlapMillis);
            List<String> keys = new ArrayList<>();
            for (int step = 0; step < STEPS; step++) {
                if (keys.isEmpty() || random.nextInt(3) == 0) {
                    keys.add(emulator.data().createIssue(Map.of("project", Map.of("key", "DEV"), "issuetype",
                            Map.of("name", "Task"), "summary", "Step " + step)));
                } else if (random.nextBoolean()) {
                    emulator.data().addComments(keys.get(random.nextInt(keys.size())), 1 + random.nextInt(2));
                } else {
                    String key = keys.get(random.nextInt(keys.size()));
                    context.send("jira:issue/update?issueKey=" + key + "&" + context.basic(),
                            Map.of("summary", "Changed at step " + step));
                }
                clock.advance(Duration.ofMillis(500 + random.nextInt(lagSeconds * 400)));
                awaitPolls(emulator, 1);
            }
            clock.advance(Duration.ofSeconds(lagSeconds));

            List<String> lastChanges = keys.stream().map(key -> key + "@" + updatedOf(emulator, key)).toList();
            List<String> comments = keys.stream().flatMap(key -> emulator.data().comments(key).stream()
                    .map(comment -> key + "/" + comment.get("id"))).toList();
            await(() -> issueDeliveries.containsAll(lastChanges) && commentDeliveries.containsAll(comments));
            assertThat(issueDeliveries).containsAll(lastChanges).doesNotHaveDuplicates();
            assertThat(commentDeliveries).containsExactlyInAnyOrderElementsOf(comments);
            assertThat(emulator.validationErrors()).isEmpty();
        }
    }

    private void addPollers(JiraTestContext context, String options) throws Exception {
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jira:issue/poll?fields=summary&" + options).routeId("issues")
                        .process(exchange -> issueDeliveries.add(exchange.getMessage().getHeader(
                                JiraConstants.ISSUE_KEY) + "@"
                                + ((Map<?, ?>) exchange.getMessage()
                                        .getBody(Map.class).get("fields")).get("updated")));
                from("jira:comment/poll?" + options).routeId("comments")
                        .process(exchange -> commentDeliveries.add(exchange.getMessage().getHeader(
                                JiraConstants.ISSUE_KEY) + "/"
                                + exchange.getMessage().getHeader(
                                        JiraConstants.COMMENT_ID)));
            }
        });
    }

    /** Until both pollers have searched {@code polls} more times each (two searches a round). */
    private static void awaitPolls(JiraEmulator emulator, int polls) {
        long before = searches(emulator);
        await(() -> searches(emulator) >= before + 2L * polls);
    }

    private static long searches(JiraEmulator emulator) {
        return emulator.requests().stream().filter(request -> request.path().endsWith("/search/jql")).count();
    }

    private static String updatedOf(JiraEmulator emulator, String key) {
        return String.valueOf(((Map<?, ?>) emulator.data().issue(key).orElseThrow().get("fields")).get("updated"));
    }

    private static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
