package io.github.jiracloud.camel.producer;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import org.apache.camel.Exchange;

/**
 * {@code issue/create}: {@code POST /rest/api/3/issue}. The body is shaped by {@link IssueFields} (field names,
 * references, rich text). The result is Jira's {@code {id, key, self}}.
 */
final class CreateIssue implements JiraAction {

    private final JiraConfiguration configuration;

    CreateIssue(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            throw new IllegalArgumentException("The issue/create body is empty: send the fields, e.g. "
                    + "{\"project\": \"OPS\", \"issuetype\": \"Task\", \"summary\": \"...\"}");
        }
        ObjectNode request = IssueFields.of(configuration, client).toCreateRequest(
                JsonCodec.toObject(body, "The issue/create body"), configuration.getProject(),
                configuration.getIssueType());
        Map<?, ?> created = (Map<?, ?>) Results.call(exchange, client, JiraRequest.post("/rest/api/3/issue", request));
        exchange.getMessage().setHeader(JiraConstants.ISSUE_KEY, created.get("key"));
        exchange.getMessage().setHeader(JiraConstants.ISSUE_ID, created.get("id"));
        exchange.getMessage().setBody(created);
    }
}
