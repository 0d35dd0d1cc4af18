package io.github.jiracloud.app;

import java.time.Duration;

import io.github.jiracloud.camel.JiraCallObserver;
import io.github.jiracloud.camel.JiraOperation;
import io.github.jiracloud.camel.client.RetryingExecutor;
import io.github.jiracloud.camel.error.JiraException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Micrometer meters of every Jira action, on {@code /q/metrics}: {@code jira.calls} (a timer per operation and
 * outcome: success, http_&lt;status&gt;, transport, invalid_input) and {@code jira.retries} (per reason: the status
 * that
 * caused the retry, 429 for rate limits, or transport).
 */
@ApplicationScoped
public class JiraMetrics implements JiraCallObserver, RetryingExecutor.RetryListener {

    private final MeterRegistry registry;

    public JiraMetrics(MeterRegistry registry) {
        this.registry = registry;
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
