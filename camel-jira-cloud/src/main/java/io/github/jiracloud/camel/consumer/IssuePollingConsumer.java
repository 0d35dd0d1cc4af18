package io.github.jiracloud.camel.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Queue;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.JiraEndpoint;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JqlSearch;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code jira:issue/poll}: each issue created or updated (option {@code on}) that matches the JQL becomes one exchange,
 * oldest first. The position is kept in a {@link StateRepository} and advanced only after the route processed an
 * issue, so a restart neither replays delivered changes nor skips any, and a failed exchange is tried again on the
 * next poll.
 */
public class IssuePollingConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(IssuePollingConsumer.class);
    private static final String CHANGED_AT = "CamelJiraPollChangedAt";
    private static final String ISSUE_ID = "CamelJiraPollIssueId";

    private final JiraConfiguration configuration;
    private final StateRepository<String, String> stateRepository;
    private final String stateKey;
    private final Clock clock;
    private final Duration overlap;
    private ZoneId jqlZone;
    private PollState state;

    public IssuePollingConsumer(JiraEndpoint endpoint, Processor processor, StateRepository<String, String> stateRepository,
                                String stateKey, Clock clock) {
        super(endpoint, processor);
        this.configuration = endpoint.getConfiguration();
        this.stateRepository = stateRepository;
        this.stateKey = stateKey;
        this.clock = clock;
        this.overlap = Duration.ofMillis(configuration.getOverlap());
    }

    /** Checks the poller's options when the route starts. */
    public static void validate(JiraConfiguration configuration) {
        if (configuration.getJql() != null && JqlDates.hasOrderBy(configuration.getJql())) {
            throw new IllegalArgumentException("Option jql of jira:issue/poll must not have ORDER BY: the poller orders "
                    + "by " + configuration.getOn() + " itself to deliver the oldest change first. Remove it from: "
                    + configuration.getJql());
        }
        if (configuration.getSince() != null && !configuration.getSince().isBlank()) {
            parseSince(configuration.getSince());
        }
    }

    @Override
    public JiraEndpoint getEndpoint() {
        return (JiraEndpoint) super.getEndpoint();
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
        LOG.info("Polling Jira for issues {} since {} (state key {})", configuration.getOn(), state.watermark(), stateKey);
        super.doStart();
    }

    @Override
    protected int poll() throws Exception {
        JiraClient client = getEndpoint().client();
        Queue<Object> exchanges = new ArrayDeque<>();
        JqlSearch changes = new JqlSearch(client, query(client), fields(), null, configuration.getPageSize(),
                0, null);
        int limit = getMaxMessagesPerPoll() > 0 ? getMaxMessagesPerPoll() : Integer.MAX_VALUE;
        while (changes.hasNext() && exchanges.size() < limit) {
            Map<String, Object> issue = changes.next();
            Instant changedAt = changedAt(issue);
            if (!state.wasDelivered(String.valueOf(issue.get("id")), changedAt)) {
                exchanges.add(toExchange(issue));
            }
        }
        return processBatch(exchanges);
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
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.isFailed()) {
                // Stop here: the position stays before this issue, so the next poll delivers it again, in order.
                getExceptionHandler().handleException("Processing Jira issue "
                        + exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY) + " failed; it is delivered again on the next poll",
                        exchange, exchange.getException());
                break;
            }
            commit(exchange);
            processed++;
        }
        pendingExchanges = 0;
        return processed;
    }

    private void commit(Exchange exchange) {
        Instant changedAt = exchange.getProperty(CHANGED_AT, Instant.class);
        state.markDelivered(exchange.getProperty(ISSUE_ID, String.class), changedAt, overlap);
        stateRepository.setState(stateKey, state.toJson());
    }

    private Exchange toExchange(Map<String, Object> issue) {
        Exchange exchange = createExchange(false);
        exchange.getMessage().setBody(issue);
        exchange.getMessage().setHeader(JiraConstants.ISSUE_KEY, issue.get("key"));
        exchange.getMessage().setHeader(JiraConstants.ISSUE_ID, issue.get("id"));
        exchange.setProperty(CHANGED_AT, changedAt(issue));
        exchange.setProperty(ISSUE_ID, String.valueOf(issue.get("id")));
        return exchange;
    }

    /** The user's JQL, limited to changes since the watermark less the overlap, oldest first. */
    private String query(JiraClient client) {
        String field = configuration.getOn();
        String since = JqlDates.minuteLiteral(state.watermark().minus(overlap), jqlZone(client));
        String jql = configuration.getJql() == null || configuration.getJql().isBlank() ? ""
                : "(" + configuration.getJql() + ") AND ";
        return jql + field + " >= " + since + " ORDER BY " + field + " ASC, key ASC";
    }

    private Instant changedAt(Map<String, Object> issue) {
        Object fields = issue.get("fields");
        Object value = fields instanceof Map<?, ?> map ? map.get(configuration.getOn()) : null;
        if (value == null) {
            throw new IllegalStateException("Jira returned issue " + issue.get("key") + " without its "
                    + configuration.getOn() + " field");
        }
        return JqlDates.parseTimestamp(value.toString());
    }

    /** The watermark field, the key, and what the user asked for. */
    private List<String> fields() {
        String requested = configuration.getFields() == null || configuration.getFields().isBlank()
                ? "*navigable" : configuration.getFields();
        List<String> fields = new java.util.ArrayList<>(Arrays.stream(requested.split(",")).map(String::strip).toList());
        fields.add(configuration.getOn());
        return fields;
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

    private static Instant parseSince(String since) {
        try {
            return Instant.parse(since.strip());
        } catch (RuntimeException notAnInstant) {
            try {
                return java.time.LocalDate.parse(since.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (RuntimeException notADate) {
                throw new IllegalArgumentException("Option since must be an ISO instant (2026-11-01T08:00:00Z) or date "
                        + "(2026-11-01), was: " + since);
            }
        }
    }
}
