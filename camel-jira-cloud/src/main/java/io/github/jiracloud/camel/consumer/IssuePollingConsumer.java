package io.github.jiracloud.camel.consumer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.JiraEndpoint;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JqlQuery;
import io.github.jiracloud.camel.client.JqlSearch;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.StateRepository;

/**
 * {@code jira:issue/poll}: each issue created or updated (option {@code on}) that matches the JQL becomes one exchange,
 * oldest first, delivered once across restarts (see {@link JiraPollingConsumer}).
 */
public class IssuePollingConsumer extends JiraPollingConsumer {

    public IssuePollingConsumer(JiraEndpoint endpoint, Processor processor,
            StateRepository<String, String> stateRepository,
            String stateKey, Clock clock) {
        super(endpoint, processor, stateRepository, stateKey, clock);
    }

    /** Checks the poller's options when the route is created. */
    public static void validate(JiraConfiguration configuration) {
        validatePollOptions(configuration, "issue/poll");
    }

    @Override
    protected List<Exchange> newItems(JiraClient client, int limit) {
        String field = configuration.getOn();
        String jql = userJqlAnd(sinceClause(client, field)) + " ORDER BY " + field + " ASC, key ASC";
        JqlSearch changes = new JqlSearch(client, JqlQuery.of(jql).withFields(fields()), configuration.getPageSize(), 0,
                null);
        List<Exchange> exchanges = new ArrayList<>();
        while (changes.hasNext() && exchanges.size() < limit) {
            Map<String, Object> issue = changes.next();
            String issueId = String.valueOf(issue.get("id"));
            Instant changedAt = changedAt(issue);
            if (!wasDelivered(issueId, changedAt)) {
                Exchange exchange = itemExchange(issue, issueId, changedAt);
                exchange.getMessage().setHeader(JiraConstants.ISSUE_KEY, issue.get("key"));
                exchange.getMessage().setHeader(JiraConstants.ISSUE_ID, issue.get("id"));
                exchanges.add(exchange);
            }
        }
        return exchanges;
    }

    @Override
    protected String describe(Exchange exchange) {
        return "issue " + exchange.getMessage().getHeader(JiraConstants.ISSUE_KEY);
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
                ? "*navigable"
                : configuration.getFields();
        List<String> fields = new ArrayList<>(Arrays.stream(requested.split(",")).map(String::strip).toList());
        fields.add(configuration.getOn());
        return fields;
    }
}
