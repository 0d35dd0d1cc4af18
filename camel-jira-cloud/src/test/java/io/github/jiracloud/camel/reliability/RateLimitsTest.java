package io.github.jiracloud.camel.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.jiracloud.camel.JiraCallObserver;
import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.error.JiraRateLimitException;
import io.github.jiracloud.camel.route.PausedConnectionsPolicyFactory;
import io.github.jiracloud.camel.support.Connections;
import io.github.jiracloud.camel.support.JiraTestContext;
import io.github.jiracloud.emulator.JiraEmulator;
import io.github.jiracloud.emulator.RecordedRequest;
import io.github.jiracloud.emulator.SettableClock;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component against the emulator's three rate limits, both on one clock the test owns: the component's waits move
 * it forward, so minutes of backing off take milliseconds.
 */
class RateLimitsTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-26T15:59:00Z"));
    private final List<String> events = new CopyOnWriteArrayList<>();
    private JiraEmulator emulator;
    private JiraTestContext context;

    @BeforeEach
    void start() {
        emulator = JiraEmulator.builder().port(0).clock(clock).build().start();
        context = new JiraTestContext(emulator);
        JiraComponent jira = context.camel().getComponent("jira", JiraComponent.class);
        jira.setClock(clock);
        jira.setSleeper(clock::advance);
        jira.setCallObserver(new JiraCallObserver() {
            @Override
            public void completed(io.github.jiracloud.camel.JiraOperation operation, Duration duration,
                    Throwable failure) {
            }

            @Override
            public void rateLimited(String connection, String reason) {
                events.add(connection + " " + reason);
            }

            @Override
            public void paused(String connection, Instant until) {
                events.add(connection + " paused until " + until);
            }
        });
    }

    @AfterEach
    void stop() {
        context.close();
        emulator.close();
    }

    @Test
    void burstLimitsAreRiddenOutWithoutAFailure() {
        emulator.controls().rateLimit(1, 2);
        String basic = context.basic();

        for (int i = 0; i < 6; i++) {
            assertThat(context.send("jira:issue/get?issueKey=OPS-1&" + basic, null).getException()).isNull();
        }

        assertThat(refusals()).isPositive();
        assertThat(events).allMatch(event -> event.equals("default jira-burst-based"));
    }

    @Test
    void aHotIssueTakesEveryCommentWithinItsWriteLimit() {
        emulator.controls().issueWriteLimits();
        String hot = emulator.data().createIssues("OPS", 1).get(0);
        String uri = "jira:comment/add?issueKey=" + hot + "&" + context.basic();

        for (int i = 0; i < 120; i++) {
            assertThat(context.send(uri, "Comment " + i).getException()).as("comment " + i).isNull();
        }

        assertThat(emulator.data().comments(hot)).hasSize(120);
        assertThat(refusals()).as("429s after writes were spaced out").isBetween(1L, 4L);
    }

    @Test
    void aSpentQuotaPausesTheConnectionUntilTheTopOfTheHourWithoutSendingAnything() throws Exception {
        emulator.controls().appQuota(7);
        String uri = "jira:issue/get?issueKey=OPS-1&" + Connections.OAUTH2.options(context, emulator);
        for (int i = 0; i < 4; i++) {
            assertThat(context.send(uri, null).getException()).as("read " + i + " of 2 points").isNull();
        }

        Exception spent = context.send(uri, null).getException();
        int sent = gatewayRequests();
        Exception paused = context.send(uri, null).getException();

        assertThat(spent).isInstanceOf(JiraRateLimitException.class);
        assertThat(((JiraRateLimitException) spent).isQuotaSpent()).isTrue();
        assertThat(((JiraRateLimitException) spent).getResetAt()).isEqualTo(Instant.parse("2026-03-26T16:00:00Z"));
        assertThat(paused).isInstanceOf(JiraRateLimitException.class).hasMessageContaining("not sent");
        assertThat(((JiraRateLimitException) paused).getResetAt()).isEqualTo(Instant.parse("2026-03-26T16:00:00Z"));
        assertThat(gatewayRequests()).as("nothing sent while paused").isEqualTo(sent);
        assertThat(context.camel().getComponent("jira", JiraComponent.class).pausedUntil("default"))
                .contains(Instant.parse("2026-03-26T16:00:00Z"));
        assertThat(events).containsExactly("default jira-quota-global-based",
                "default paused until 2026-03-26T16:00:00Z");

        clock.advance(Duration.ofMinutes(1));
        assertThat(context.send(uri, null).getException()).as("after the reset").isNull();
    }

    @Test
    void aTimerRouteSkipsItsRunsWhileTheConnectionIsPausedAndResumesAfterTheReset() throws Exception {
        emulator.controls().appQuota(1);
        String uri = "jira:issue/get?issueKey=OPS-1&" + Connections.OAUTH2.options(context, emulator);
        assertThat(context.send(uri, null).getException()).isNull();
        assertThat(context.send(uri, null).getException()).isInstanceOf(JiraRateLimitException.class);
        int sent = gatewayRequests();
        AtomicInteger runs = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        context.camel().addRoutePolicyFactory(new PausedConnectionsPolicyFactory());
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onException(Exception.class).handled(true).process(exchange -> failures.incrementAndGet());
                from("timer:report?period=10").routeId("timer").to(uri).process(exchange -> runs.incrementAndGet());
            }
        });

        Thread.sleep(300);
        assertThat(runs).hasValue(0);
        assertThat(failures).as("skipped, not failed").hasValue(0);
        assertThat(gatewayRequests()).isEqualTo(sent);

        clock.advance(Duration.ofMinutes(1));
        await(() -> runs.get() > 0); // (the new hour's single point is soon spent again: that is the next pause)
    }

    @Test
    void aPollerSkipsItsPollsWhileTheConnectionIsPaused() throws Exception {
        emulator.controls().appQuota(1);
        String oauth = Connections.OAUTH2.options(context, emulator);
        assertThat(context.send("jira:issue/get?issueKey=OPS-1&" + oauth, null).getException()).isNull();
        assertThat(context.send("jira:issue/get?issueKey=OPS-1&" + oauth, null).getException())
                .isInstanceOf(JiraRateLimitException.class);
        int sent = gatewayRequests();
        AtomicInteger polled = new AtomicInteger();
        context.camel().getRegistry().bind("state", new MemoryStateRepository());
        context.camel().addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("jira:issue/poll?jql=project = OPS&delay=10&stateRepository=#state&" + oauth).routeId("poll")
                        .process(exchange -> polled.incrementAndGet());
            }
        });

        Thread.sleep(300);
        assertThat(gatewayRequests()).as("no poll sent while paused").isEqualTo(sent);

        clock.advance(Duration.ofMinutes(1));
        await(() -> gatewayRequests() > sent);
    }

    private long refusals() {
        return emulator.requests().stream().filter(request -> request.status() == 429).count();
    }

    private int gatewayRequests() {
        return (int) emulator.requests().stream().map(RecordedRequest::path)
                .filter(path -> path.startsWith("/ex/jira/")).count();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited 20 s").isBefore(deadline);
            Thread.sleep(10);
        }
    }
}
