package io.github.jiracloud.app.flows;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import io.github.jiracloud.app.failed.FailedExchange;
import io.github.jiracloud.app.failed.FailedExchangeCapture;
import io.github.jiracloud.app.failed.FailedExchangeReplay;
import io.github.jiracloud.app.failed.FailedExchanges;
import io.github.jiracloud.camel.JiraConstants;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.apache.camel.Exchange;
import org.jboss.logging.Logger;

/**
 * What the dead-letter flow does with a failure that is final: it goes to the durable store of failed exchanges
 * ({@link FailedExchanges}), with the input as it entered its flow, so that an operator can replay or discard it at
 * {@code /jira/failed-exchanges}; a replay that failed again updates its entry instead. An HTTP caller that
 * {@link FailureAnswer} tells to retry (Jira's passing trouble: 503) sends it again itself, so it is not kept twice.
 * Counted per flow: {@code jira_bundle_dead_letters_total{route="..."}}.
 */
@ApplicationScoped
@Named("deadLetters")
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final FailedExchanges store;
    private final MeterRegistry metrics;
    private final AtomicLong count = new AtomicLong();

    public DeadLetters(FailedExchanges store, MeterRegistry metrics) {
        this.store = store;
        this.metrics = metrics;
    }

    /** Keeps the failed exchange, unless its caller retries; called by the dead-letter flow. */
    public FailedExchange record(Exchange exchange) {
        String flow = flow(exchange);
        count.incrementAndGet();
        // Per flow, so an alert can say which flow is failing: jira_bundle_dead_letters_total{route="..."}.
        metrics.counter("jira.bundle.dead.letters", "route", flow).increment();
        FailedExchange.Error error = FailedExchangeCapture.error(exchange);
        if (callerRetries(exchange)) {
            LOG.errorf("Flow %s failed (%s): %s; its caller is told to send it again later", flow, error.type(),
                    error.message());
            return null;
        }
        String replayOf = exchange.getProperty(FailedExchangeReplay.REPLAY_OF, String.class);
        FailedExchange entry = replayOf == null
                ? null
                : store.failedAgain(replayOf, error).orElse(null); // null: discarded while it was replayed
        if (entry == null) {
            Instant now = store.clock().instant();
            Integer attempts = exchange.getProperty(JiraConstants.DELIVERY_ATTEMPT, Integer.class);
            entry = store.add(new FailedExchange(store.newId(), flow, now, now, attempts == null ? 1 : attempts, error,
                    FailedExchangeCapture.input(exchange, store.limits().maxBodyBytes()), null));
        }
        exchange.setProperty(FailedExchangeReplay.RECORDED, entry.id());
        LOG.errorf("Flow %s failed (%s): %s; kept as failed exchange %s", flow, error.type(), error.message(),
                entry.id());
        return entry;
    }

    /** An HTTP request that failed for a reason that passes: the caller is answered 503 and retries. */
    private static boolean callerRetries(Exchange exchange) {
        boolean fromHttpCaller = exchange.getFromEndpoint() != null
                && exchange.getFromEndpoint().getEndpointUri().startsWith("platform-http:");
        return fromHttpCaller && exchange.getProperty(FailedExchangeReplay.REPLAY_OF) == null
                && FailureAnswer.isTransient(exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
    }

    /** Failures that reached the dead-letter flow since the start. */
    public long count() {
        return count.get();
    }

    /** The flow whose input it was: the route it entered by, even when it failed in a route that one called. */
    private static String flow(Exchange exchange) {
        String from = exchange.getFromRouteId();
        return from != null ? from : String.valueOf(exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class));
    }
}
