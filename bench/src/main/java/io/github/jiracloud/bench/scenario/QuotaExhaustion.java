package io.github.jiracloud.bench.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.github.jiracloud.bench.BenchProfile;
import io.github.jiracloud.bench.emulator.ForkedEmulator;
import io.github.jiracloud.bench.load.LoadDriver;
import io.github.jiracloud.bench.load.LoadResult;
import io.github.jiracloud.bench.report.ScenarioResult;
import io.github.jiracloud.bench.report.Target;
import io.github.jiracloud.camel.JiraCallObserver;
import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraOperation;
import io.github.jiracloud.camel.error.JiraRateLimitException;
import io.github.jiracloud.camel.route.PausedConnectionsPolicyFactory;
import io.github.jiracloud.emulator.JiraEmulator;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * Part of scenario 2: an OAuth app spends its hourly points quota while three kinds of flow run on its connection (a
 * timer route, an issue poller, and callers in a loop), with the emulator's hour turning a few seconds later. While the
 * connection is paused nothing may be sent; after the reset every flow must run again.
 */
final class QuotaExhaustion {

    /** Small enough to be spent in the first second: an issue read costs 2 points. */
    private static final int QUOTA_POINTS = 200;
    private static final int CALLERS = 4;
    /** Requests already on their way when the pause began are not "sent while paused". */
    private static final Duration IN_FLIGHT = Duration.ofMillis(200);

    private QuotaExhaustion() {
    }

    static void run(ForkedEmulator emulator, LoadDriver driver, BenchProfile profile, ScenarioResult result)
            throws Exception {
        long secondsToReset = profile.isSmoke() ? 4 : 20;
        AtomicReference<Instant> pausedAt = new AtomicReference<>();
        AtomicReference<Instant> pausedUntil = new AtomicReference<>();
        AtomicLong timerRuns = new AtomicLong();
        AtomicLong timerRunsAfterReset = new AtomicLong();
        AtomicLong timerFailures = new AtomicLong();
        AtomicLong polled = new AtomicLong();
        AtomicLong fastFailures = new AtomicLong();
        AtomicLong callsAfterReset = new AtomicLong();
        emulator.appQuota(QUOTA_POINTS);
        emulator.secondsBeforeTheHour(secondsToReset);
        String oauth = "auth=oauth2-client-credentials&clientId=" + JiraEmulator.DEMO_CLIENT_ID + "&clientSecret=RAW("
                + JiraEmulator.DEMO_CLIENT_SECRET + ")&cloudId=" + emulator.cloudId() + "&apiUrl="
                + emulator.baseUrl() + "&tokenUrl=" + emulator.baseUrl() + "/oauth/token&allowedHosts=127.0.0.1"
                + "&scopes=read:jira-work,read:jira-user";
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            JiraComponent jira = new JiraComponent();
            jira.setCallObserver(new JiraCallObserver() {
                @Override
                public void completed(JiraOperation operation, Duration duration, Throwable failure) {
                }

                @Override
                public void paused(String connection, Instant until) {
                    pausedAt.compareAndSet(null, Instant.now());
                    pausedUntil.set(until);
                }
            });
            camel.addComponent("jira", jira);
            camel.getRegistry().bind("positions", new MemoryStateRepository());
            camel.addRoutePolicyFactory(new PausedConnectionsPolicyFactory());
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    onException(Exception.class).handled(true).process(exchange -> timerFailures.incrementAndGet());
                    from("timer:quota-report?period=100").routeId("timer")
                            .to("jira:issue/get?issueKey=OPS-1&" + oauth)
                            .process(exchange -> count(timerRuns, timerRunsAfterReset, pausedUntil));
                    from("jira:issue/poll?jql=project = OPS&delay=200&stateRepository=#positions&" + oauth)
                            .routeId("poller").process(exchange -> polled.incrementAndGet());
                }
            });
            camel.start();
            ProducerTemplate template = camel.createProducerTemplate();
            String read = "jira:issue/get?issueKey=OPS-1&" + oauth;
            LoadResult callers = driver.run(CALLERS, Duration.ofSeconds(secondsToReset + 3), (worker, sequence) -> {
                try {
                    template.requestBody(read, null, Map.class);
                    count(new AtomicLong(), callsAfterReset, pausedUntil);
                } catch (Exception e) {
                    if (isQuotaSpent(e)) {
                        fastFailures.incrementAndGet();
                        Thread.sleep(50); // a caller that knows the connection is paused does something else
                        return;
                    }
                    throw e;
                }
            });
            figures(emulator, result, pausedAt.get(), pausedUntil.get(), callers, timerRuns.get(),
                    timerRunsAfterReset.get(), timerFailures.get(), fastFailures.get(), callsAfterReset.get());
        } finally {
            emulator.clearRateLimit();
        }
    }

    private static void count(AtomicLong all, AtomicLong afterReset, AtomicReference<Instant> pausedUntil) {
        all.incrementAndGet();
        Instant until = pausedUntil.get();
        if (until != null && !Instant.now().isBefore(until)) {
            afterReset.incrementAndGet();
        }
    }

    private static boolean isQuotaSpent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JiraRateLimitException limit && limit.isQuotaSpent()) {
                return true;
            }
        }
        return false;
    }

    private static void figures(ForkedEmulator emulator, ScenarioResult result, Instant pausedAt, Instant until,
            LoadResult callers, long timerRuns, long timerRunsAfterReset, long timerFailures, long fastFailures,
            long callsAfterReset) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("quotaPoints", QUOTA_POINTS);
        if (pausedAt == null || until == null) {
            result.note("quota: the connection never paused; no figures");
            result.target(new Target("quota: the connection pauses when the quota is spent", "paused", "never",
                    false));
            return;
        }
        long sentWhilePaused = emulator.gatewayRequestsBetween(pausedAt.plus(IN_FLIGHT), until, "");
        long pollsAfterReset = emulator.gatewayRequestsBetween(until, Instant.now().plusSeconds(60), "/search/jql");
        figures.put("pausedForSeconds", Duration.between(pausedAt, until).toMillis() / 1000.0);
        figures.put("requestsSentWhilePaused", sentWhilePaused);
        figures.put("callsFailedFastWhilePaused", fastFailures);
        figures.put("callerFailuresOtherThanTheQuota", callers.failures());
        figures.put("timerRuns", timerRuns);
        figures.put("timerRunsAfterReset", timerRunsAfterReset);
        figures.put("timerRunsFailed", timerFailures);
        figures.put("pollerSearchesAfterReset", pollsAfterReset);
        figures.put("callerCallsAfterReset", callsAfterReset);
        result.figure("quota", figures);
        boolean resumed = timerRunsAfterReset > 0 && pollsAfterReset > 0 && callsAfterReset > 0;
        result.headline(String.format(
                "quota spent: paused %.1f s, %d requests sent while paused, %d calls failed fast; "
                        + "after the reset the timer ran %d times, the poller searched %d times, the callers made %d calls",
                Duration.between(pausedAt, until).toMillis() / 1000.0, sentWhilePaused, fastFailures,
                timerRunsAfterReset, pollsAfterReset, callsAfterReset));
        result.target(new Target("quota: requests sent while paused", "0", Long.toString(sentWhilePaused),
                sentWhilePaused == 0));
        result.target(new Target("quota: every flow resumes after the reset", "timer, poller, callers",
                resumed
                        ? "all"
                        : "timer " + timerRunsAfterReset + ", poller " + pollsAfterReset + ", callers "
                                + callsAfterReset,
                resumed));
        result.note("quota: the emulator's clock is set " + "so that its hour (and the quota) turns seconds after the "
                + "run starts; the component waits on its own clock, from Jira's Retry-After.");
    }
}
