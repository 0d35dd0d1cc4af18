package io.github.jiracloud.camel.producer.issue;

import java.util.Locale;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * {@code issue/assign}: {@code PUT /rest/api/3/issue/{issueIdOrKey}/assignee}. The account id comes from the header
 * {@code CamelJiraAccountId} or the option {@code accountId}: an account id assigns, {@code -1} gives the project's
 * default assignee, and {@code none} (or the header present with an empty or null value) unassigns. Neither header nor
 * option is an error, so a misconfigured route never unassigns by accident. The result is an empty body.
 */
public final class AssignIssue implements JiraAction {

    static final String UNASSIGNED = "none";

    private final JiraConfiguration configuration;

    public AssignIssue(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String key = ExchangeInputs.issueKey(exchange, configuration.getIssueKey());
        ObjectNode assignee = JsonCodec.MAPPER.createObjectNode();
        String accountId = accountId(exchange);
        if (accountId == null) {
            assignee.putNull("accountId");
        } else {
            assignee.put("accountId", accountId);
        }
        Results.callIntoBody(exchange, client,
                JiraRequest.put(PathTemplate.expand("/rest/api/3/issue/{issueIdOrKey}/assignee", key), assignee));
    }

    /** @return the account id to assign, "-1" for the default assignee, or null to unassign */
    private String accountId(Exchange exchange) {
        boolean headerGiven = exchange.getMessage().getHeaders().containsKey(JiraConstants.ACCOUNT_ID);
        String value = ExchangeInputs.optional(exchange, JiraConstants.ACCOUNT_ID, headerGiven
                ? null
                : configuration.getAccountId());
        if (value == null && !headerGiven) {
            throw new IllegalArgumentException("No accountId given for issue/assign: set the header "
                    + JiraConstants.ACCOUNT_ID + " or the option accountId to an account id, -1 for the project's "
                    + "default assignee, or " + UNASSIGNED + " to unassign");
        }
        return value == null || value.toLowerCase(Locale.ROOT).equals(UNASSIGNED) ? null : value;
    }
}
