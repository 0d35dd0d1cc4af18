package io.github.jiracloud.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.jiracloud.camel.JiraCallObserver;
import io.github.jiracloud.camel.JiraOperation;
import io.github.jiracloud.camel.client.RetryingExecutor;
import io.github.jiracloud.camel.error.JiraException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Micrometer meters of every Jira action, on {@code /q/metrics}: {@code jira.calls} (a timer per operation and
 * outcome: success, http_&lt;status&gt;, transport, invalid_input), {@code jira.retries} (per reason: the status that
 * caused the retry, 429 for rate limits, or transport), {@code jira.rate.limited} (Jira's 429s by
 * {@code RateLimit-Reason} and connection) and {@code jira.connection.paused.seconds} (per connection, how long until a
 * connection paused by a spent points quota resumes; 0 while it runs).
 */
@ApplicationScoped
public class JiraMetrics implements JiraCallObserver, RetryingExecutor.RetryListener {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, Instant> pausedUntil = new ConcurrentHashMap<>();

    public JiraMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void rateLimited(String connection, String reason) {
        Counter.builder("jira.rate.limited")
                .description("Calls Jira refused with 429, by the limit (RateLimit-Reason) and connection")
                .tag("reason", reason)
                .tag("connection", connection)
                .register(registry)
                .increment();
    }

    @Override
    public void paused(String connection, Instant until) {
        if (pausedUntil.put(connection, until) == null) {
            Gauge.builder("jira.connection.paused.seconds", pausedUntil, paused -> secondsUntil(paused.get(connection)))
                    .description("Seconds until a connection paused by its app's spent points quota resumes; 0 while "
                            + "it runs")
                    .tag("connection", connection)
                    .register(registry);
        }
    }

    private double secondsUntil(Instant until) {
        return until == null ? 0 : Math.max(0, Duration.between(clock.instant(), until).toMillis() / 1000.0);
    }

    @Override
    public void completed(JiraOperation operation, Duration duration, Throwable failure) {
        Timer.builder("jira.calls")
                .description("Jira actions performed by the jira: component")
                .tag("operation", operation.toString())
                .tag("outcome", outcome(failure))
                .register(registry)
                .record(duration);
    }

    @Override
    public void retrying(String method, String path, int status) {
        Counter.builder("jira.retries")
                .description("Jira calls retried, by the status that caused the retry (429: rate limited)")
                .tag("reason", status == 0 ? "transport" : String.valueOf(status))
                .register(registry)
                .increment();
    }

    static String outcome(Throwable failure) {
        if (failure == null) {
            return "success";
        }
        if (failure instanceof JiraException jira) {
            return jira.getStatus() == 0 ? "transport" : "http_" + jira.getStatus();
        }
        return "invalid_input";
    }
}
