package io.github.jiracloud.app.flows;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.apache.camel.Exchange;

/**
 * The failures that reached {@code direct:dead-letter}: a counter and the newest ones, so that nothing a flow drops
 * goes unseen (the log has them too). Bounded: a flow failing in a loop must not exhaust the memory.
 */
@ApplicationScoped
@Named("deadLetters")
public class DeadLetters {

    static final int KEPT = 100;

    private final AtomicLong count = new AtomicLong();
    private final Deque<Failure> newest = new ArrayDeque<>();
    private final MeterRegistry metrics;

    public DeadLetters(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /** One failed exchange: the route it failed in and why. */
    public record Failure(Instant at, String routeId, String exceptionType, String message) {
    }

    /** Records the failed exchange; called by the dead-letter flow. */
    public Failure record(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Failure failure = new Failure(Instant.now(), exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class),
                cause == null ? "unknown" : cause.getClass().getName(), cause == null ? "" : cause.getMessage());
        count.incrementAndGet();
        // Per flow, so an alert can say which flow is failing: jira_bundle_dead_letters_total{route="..."}.
        metrics.counter("jira.bundle.dead.letters", "route", String.valueOf(failure.routeId())).increment();
        synchronized (newest) {
            newest.addFirst(failure);
            while (newest.size() > KEPT) {
                newest.removeLast();
            }
        }
        return failure;
    }

    public long count() {
        return count.get();
    }

    /** The newest failures first, at most {@value #KEPT}. */
    public List<Failure> newest() {
        synchronized (newest) {
            return List.copyOf(newest);
        }
    }
}
