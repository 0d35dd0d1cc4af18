package io.github.jiracloud.camel.producer.issue;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.IdempotencyKey;
import io.github.jiracloud.camel.producer.IssueFields;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * {@code issue/create}: {@code POST /rest/api/3/issue}. The body is shaped by {@link IssueFields} (field names,
 * references, rich text). The result is Jira's {@code {id, key, self}}. With {@code idempotentCreate} the request
 * is made exactly once: it carries an {@link IdempotencyKey}, and the client looks for a create whose answer was lost
 * in Jira's search ({@link CreatedIssueLookup}) during the look-up window; when search doesn't show it, the create
 * fails with {@code JiraOutcomeUnknownException} and is never sent again blind.
 */
public final class CreateIssue implements JiraAction {

    private final JiraConfiguration configuration;

    public CreateIssue(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        Object body = ExchangeInputs.body(exchange, "issue/create", "send the fields, e.g. "
                + "{\"project\": \"OPS\", \"issuetype\": \"Task\", \"summary\": \"...\"}");
        ObjectNode request = IssueFields.of(configuration, client).toCreateRequest(
                JsonCodec.toObjectCopy(body, "The issue/create body"), configuration.getProject(),
                configuration.getIssueType());
        JiraRequest create = JiraRequest.post(CreatedIssueLookup.CREATE_PATH, request).withBodyExpected();
        if (configuration.isIdempotentCreate()) {
            IdempotencyKey key = IdempotencyKey.of(exchange, configuration);
            // Without a project there is nothing to look for: Jira refuses the create.
            create = create.withExactlyOnce(key.exactlyOnce(
                    CreatedIssueLookup.of(client, request, key).orElse(null)));
        }
        done(exchange, Results.call(exchange, client, create));
    }

    private static void done(Exchange exchange, Object answer) {
        Map<?, ?> created = (Map<?, ?>) answer;
        exchange.getMessage().setHeader(JiraConstants.ISSUE_KEY, created.get("key"));
        exchange.getMessage().setHeader(JiraConstants.ISSUE_ID, created.get("id"));
        exchange.getMessage().setBody(created);
    }
}
