package io.github.jiracloud.camel.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;

import io.github.jiracloud.camel.JiraComponent;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.JiraEndpoint;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.health.JiraHealthChecks;
import io.github.jiracloud.camel.health.PollerHealthCheck;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Jira pollers share: a watermark persisted in a {@link StateRepository}, seeded at the first start, and
 * advanced only after the route processed an item, so a restart neither replays delivered items nor skips any. A
 * failed exchange holds the position and is delivered again at a later poll, in order, with a growing delay
 * ({@code redeliveryDelay}); after {@code maxRedeliveries} the route's error handling gets it as finally failed.
 */
abstract class JiraPollingConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(JiraPollingConsumer.class);
    private static final String CHANGED_AT = "CamelJiraPollChangedAt";
    private static final String ITEM_ID = "CamelJiraPollItemId";

    protected final JiraConfiguration configuration;
    protected final Duration overlap;
    private final StateRepository<String, String> stateRepository;
    private final String stateKey;
    private final Clock clock;
    private ZoneId jqlZone;
    private PollState state;

    JiraPollingConsumer(JiraEndpoint endpoint, Processor processor, StateRepository<String, String> stateRepository,
            String stateKey, Clock clock) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.stateRepository = stateRepository;
        this.stateKey = stateKey;
        this.clock = clock;
        this.overlap = Duration.ofMillis(configuration.getOverlap());
    }

    /** The new items, oldest first, at most {@code limit}; each made with {@link #itemExchange}. */
    protected abstract List<Exchange> newItems(JiraClient client, int limit);

    /** Names an item in log messages, e.g. "issue OPS-1". */
    protected abstract String describe(Exchange exchange);

    @Override
    public JiraEndpoint getEndpoint() {
        return (JiraEndpoint) super.getEndpoint();
    }

    @Override
    protected void doBuild() throws Exception {
        // In place of Camel's check, which is DOWN after one failed poll: also Camel's consumer:<routeId>.
        String uri = URISupport.sanitizeUri(getEndpoint().getEndpointUri());
        setHealthCheck(new PollerHealthCheck(routeId(uri), uri, this::getErrorCounter, this::getLastError));
        super.doBuild();
    }

    /**
     * This poller's route. A consumer that wraps this one (Camel's master: for leader election) does not pass the
     * route id on, but it hands over the route's processor: the route whose consumer has the same one is ours.
     */
    private String routeId(String uri) {
        if (getRouteId() != null) {
            return getRouteId();
        }
        return getEndpoint().getCamelContext().getRoutes().stream()
                .filter(route -> route.getConsumer() != null && route.getConsumer().getProcessor() == getProcessor())
                .map(Route::getRouteId).findFirst().orElse(uri);
    }

    @Override
    protected void doStart() throws Exception {
        // A file repository reads its file when started; starting a started one does nothing.
        ServiceHelper.startService(stateRepository);
        String stored = stateRepository.getState(stateKey);
        if (stored == null) {
            // Stored at once, so a restart before the first delivery keeps the same starting point.
            state = new PollState(initialWatermark());
            stateRepository.setState(stateKey, state.toJson());
        } else {
            state = PollState.fromJson(stored);
        }
        LOG.info("Polling Jira ({}) since {} (state key {})", getEndpoint().getOperation(), state.watermark(),
                stateKey);
        super.doStart();
        healthChecks().register(getHealthCheck());
    }

    @Override
    protected void doStop() throws Exception {
        healthChecks().unregister(getHealthCheck());
        super.doStop();
    }

    private JiraHealthChecks healthChecks() {
        return ((JiraComponent) getEndpoint().getComponent()).healthChecks();
    }

    @Override
    protected int poll() throws Exception {
        Optional<PollState.Retry> retry = state.retry();
        if (retry.isPresent() && clock.instant().isBefore(retry.get().dueAt())) {
            return 0; // the failed item waits for its delay, and the later ones wait behind it
        }
        JiraClient client = getEndpoint().client();
        Optional<Instant> paused = client.rateLimits().pausedUntil();
        if (paused.isPresent()) {
            // A spent quota refuses every call until the reset: skip the poll rather than fail it; the position holds.
            LOG.debug("Skipping the poll of {}: the connection's quota is spent until {}", getEndpoint(),
                    paused.get());
            return 0;
        }
        int limit = getMaxMessagesPerPoll() > 0 ? getMaxMessagesPerPoll() : Integer.MAX_VALUE;
        return processBatch(new ArrayDeque<>(newItems(client, limit)));
    }

    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        int processed = 0;
        for (int index = 0; index < total && isBatchAllowed(); index++) {
            Exchange exchange = (Exchange) exchanges.poll();
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            int attempt = attempt(exchange);
            boolean redeliveryLeft = attempt <= configuration.getMaxRedeliveries();
            exchange.setProperty(JiraConstants.DELIVERY_ATTEMPT, attempt);
            exchange.setProperty(JiraConstants.REDELIVERY_PENDING, redeliveryLeft);
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.isFailed()) {
                // No error handler took it, so nothing else keeps it: it holds the position and comes again.
                Instant due = retryLater(exchange, attempt, redeliveryLeft);
                getExceptionHandler().handleException("Processing Jira " + describe(exchange) + " failed (delivery "
                        + attempt + "); it is delivered again at the first poll after " + due, exchange,
                        exchange.getException());
                break;
            }
            if (redeliveryLeft && handledByErrorHandler(exchange)
                    && Boolean.TRUE.equals(exchange.getProperty(JiraConstants.REDELIVERY_PENDING))) {
                Instant due = retryLater(exchange, attempt, true);
                LOG.warn("Processing Jira {} failed (delivery {} of {}); it is delivered again at the first poll "
                        + "after {}", describe(exchange), attempt, configuration.getMaxRedeliveries() + 1, due);
                break;
            }
            commit(exchange);
            processed++;
        }
        pendingExchanges = 0;
        return processed;
    }

    /** 1 for a change delivered the first time; more for the failed one at the head. */
    private int attempt(Exchange exchange) {
        String itemId = exchange.getProperty(ITEM_ID, String.class);
        Instant changedAt = exchange.getProperty(CHANGED_AT, Instant.class);
        return state.retry().filter(retry -> retry.isFor(itemId, changedAt)).map(retry -> retry.failures() + 1)
                .orElse(1);
    }

    /** The error handler dealt with a failure (a dead letter channel, or onException with handled). */
    private static boolean handledByErrorHandler(Exchange exchange) {
        return exchange.getExchangeExtension().isErrorHandlerHandledSet()
                && exchange.getExchangeExtension().isErrorHandlerHandled();
    }

    /** Keeps the position before the failed item and says when it comes again: doubling, up to the maximum. */
    private Instant retryLater(Exchange exchange, int attempt, boolean redeliveryLeft) {
        long maxDelay = configuration.getRedeliveryMaxDelay();
        long delay = redeliveryLeft
                ? Math.min(maxDelay, configuration.getRedeliveryDelay() << Math.min(attempt - 1, 30))
                : maxDelay;
        Instant due = clock.instant().plusMillis(Math.max(0, delay));
        state.failed(exchange.getProperty(ITEM_ID, String.class), exchange.getProperty(CHANGED_AT, Instant.class),
                attempt, due);
        stateRepository.setState(stateKey, state.toJson());
        return due;
    }

    private void commit(Exchange exchange) {
        state.markDelivered(exchange.getProperty(ITEM_ID, String.class),
                exchange.getProperty(CHANGED_AT, Instant.class),
                overlap);
        stateRepository.setState(stateKey, state.toJson());
    }

    /** An exchange for one item; {@code itemId} and {@code changedAt} are what the state remembers once processed. */
    protected Exchange itemExchange(Object body, String itemId, Instant changedAt) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(body);
        exchange.setProperty(CHANGED_AT, changedAt);
        exchange.setProperty(ITEM_ID, itemId);
        return exchange;
    }

    protected boolean wasDelivered(String itemId, Instant changedAt) {
        return state.wasDelivered(itemId, changedAt);
    }

    /** The oldest change a poll still looks at: the watermark less the overlap. */
    protected Instant horizon() {
        return state.watermark().minus(overlap);
    }

    /** {@code field >= "<watermark less the overlap>"}, in the zone Jira reads JQL dates in. */
    protected String sinceClause(JiraClient client, String field) {
        return field + " >= " + JqlDates.minuteLiteral(horizon(), jqlZone(client));
    }

    /** The user's JQL, parenthesised and joined with AND to {@code clause}. */
    protected String userJqlAnd(String clause) {
        String jql = configuration.getJql();
        return jql == null || jql.isBlank() ? clause : "(" + jql + ") AND " + clause;
    }

    /** Jira reads JQL dates in the account's time zone, so the poller writes them in that zone. */
    private ZoneId jqlZone(JiraClient client) {
        if (jqlZone == null) {
            Object myself = client.call(JiraRequest.get("/rest/api/3/myself"));
            Object zone = myself instanceof Map<?, ?> map ? map.get("timeZone") : null;
            try {
                jqlZone = zone == null ? ZoneOffset.UTC : ZoneId.of(zone.toString());
            } catch (RuntimeException e) {
                jqlZone = ZoneOffset.UTC;
            }
        }
        return jqlZone;
    }

    private Instant initialWatermark() {
        String since = configuration.getSince();
        return since == null || since.isBlank() ? clock.instant() : parseSince(since);
    }

    /** Checks the options every poller reads, when the route is created. */
    static void validatePollOptions(JiraConfiguration configuration, String operation) {
        if (configuration.getJql() != null && JqlDates.hasOrderBy(configuration.getJql())) {
            throw new IllegalArgumentException("Option jql of jira:" + operation + " must not have ORDER BY: the "
                    + "poller orders the results itself to deliver the oldest first. Remove it from: "
                    + configuration.getJql());
        }
        if (configuration.getSince() != null && !configuration.getSince().isBlank()) {
            parseSince(configuration.getSince());
        }
        if (configuration.getMaxRedeliveries() < 0 || configuration.getRedeliveryDelay() < 0
                || configuration.getRedeliveryMaxDelay() < configuration.getRedeliveryDelay()) {
            throw new IllegalArgumentException("Options maxRedeliveries and redeliveryDelay of jira:" + operation
                    + " must not be negative, and redeliveryMaxDelay not below redeliveryDelay; were "
                    + configuration.getMaxRedeliveries() + ", " + configuration.getRedeliveryDelay() + " and "
                    + configuration.getRedeliveryMaxDelay());
        }
    }

    private static Instant parseSince(String since) {
        try {
            return Instant.parse(since.strip());
        } catch (RuntimeException notAnInstant) {
            try {
                return LocalDate.parse(since.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (RuntimeException notADate) {
                throw new IllegalArgumentException("Option since must be an ISO instant (2026-11-01T08:00:00Z) or date "
                        + "(2026-11-01), was: " + since);
            }
        }
    }
}
