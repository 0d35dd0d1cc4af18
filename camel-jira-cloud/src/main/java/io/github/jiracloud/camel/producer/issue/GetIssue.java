package io.github.jiracloud.camel.producer.issue;

import java.util.Map;

import io.github.jiracloud.camel.JiraConfiguration;
import io.github.jiracloud.camel.JiraConstants;
import io.github.jiracloud.camel.client.JiraClient;
import io.github.jiracloud.camel.client.JiraRequest;
import io.github.jiracloud.camel.client.PathTemplate;
import io.github.jiracloud.camel.producer.ExchangeInputs;
import io.github.jiracloud.camel.producer.JiraAction;
import io.github.jiracloud.camel.producer.Results;
import org.apache.camel.Exchange;

/** {@code issue/get}: {@code GET /rest/api/3/issue/{issueIdOrKey}}. The result is the issue as a Map. */
public final class GetIssue implements JiraAction {

    private final JiraConfiguration configuration;

    public GetIssue(JiraConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public void perform(Exchange exchange, JiraClient client) {
        String key = ExchangeInputs.issueKey(exchange, configuration.getIssueKey());
        JiraRequest request = JiraRequest.get(PathTemplate.expand("/rest/api/3/issue/{issueIdOrKey}", key))
                .withQuery("fields", configuration.getFields())
                .withQuery("expand", configuration.getExpand());
        Map<?, ?> issue = (Map<?, ?>) Results.call(exchange, client, request);
        exchange.getMessage().setHeader(JiraConstants.ISSUE_KEY, issue.get("key"));
        exchange.getMessage().setHeader(JiraConstants.ISSUE_ID, issue.get("id"));
        exchange.getMessage().setBody(issue);
    }
}
