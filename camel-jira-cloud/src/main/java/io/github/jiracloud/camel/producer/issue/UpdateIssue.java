package io.github.jiracloud.camel.producer.issue;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.JsonCodec;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.IssueFields;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/**
 * {@code issue/update}: {@code PUT /rest/api/3/issue/{issueIdOrKey}}. The body is friendly fields as for
 * issue/create, or Jira's own {@code fields}/{@code update}. The result is the updated issue with
 * {@code returnIssue=true}, otherwise an empty body.
 */
public final class UpdateIssue implements JiraAction {

    private final JiraConfiguration configuration;

    public UpdateIssue(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String key = ExchangeInputs.issueKey(exchange, configuration.getIssueKey());
        Object body = ExchangeInputs.body(exchange, "issue/update", "send the fields to change, e.g. "
                + "{\"summary\": \"...\", \"Story Points\": 5}, or Jira's {\"fields\": ..., \"update\": ...}");
        ObjectNode edit = IssueFields.of(configuration, client)
                .toRequest(JsonCodec.toObjectCopy(body, "The issue/update body"));
        JiraRequest request = JiraRequest.put(PathTemplate.expand("/rest/api/3/issue/{issueIdOrKey}", key), edit)
                .withQuery("notifyUsers", configuration.isNotifyUsers() ? null : "false")
                .withQuery("returnIssue", configuration.isReturnIssue() ? "true" : null)
                .withQuery("expand", configuration.isReturnIssue() ? configuration.getExpand() : null);
        Object updated = Results.callIntoBody(exchange, client, request);
        if (updated instanceof Map<?, ?> issue) {
            exchange.getMessage().setHeader(JiraConstants.ISSUE_KEY, issue.get("key"));
            exchange.getMessage().setHeader(JiraConstants.ISSUE_ID, issue.get("id"));
        }
    }
}
